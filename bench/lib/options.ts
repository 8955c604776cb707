/** Command-line options of `npm run bench`. */
import { parseArgs } from 'node:util';

export const BENCHMARKS = ['extraction', 'ingestion', 'graphql', 'browser', 'scaling'] as const;
export type BenchmarkName = (typeof BENCHMARKS)[number];

export interface RunOptions {
  quick: boolean;
  /** The benchmarks to run (`--only a,b`); null for all. */
  only: BenchmarkName[] | null;
  /** Leave out the 100k step of the scaling curve in a full run (it takes the longest). */
  skip100k: boolean;
  neo4jPort: number;
  /** Ports of the two GraphQL servers: dkg's and @neo4j/graphql's. */
  dkgPort: number;
  neo4jGraphqlPort: number;
  seed: number;
}

export const HELP = `Usage: npm run bench -- [--quick] [--only NAME] [--skip-100k] [--neo4j-port N]

Runs every benchmark against a fresh Neo4j started for the run (home .dkg/bench/neo4j,
port 7731 by default) and writes bench/results.json and bench/RESULTS.md.
  --quick        a reduced run (1k articles, shorter timings); writes bench/results-quick.json
                 and bench/RESULTS-quick.md, leaving the full run's files alone
  --only NAMES   one or more, comma-separated, of: ${BENCHMARKS.join(', ')}
  --skip-100k    full run without the 100k-article step of the scaling curve
  --seed N       seed of the synthetic corpus (default 42)`;

export function parseOptions(argv: string[]): RunOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      'skip-100k': { type: 'boolean', default: false },
      'neo4j-port': { type: 'string', default: '7731' },
      seed: { type: 'string', default: '42' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  const only = values.only === undefined ? null : values.only.split(',').map((x) => x.trim());
  for (const name of only ?? []) {
    if (!(BENCHMARKS as readonly string[]).includes(name)) {
      throw new Error(`--only takes names from ${BENCHMARKS.join(', ')}, got "${name}"`);
    }
  }
  const port = Number(values['neo4j-port']);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`--neo4j-port must be a port, got "${values['neo4j-port']}"`);
  return {
    quick: values.quick ?? false,
    only: only as BenchmarkName[] | null,
    skip100k: values['skip-100k'] ?? false,
    neo4jPort: port,
    dkgPort: 4731,
    neo4jGraphqlPort: 4732,
    seed: Number(values.seed) || 42,
  };
}
