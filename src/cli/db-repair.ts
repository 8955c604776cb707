/** `dkg db repair [--check]`: find (and merge) duplicate meetings that writers left behind. */
import { parseArgs } from 'node:util';
import { config } from '../config.js';
import { openStore } from '../store/connect.js';
import { findDuplicateMeetings, mergeDuplicateMeetings, type DuplicateGroup, type StoredMeeting } from '../store/meeting-repair.js';
import { migrate } from '../store/migrations.js';
import { info } from './output.js';

export const REPAIR_HELP = `Usage: dkg db repair [--check]

Finds meetings the matching rules call one encounter but the graph holds twice (left by
concurrent ingests of dkg versions before writers took turns) and merges each group into one,
keeping every report and claim. With --check it only lists them, and exits 1 when there are any.`;

/** Merging can make a meeting match another it did not before; a few passes settle it. */
const PASSES = 5;

function describe(m: StoredMeeting): string {
  const when = m.date ?? 'undated';
  return `${m.id} (${m.names.join(', ')}; ${m.modality}, ${m.status}, ${when}; ${m.reports.length} report${m.reports.length === 1 ? '' : 's'})`;
}

function list(groups: DuplicateGroup[]): void {
  for (const g of groups) {
    info(`  ${describe(g.keep)}`);
    for (const m of g.merge) info(`    same as ${describe(m)}`);
  }
}

export async function runRepair(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { check: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    info(REPAIR_HELP);
    return 0;
  }
  const cfg = config();
  const opened = await openStore(cfg.external, cfg.local, info, cfg.neo4jPoolSize);
  try {
    await migrate(opened.store);
    let groups = await findDuplicateMeetings(opened.store);
    if (values.check) {
      if (groups.length === 0) {
        info('No duplicate meetings.');
        return 0;
      }
      const extra = groups.reduce((n, g) => n + g.merge.length, 0);
      info(`${extra} duplicate meeting(s) in ${groups.length} group(s); merge them with: dkg db repair`);
      list(groups);
      return 1;
    }
    let merged = 0;
    for (let pass = 0; pass < PASSES && groups.length > 0; pass++) {
      list(groups);
      merged += await mergeDuplicateMeetings(opened.store, groups);
      groups = await findDuplicateMeetings(opened.store);
    }
    info(merged ? `Merged ${merged} duplicate meeting(s); every report and claim kept.` : 'No duplicate meetings.');
    if (groups.length) {
      info(`${groups.length} group(s) still match after ${PASSES} passes; run dkg db repair again.`);
      return 1;
    }
    return 0;
  } finally {
    await opened.close();
  }
}
