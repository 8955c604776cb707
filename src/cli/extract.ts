/** `dkg extract FILE... [--json]`: meetings from articles, JSON Lines or a readable summary. */
import { parseArgs } from 'node:util';
import { config } from '../config.js';
import type { ArticleExtraction, Meeting } from '../domain/model.js';
import { extractArticle } from '../extract/index.js';
import { listInputs, readArticles } from '../ingest/index.js';
import { loadKnowledge } from '../knowledge/knowledge.js';
import { info } from './output.js';

export const EXTRACT_HELP = `Usage: dkg extract FILE... [--json]

Reads articles (.txt, .json, .jsonl, .html, .xml RSS/Atom; folders and globs too) and
prints the meetings each one reports.

Options:
  --          every argument after it is a file, even one starting with "-"
  --json      one JSON object per article per line (JSON Lines), in input order:
              {"file","article":{title,publishedAt,publisher,url,attributedTo},"meetings":[...]}
  --help      this text

Files over DKG_MAX_INPUT_BYTES (10 MiB by default) are refused, as by ingest. Files that cannot be read are reported on stderr and skipped; the exit code is 1 when
any file failed, else 0.`;

export async function runExtract(argv: string[]): Promise<number> {
  // parseArgs reads every argument after "--" as a path, even one starting with "-".
  const { values, positionals: paths } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    process.stdout.write(`${EXTRACT_HELP}\n`);
    return 0;
  }
  const json = values.json;
  if (paths.length === 0) {
    info(`dkg extract: no input files\n\n${EXTRACT_HELP}`);
    return 2;
  }
  // The same knowledge and limits as `dkg ingest`, so that what this prints is what ingest writes.
  const cfg = config();
  const kb = loadKnowledge({ extraPeopleFile: cfg.peopleFile });
  let failed = false;
  for await (const file of listInputs(paths)) {
    for await (const item of readArticles(file, { maxBytes: cfg.maxInputBytes })) {
      if (!item.ok) {
        failed = true;
        info(`dkg extract: ${item.error.input ? '' : `${file}: `}${item.error.message} [${item.error.code}]`);
        continue;
      }
      const result = extractArticle(item.article, kb);
      process.stdout.write(json ? `${JSON.stringify(result)}\n` : `${summary(result)}\n`);
    }
  }
  return failed ? 1 : 0;
}

/** A readable account of one article's extraction. */
export function summary(x: ArticleExtraction): string {
  const lines = [`${x.file}${x.article.title ? `: ${x.article.title}` : ''}`];
  const meta = [x.article.publishedAt, x.article.publisher, x.article.attributedTo.length ? `via ${x.article.attributedTo.join(', ')}` : null].filter(Boolean);
  if (meta.length) lines.push(`  ${meta.join(' | ')}`);
  if (x.meetings.length === 0) lines.push('  no meeting reported');
  x.meetings.forEach((m, i) => lines.push(...meetingLines(m, i + 1)));
  return lines.join('\n');
}

function meetingLines(m: Meeting, n: number): string[] {
  const where = m.location ? [m.location.city, m.location.country].filter(Boolean).join(', ') : m.modality;
  const lines = [`  ${n}. ${m.status} ${m.modality.replace('_', '-')} meeting, ${m.date ?? 'date unknown'}, ${where || 'place unknown'}` +
    `${m.setting.kind === 'sidelines' ? ` (sidelines of ${m.setting.event})` : ''} [CAMEO ${m.cameo}, confidence ${m.confidence}]`];
  for (const p of m.participants) {
    const who = [p.role, p.organization ?? p.country].filter(Boolean).join(', ');
    lines.push(`     - ${p.name}${who ? ` (${who})` : ''}${p.side ? ` ${p.side}` : ''}`);
  }
  if (m.topics.length) lines.push(`     topics: ${m.topics.map((t) => (t.status === 'expected' ? `${t.name}?` : t.name)).join(', ')}`);
  return lines;
}
