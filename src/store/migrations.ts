/**
 * Applies schema/neo4j/NNN-name.cypher in order, each once, recorded as
 * (:SchemaMigration {version, name, checksum, appliedAt}) in the database itself.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { AppError } from '../domain/errors.js';
import { PROJECT_ROOT } from '../config.js';
import type { Store } from './driver.js';
import { mapNeo4jError } from './errors.js';
import { upgradeCards } from './meeting-cards.js';

export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, 'schema', 'neo4j');

export interface Migration {
  version: number;
  name: string;
  checksum: string;
  statements: string[];
}

/** Splits a migration file into statements: `;` at the end of a line ends one; `//` lines are comments. */
export function parseStatements(text: string): string[] {
  const body = text
    .split('\n')
    .filter((l) => !l.trim().startsWith('//'))
    .join('\n');
  return body
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort();
  const seen = new Set<number>();
  return files.map((file) => {
    const m = /^(\d{3})-([\w-]+)\.cypher$/.exec(file);
    if (!m?.[1] || !m[2]) {
      throw new AppError('MIGRATION_FAILED', 'migration files must be named NNN-name.cypher', path.join(dir, file));
    }
    const version = Number(m[1]);
    if (seen.has(version)) throw new AppError('MIGRATION_FAILED', `duplicate version ${version}`, path.join(dir, file));
    seen.add(version);
    const text = readFileSync(path.join(dir, file), 'utf8');
    return {
      version,
      name: m[2],
      checksum: createHash('sha256').update(text).digest('hex'),
      statements: parseStatements(text),
    };
  });
}

export interface MigrationResult {
  applied: number[];
  skipped: number[];
  /** Meetings whose card (meeting-cards.ts) was missing or older, now rewritten. */
  cardsRewritten: number;
}

/** How often schema setup is tried again when another process is setting it up at the same moment. */
const SCHEMA_ATTEMPTS = 8;

/**
 * Errors of two processes creating the same schema at once: a deadlock on the label's lock,
 * or the other's constraint or index appearing between IF NOT EXISTS and the create.
 */
function racedAnother(e: unknown): boolean {
  if (neo4j.isRetryableError(e)) return true;
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && /^Neo\.ClientError\.Schema\.(EquivalentSchemaRuleAlreadyExists|ConstraintAlreadyExists|IndexAlreadyExists)$/.test(code);
}

export async function migrate(store: Store, migrations = loadMigrations()): Promise<MigrationResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await applyMigrations(store, migrations);
      // Derived data follows the schema: a database written by an older dkg gets its cards here.
      result.cardsRewritten = await upgradeCards(store);
      return result;
    } catch (e) {
      // Every statement is idempotent (a crash between one and its record re-runs it too),
      // so a run that lost a race simply starts again and finds the other's work done.
      if (attempt < SCHEMA_ATTEMPTS && racedAnother(e)) {
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt + Math.random() * 200));
        continue;
      }
      throw mapNeo4jError(e, 'schema migrations');
    }
  }
}

async function applyMigrations(store: Store, migrations: Migration[]): Promise<MigrationResult> {
  const result: MigrationResult = { applied: [], skipped: [], cardsRewritten: 0 };
  // Schema commands cannot share a transaction with data writes, so each runs on its own
  // (auto-commit), one after the other on a single session.
  const session = store.driver.session({ database: store.database });
  try {
    await session.run(
      'CREATE CONSTRAINT schema_migration_version IF NOT EXISTS FOR (m:SchemaMigration) REQUIRE m.version IS UNIQUE',
    );
    const res = await session.run('MATCH (m:SchemaMigration) RETURN m.version AS version, m.checksum AS checksum');
    const done = new Map(res.records.map((r) => [Number(r.get('version')), String(r.get('checksum'))]));
    for (const m of migrations) {
      const prior = done.get(m.version);
      if (prior !== undefined) {
        if (prior !== m.checksum) {
          throw new AppError(
            'MIGRATION_FAILED',
            `was changed after it was applied; add a new migration instead of editing ${m.version}`,
            `${String(m.version).padStart(3, '0')}-${m.name}.cypher`,
          );
        }
        result.skipped.push(m.version);
        continue;
      }
      for (const statement of m.statements) await session.run(statement);
      await session.run(
        'MERGE (m:SchemaMigration {version: $version}) ' +
          'ON CREATE SET m.name = $name, m.checksum = $checksum, m.appliedAt = datetime()',
        { version: m.version, name: m.name, checksum: m.checksum },
      );
      result.applied.push(m.version);
    }
    await session.run('CALL db.awaitIndexes(300)');
  } finally {
    await session.close();
  }
  return result;
}
