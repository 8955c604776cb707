/**
 * The `dkg` command: dispatches to one module per subcommand. Each is imported when it runs,
 * so `dkg extract` never loads the server, GraphQL or the Neo4j driver (docs/decisions/cli-build.md).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { info, reportError } from './output.js';

export const HELP = `dkg - diplomatic-events knowledge graph

Usage: dkg <command> [options]

Commands:
  serve                 start Neo4j if needed, apply the schema, serve the API and UI (npm start)
  db start|stop|status  manage the project's local Neo4j
  extract FILE... [--json]
                        extract meetings from articles and print them (JSON Lines with --json)
  eval [--verbose]      score the extractor on the fixtures and the real-news corpus
  ingest PATH...        extract articles (files, folders, globs) into the graph
  remove ARTICLE_ID...  retract articles and the evidence only they gave
  help                  this text

Run "dkg <command> --help" for a command's options. Configuration is by environment
variables; see README.md.`;

type Command = (argv: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  serve: async (argv) => {
    // Before any of the server's code runs: under load V8 began allocating each request's
    // records in the old generation (docs/decisions/runtime-settings.md).
    setFlagsFromString('--no-allocation-site-pretenuring');
    return (await import('./serve.js')).runServe(argv);
  },
  db: async (argv) => (await import('./db.js')).runDb(argv),
  extract: async (argv) => (await import('./extract.js')).runExtract(argv),
  eval: async (argv) => (await import('./eval.js')).runEval(argv),
  ingest: async (argv) => (await import('./ingest.js')).runIngest(argv),
  remove: async (argv) => (await import('./remove.js')).runRemove(argv),
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    info(HELP);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) {
    info(`dkg: unknown command "${name}"\n\n${HELP}`);
    return 2;
  }
  try {
    return await command(rest);
  } catch (e) {
    reportError(e);
    return 1;
  }
}

// `node dist/cli/main.js ...` runs the command as bin/dkg.js does.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
