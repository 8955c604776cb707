/**
 * Reads of one shape from concurrent API requests, sent to Neo4j as one query.
 *
 * Every round trip has a fixed cost at both ends, whatever it reads: under 20 concurrent
 * clients `RETURN 1` costs Neo4j about 0.2 ms of CPU and this process 0.15-0.25 ms (driver,
 * socket). A meetings page alone cost Neo4j 0.53 and us 0.28 ms; in a batch of four, 0.37
 * and 0.14 ms per page (docs/decisions/batched-reads.md). So while a shape (one query
 * text) already has MAX_IN_FLIGHT queries out, its further reads wait and leave together
 * when one returns: a lone read never waits, and under load reads share round trips.
 *
 * A batch runs the query once per read inside `CALL`, each read's parameters as a map, so
 * the query may use its parameters anywhere an expression goes, but not in LIMIT or SKIP
 * (which take no variables; `batchedQuery` refuses such a query), and may not write `$`
 * inside a string literal (the rewrite would change it).
 */
import type { Store } from './driver.js';

type Row = Record<string, unknown>;

interface Waiting {
  params: Record<string, unknown>;
  resolve: (rows: Row[]) => void;
  reject: (error: unknown) => void;
}

interface Shape {
  cypher: string;
  batched: string;
  inFlight: number;
  waiting: Waiting[];
}

/**
 * One: on a two-core machine, one batch in Neo4j while this process answers the last one
 * kept the meetings p99 lowest (alternating comparisons, docs/decisions/batched-reads.md:
 * 24.3 and 22.8 ms with one in flight, against 25.0 and 31.0 ms with two and 27.3-33.6 ms
 * unbatched; one against two directly, 28.5 against 36.6 ms). Other shapes run beside it.
 */
const MAX_IN_FLIGHT = 1;
/** Bounds what one slow read in a batch can hold up; above the benchmark's 20 clients. */
const MAX_BATCH = 32;

const shapesOf = new WeakMap<Store, Map<string, Shape>>();

/**
 * The rows of one read query (parameters written `$name`, ending in a RETURN of `columns`),
 * possibly sent together with concurrent reads of the same query text.
 */
export function batchedQuery<T = Row>(
  store: Store,
  cypher: string,
  columns: readonly string[],
  params: Record<string, unknown>,
): Promise<T[]> {
  const shapes = shapesOf.get(store) ?? new Map<string, Shape>();
  shapesOf.set(store, shapes);
  const shape = shapes.get(cypher) ?? { cypher, batched: together(cypher, columns), inFlight: 0, waiting: [] };
  shapes.set(cypher, shape);
  return new Promise<Row[]>((resolve, reject) => {
    shape.waiting.push({ params, resolve, reject });
    if (shape.inFlight < MAX_IN_FLIGHT) send(store, shape, shapes);
  }) as Promise<T[]>;
}

function send(store: Store, shape: Shape, shapes: Map<string, Shape>): void {
  const group = shape.waiting.splice(0, MAX_BATCH);
  shape.inFlight += 1;
  void answer(store, shape, group)
    // answer() settles every read itself; this only keeps a bug from leaving them hanging.
    .catch((e: unknown) => group.forEach((w) => w.reject(e)))
    .finally(() => {
      shape.inFlight -= 1;
      if (shape.waiting.length > 0) send(store, shape, shapes);
      // Query texts vary with filters: an idle shape is forgotten, so the map stays small.
      else if (shape.inFlight === 0) shapes.delete(shape.cypher);
    });
}

async function answer(store: Store, shape: Shape, group: Waiting[]): Promise<void> {
  if (group.length === 1) return alone(store, shape, group[0] as Waiting);
  let rows: Row[];
  try {
    rows = await store.query<Row>(shape.batched, { batch: group.map((w) => w.params) });
  } catch (e) {
    // A batched form Neo4j cannot compile is a bug here, not in any read: it must show,
    // not quietly cost every read a second round trip.
    if (syntaxError(e)) return group.forEach((w) => w.reject(e));
    // One read's error must reach only its own request: each is asked again alone.
    await Promise.all(group.map((w) => alone(store, shape, w)));
    return;
  }
  const split: Row[][] = group.map(() => []);
  for (const { [INDEX]: i, ...row } of rows) split[i as number]?.push(row);
  group.forEach((w, i) => w.resolve(split[i] as Row[]));
}

async function alone(store: Store, shape: Shape, w: Waiting): Promise<void> {
  try {
    w.resolve(await store.query<Row>(shape.cypher, w.params));
  } catch (e) {
    w.reject(e);
  }
}

function syntaxError(e: unknown): boolean {
  const cause = (e as { cause?: { code?: unknown } } | null)?.cause;
  return cause?.code === 'Neo.ClientError.Statement.SyntaxError';
}

const INDEX = 'batchIndex';
const PARAMS = 'batchParams';

/** The query once per read: `$name` becomes that read's `batchParams.name`. */
export function together(cypher: string, columns: readonly string[]): string {
  if (/\b(LIMIT|SKIP)\s+\$/i.test(cypher)) {
    throw new Error('batchedQuery: LIMIT and SKIP take no variables, so this query cannot be batched');
  }
  const body = cypher
    .replace(/\$([A-Za-z_]\w*)/g, `${PARAMS}.$1`)
    // A subquery sees only what it imports: the read's parameters go into every one.
    .replace(/\bCALL \(\s*\)/g, `CALL (${PARAMS})`)
    .replace(/\bCALL \((?!${PARAMS}\))/g, `CALL (${PARAMS}, `);
  return `UNWIND range(0, size($batch) - 1) AS ${INDEX}
WITH ${INDEX}, $batch[${INDEX}] AS ${PARAMS}
CALL (${PARAMS}) {
${body}
}
RETURN ${INDEX}, ${columns.join(', ')}`;
}
