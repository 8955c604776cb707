/**
 * src/ is split by pipeline stage, and a stage depends only on stages before it (README.md,
 * "Where to look next", gives the order). This check reads the import statements of every
 * source file and fails on one that reaches a stage the table below does not allow, so a
 * later stage never leaks back into an earlier one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** The stages in pipeline order: a top-level folder of src/, or config.ts. */
const STAGES = ['domain', 'config', 'knowledge', 'ingest', 'extract', 'resolve', 'local-neo4j', 'store', 'pipeline', 'api', 'cli'] as const;
type Stage = (typeof STAGES)[number];

/**
 * What each stage may import besides itself. Only earlier stages, and of those only the ones
 * it has reason to: the store writes what resolve made but never reads or extracts articles;
 * the api runs ingestion through the pipeline and never starts a server.
 */
const ALLOWED: Record<Stage, readonly Stage[]> = {
  domain: [],
  config: ['domain'],
  knowledge: ['domain', 'config'],
  ingest: ['domain', 'config'],
  extract: ['domain', 'config', 'knowledge'],
  resolve: ['domain', 'config', 'knowledge', 'extract'],
  'local-neo4j': ['domain', 'config'],
  store: ['domain', 'config', 'knowledge', 'resolve', 'local-neo4j'],
  pipeline: ['domain', 'config', 'knowledge', 'ingest', 'extract', 'resolve', 'store'],
  api: ['domain', 'config', 'knowledge', 'ingest', 'resolve', 'store', 'pipeline'],
  cli: ['domain', 'config', 'knowledge', 'ingest', 'extract', 'resolve', 'local-neo4j', 'store', 'pipeline', 'api'],
};

/** The browser bundle takes only the typed model from src/: everything else is Node code. */
const WEB_ALLOWED: readonly Stage[] = ['domain'];

/** Packages only some stages may import: neo4j-driver is the store's (local-neo4j uses it to wait for Bolt). */
const PACKAGE_OWNERS: Record<string, readonly Stage[]> = {
  'neo4j-driver': ['store', 'local-neo4j'],
};

/** Source files under `dir` (relative to the project root), tests and declarations aside. */
function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.ts$/.test(d.name) && !/\.(?:test|d)\.ts$/.test(d.name))
    .map((d) => path.relative(ROOT, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
}

/** The stage a path under src/ belongs to ("src/store/queries/run.ts" -> "store"), or its folder name when it is no stage. */
function stageOf(srcPath: string): string {
  const [first, ...rest] = path.posix.relative('src', srcPath).split('/');
  return rest.length === 0 ? first!.replace(/\.[jt]s$/, '') : first!;
}

const isStage = (name: string): name is Stage => (STAGES as readonly string[]).includes(name);

/** Every module specifier `text` imports, re-exports or imports dynamically, with where it starts. */
function importsOf(text: string): Array<{ spec: string; pos: number }> {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => ({ spec: f.fileName, pos: f.pos }));
}

/** Each import of `file` (held as `text`) that the table forbids, as "file:line imports 'spec': rule". */
function stageViolations(file: string, text: string): string[] {
  const fromWeb = file.startsWith('web/');
  const stage = fromWeb ? 'web' : stageOf(file);
  if (!fromWeb && !isStage(stage)) return [`${file}: src/${stage} is no stage; add it to STAGES and ALLOWED in tests/unit/foundation/stage-order.test.ts`];
  const allowed: readonly string[] = fromWeb ? WEB_ALLOWED : ALLOWED[stage as Stage];
  const found: string[] = [];
  for (const { spec, pos } of importsOf(text)) {
    const where = `${file}:${text.slice(0, pos).split('\n').length} imports '${spec}'`;
    if (!spec.startsWith('.')) {
      const owners = PACKAGE_OWNERS[spec];
      if (owners && !owners.includes(stage as Stage)) found.push(`${where}: only ${owners.join(', ')} may import ${spec}`);
      continue;
    }
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
    if (!target.startsWith('src/')) {
      if (!fromWeb) found.push(`${where}: src/ imports nothing outside src/`);
      continue;
    }
    const to = stageOf(target);
    if (to === stage) continue;
    if (!allowed.includes(to)) {
      const rule = fromWeb
        ? `web/ may import only ${WEB_ALLOWED.join(', ')} from src/`
        : `${stage} may import only ${allowed.join(', ') || 'itself'}${isStage(to) && STAGES.indexOf(to) > STAGES.indexOf(stage as Stage) ? ` (${to} is a later stage)` : ''}`;
      found.push(`${where}: ${rule}`);
    }
  }
  return found;
}

describe('stage order', () => {
  it('allows each stage only stages before it', () => {
    for (const stage of STAGES) {
      const later = ALLOWED[stage].filter((s) => STAGES.indexOf(s) >= STAGES.indexOf(stage));
      expect(later, `${stage} may import ${later.join(', ')}`).toEqual([]);
    }
  });

  it('names the file, the import and the rule of an import that reaches a later stage', () => {
    const file = 'src/extract/example.ts';
    const text = "import type { Store } from '../store/driver.js';\nimport { fold } from '../domain/fold.js';\nimport neo4j from 'neo4j-driver';\n";
    expect(stageViolations(file, text)).toEqual([
      "src/extract/example.ts:1 imports '../store/driver.js': extract may import only domain, config, knowledge (store is a later stage)",
      "src/extract/example.ts:3 imports 'neo4j-driver': only store, local-neo4j may import neo4j-driver",
    ]);
    expect(stageViolations('src/store/example.ts', "export { x } from '../ingest/index.js';\nconst m = await import('../pipeline/ingest-pipeline.js');\n")).toEqual([
      "src/store/example.ts:1 imports '../ingest/index.js': store may import only domain, config, knowledge, resolve, local-neo4j",
      "src/store/example.ts:2 imports '../pipeline/ingest-pipeline.js': store may import only domain, config, knowledge, resolve, local-neo4j (pipeline is a later stage)",
    ]);
    expect(stageViolations('web/src/example.ts', "import { x } from '../../src/store/driver.js';\n")).toEqual([
      "web/src/example.ts:1 imports '../../src/store/driver.js': web/ may import only domain from src/",
    ]);
    expect(stageViolations('src/extra/example.ts', '')[0]).toContain('src/extra is no stage');
  });

  it('holds for every file in src/ and web/src/', () => {
    const found = [...sources('src'), ...sources('web/src')].flatMap((file) => stageViolations(file, readFileSync(path.join(ROOT, file), 'utf8')));
    expect(found).toEqual([]);
  });
});
