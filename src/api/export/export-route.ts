/**
 * GET /export/meetings.csv, .jsonl and .graphml: every meeting matching the filter given as
 * query parameters (the `meetings` filter, read by the same function), streamed as it is read
 * from Neo4j, with no page limit. A read like GraphQL queries, so open to the same callers.
 * Parameters: countries, people, topics (repeated, or comma-separated), from, to, place,
 * modality (IN_PERSON, PHONE, VIDEO), status (HELD, PLANNED), text. An unknown parameter or
 * value is a 400 with code BAD_USER_INPUT, never ignored.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError, isAppError } from '../../domain/errors.js';
import { exportMeetings, type ExportedMeeting } from '../../store/queries/meeting-export.js';
import { MeetingStatus, Modality, type MeetingFilter as MeetingFilterInput } from '../generated/schema-types.js';
import { resolvedMeetingFilter } from '../resolvers/filters.js';
import type { ApiSettings } from '../settings.js';
import type { Store } from '../../store/driver.js';
import { csvRow } from '../../domain/csv.js';
import { CSV_COLUMNS, meetingCsvRow } from './csv.js';
import { GRAPHML_HEAD, GRAPHML_TAIL, graphmlWriter } from './graphml.js';
import { jsonLine } from './record.js';

export const EXPORT_PATH = /^\/export\/meetings\.(csv|jsonl|graphml)$/;

interface Format {
  type: string;
  head: string;
  row: () => (m: ExportedMeeting) => string;
  tail: string;
}

const FORMATS: Record<string, Format> = {
  // The byte-order mark makes spreadsheet programs read the file as UTF-8.
  csv: { type: 'text/csv; charset=utf-8', head: `\uFEFF${csvRow([...CSV_COLUMNS])}`, row: () => meetingCsvRow, tail: '' },
  jsonl: { type: 'application/x-ndjson; charset=utf-8', head: '', row: () => jsonLine, tail: '' },
  graphml: { type: 'application/graphml+xml; charset=utf-8', head: GRAPHML_HEAD, row: graphmlWriter, tail: GRAPHML_TAIL },
};

const LISTS = ['countries', 'people', 'topics'] as const;
const SINGLE = ['from', 'to', 'place', 'text'] as const;

function oneOf<V extends string>(value: string, allowed: Record<string, V>, field: string): V {
  const v = allowed[value];
  if (!v) throw new AppError('BAD_USER_INPUT', `must be one of ${Object.keys(allowed).join(', ')}, got "${value}"`, field);
  return v;
}

/** Query parameters as the GraphQL MeetingFilter input (enum values as the resolvers receive them). */
export function filterInput(params: URLSearchParams): MeetingFilterInput {
  const known = new Set<string>([...LISTS, ...SINGLE, 'modality', 'status']);
  for (const name of params.keys()) {
    if (!known.has(name)) throw new AppError('BAD_USER_INPUT', `is not an export parameter (known: ${[...known].join(', ')})`, name);
  }
  const input: MeetingFilterInput = {};
  for (const name of LISTS) {
    const values = params.getAll(name).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
    if (values.length) input[name] = values;
  }
  for (const name of SINGLE) {
    const all = params.getAll(name);
    if (all.length > 1) throw new AppError('BAD_USER_INPUT', 'may be given once', name);
    if (all[0] !== undefined) input[name] = all[0];
  }
  const modality = params.get('modality');
  if (modality) input.modality = oneOf(modality, Modality, 'modality');
  const status = params.get('status');
  if (status) input.status = oneOf(status, MeetingStatus, 'status');
  return input;
}

function refuse(res: ServerResponse, status: number, message: string, code: string, field: string | null): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code, ...(field ? { field } : {}) } }] }));
}

/** Resolves when the client has taken what was written (or has gone). */
const drained = (res: ServerResponse): Promise<void> =>
  new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });

export async function serveExport(store: Store, settings: ApiSettings, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const format = FORMATS[EXPORT_PATH.exec(url.pathname)?.[1] ?? ''] as Format;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    refuse(res, 405, 'exports are read with GET', 'METHOD_NOT_ALLOWED', null);
    return;
  }
  let rows: AsyncGenerator<ExportedMeeting>;
  let first: IteratorResult<ExportedMeeting>;
  try {
    rows = exportMeetings(store, await resolvedMeetingFilter(filterInput(url.searchParams), { store }));
    // The first row before the headers: a refused filter or an unreachable database still gets its status.
    first = await rows.next();
  } catch (e) {
    if (isAppError(e) && e.code === 'BAD_USER_INPUT') return refuse(res, 400, e.message, e.code, e.input);
    if (isAppError(e) && e.code === 'NEO4J_UNAVAILABLE') return refuse(res, 503, 'The database is not reachable.', e.code, null);
    return refuse(res, 500, 'Unexpected error.', 'INTERNAL_SERVER_ERROR', null);
  }
  const name = url.pathname.slice('/export/'.length);
  res.writeHead(200, {
    'content-type': format.type,
    'content-disposition': `attachment; filename="${name}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  const row = format.row();
  try {
    if (req.method === 'HEAD') return void res.end();
    res.write(format.head);
    for (let next = first; !next.done; next = await rows.next()) {
      if (!res.write(row(next.value))) await drained(res);
      if (res.destroyed) break;
    }
    res.end(format.tail);
  } catch {
    // Headers are gone: cutting the connection tells the client the file is incomplete.
    res.destroy();
  } finally {
    await rows.return(undefined);
  }
}
