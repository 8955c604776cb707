/** `dkg remove ARTICLE_ID...`: retract articles and whatever only they supported. */
import { config } from '../config.js';
import { openStore } from '../store/connect.js';
import { removeArticles } from '../store/article-removal.js';
import { info } from './output.js';

export const REMOVE_HELP = `Usage: dkg remove ARTICLE_ID...

Deletes the articles and their evidence; meetings, people and places that no other article
supports are deleted too. Article ids look like a-0123456789abcdef (see the API or the ingest output).`;

export async function runRemove(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
    info(REMOVE_HELP);
    return argv.length === 0 ? 2 : 0;
  }
  const cfg = config();
  const opened = await openStore(cfg.external, cfg.local, info, cfg.neo4jPoolSize);
  try {
    const res = await removeArticles(opened.store, argv);
    const missing = argv.length - res.removed;
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
