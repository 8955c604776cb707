/** `dkg remove ARTICLE_ID...`: retract articles and whatever only they supported. */
import { parseArgs } from 'node:util';
import { config } from '../config.js';
import { openStore } from '../store/connect.js';
import { removeArticles } from '../store/article-removal.js';
import { info } from './output.js';

export const REMOVE_HELP = `Usage: dkg remove ARTICLE_ID...

Deletes the articles and their evidence; meetings, people and places that no other article
supports are deleted too. Article ids look like a-0123456789abcdef (see the API or the ingest output).`;

export async function runRemove(argv: string[]): Promise<number> {
  const { values, positionals: ids } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h', default: false } },
  });
  if (ids.length === 0 || values.help) {
    info(REMOVE_HELP);
    return values.help ? 0 : 2;
  }
  const cfg = config();
  const opened = await openStore(cfg.external, cfg.local, info, cfg.neo4jPoolSize);
  try {
    const res = await removeArticles(opened.store, ids);
    const missing = ids.length - res.removed;
    info(`Removed ${res.removed} article(s); ${res.meetingsTouched} meeting(s) updated or removed.`);
    if (missing > 0) {
      info(`${missing} id(s) were not found.`);
      return 1;
    }
    return 0;
  } finally {
    await opened.close();
  }
}
