/** `dkg db start|stop|status`: manage the project's local Neo4j by hand. */
import { parseArgs } from 'node:util';
import { config } from '../config.js';
import { localStatus, startLocal, stopLocal } from '../local-neo4j/server.js';
import { info } from './output.js';

export const DB_HELP = `Usage: dkg db start|stop|status|repair

  start   start the local Neo4j in the background (provisions it on first use) and leave it running
  stop    stop the local Neo4j
  status  say whether it runs, where, and where its log is
  repair  merge duplicate meetings (--check: only list them, exit 1 when there are any)

The local Neo4j listens on 127.0.0.1:$DKG_NEO4J_PORT (default 7687), user neo4j, with the password
kept in .dkg/neo4j/password. When NEO4J_URI is set, dkg uses that server instead and manages nothing.`;

export async function runDb(argv: string[]): Promise<number> {
  const cfg = config();
  const [sub, ...rest] = argv;
  if (sub === 'repair') return (await import('./db-repair.js')).runRepair(rest);
  // start, stop and status take no options: anything more is refused, not ignored.
  if (sub !== undefined && !/^(-h|--help)$/.test(sub)) parseArgs({ args: rest, options: {} });
  if (cfg.external && sub !== undefined && sub !== 'status') {
    info(`NEO4J_URI is set (${cfg.external.uri}): dkg uses that server and does not manage a local one.`);
    return 1;
  }
  switch (sub) {
    case 'start': {
      const server = await startLocal(cfg.local, { detached: true, log: info });
      info(
        server.startedHere
          ? `Neo4j is running at ${server.connection.uri}; stop it with: npx dkg db stop`
          : `Neo4j was already running at ${server.connection.uri}.`,
      );
      return 0;
    }
    case 'stop':
      info((await stopLocal(cfg.local)) ? 'Neo4j stopped.' : 'Neo4j was not running.');
      return 0;
    case 'status': {
      if (cfg.external) {
        info(`external server: ${cfg.external.uri} (NEO4J_URI); no local server is managed.`);
        return 0;
      }
      const s = localStatus(cfg.local);
      info(
        s.running
          ? `running: pid ${s.pid}, bolt://127.0.0.1:${s.port}, data in ${s.home}, log ${s.log}`
          : `not running (data in ${s.home}, log ${s.log})`,
      );
      return s.running ? 0 : 3;
    }
    default:
      info(DB_HELP);
      return sub === undefined || sub === '--help' || sub === '-h' ? 0 : 2;
  }
}
