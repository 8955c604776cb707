/**
 * Meetings counted per bucket of one or more dimensions (month, year, party, topic,
 * modality, status, setting, place country): one round trip, grouped in the database.
 * Every meeting lands in a bucket of every dimension: a meeting dated only by a year has
 * its own YEAR_ONLY month bucket, an undated one an UNDATED bucket, one without a topic,
 * party or place country a NONE bucket. Party and topic are many-valued: a meeting counts
 * once in each of its parties' (topics') buckets, so their counts may add up to more than the total.
 */
import type { Store } from '../driver.js';
import { meetingFilterCypher, whereClause, type MeetingFilter } from './meeting-filter.js';

export type StatsDimension = 'MONTH' | 'YEAR' | 'PARTY' | 'TOPIC' | 'MODALITY' | 'STATUS' | 'SETTING' | 'PLACE_COUNTRY';

export type StatsBucketKind = 'VALUE' | 'YEAR_ONLY' | 'UNDATED' | 'NONE';

export interface StatsKey {
  dimension: StatsDimension;
  bucket: StatsBucketKind;
  value: string | null;
  label: string | null;
}

export interface StatsBucket {
  keys: StatsKey[];
  count: number;
}

export interface MeetingStats {
  total: number;
  undated: number;
  yearOnly: number;
  buckets: StatsBucket[];
}

const NONE = "[{bucket: 'NONE', value: null, label: null}]";
const orNone = (list: string): string => `CASE WHEN size(${list}) = 0 THEN ${NONE} ELSE ${list} END`;

/** The keys of one meeting `m` in each dimension: a list of {bucket, value, label}. */
const KEYS: Record<StatsDimension, string> = {
  MONTH: `CASE WHEN m.date IS NULL THEN [{bucket: 'UNDATED', value: null, label: null}]
    WHEN size(m.date) = 4 THEN [{bucket: 'YEAR_ONLY', value: m.date, label: null}]
    ELSE [{bucket: 'VALUE', value: left(m.date, 7), label: null}] END`,
  YEAR: `CASE WHEN m.date IS NULL THEN [{bucket: 'UNDATED', value: null, label: null}]
    ELSE [{bucket: 'VALUE', value: left(m.date, 4), label: null}] END`,
  PARTY: orNone('COLLECT { MATCH (m)-[:BETWEEN]->(x) RETURN DISTINCT {bucket: \'VALUE\', value: x.code, label: x.name} AS k }'),
  TOPIC: orNone('COLLECT { MATCH (m)-[:ABOUT]->(t:Topic) RETURN DISTINCT {bucket: \'VALUE\', value: t.name, label: null} AS k }'),
  MODALITY: "[{bucket: 'VALUE', value: toUpper(m.modality), label: null}]",
  STATUS: "[{bucket: 'VALUE', value: toUpper(m.status), label: null}]",
  SETTING: "[{bucket: 'VALUE', value: toUpper(coalesce(m.settingKind, 'standalone')), label: m.settingEvent}]",
  PLACE_COUNTRY: `CASE WHEN m.placeCountry IS NULL THEN ${NONE}
    ELSE [{bucket: 'VALUE', value: m.placeCountry, label: head(COLLECT { MATCH (c:Country {code: m.placeCountry}) RETURN c.name })}] END`,
};

const statsQuery = (start: string, where: string, dims: StatsDimension[]): string => `
${start}
${where}
WITH DISTINCT m
WITH collect(m) AS matched
CALL (matched) {
  UNWIND matched AS m
  ${dims.map((d, i) => `UNWIND ${KEYS[d]} AS k${i}`).join('\n  ')}
  WITH [${dims.map((_, i) => `k${i}`).join(', ')}] AS keys, count(*) AS count
  RETURN collect({keys: keys, count: count}) AS buckets
}
RETURN size(matched) AS total,
       size([m IN matched WHERE m.date IS NULL]) AS undated,
       size([m IN matched WHERE size(m.date) = 4]) AS yearOnly,
       buckets`;

type RawKey = Omit<StatsKey, 'dimension'>;

const TIME: ReadonlySet<StatsDimension> = new Set(['MONTH', 'YEAR']);
const LAST: Record<StatsBucketKind, number> = { VALUE: 0, YEAR_ONLY: 0, NONE: 1, UNDATED: 1 };

function compareKeys(x: StatsKey[], y: StatsKey[]): number {
  for (let i = 0; i < x.length; i++) {
    const a = x[i] as StatsKey;
    const b = y[i] as StatsKey;
    const byKind = LAST[a.bucket] - LAST[b.bucket];
    if (byKind) return byKind;
    const av = `${a.value ?? ''}\u0000${a.label ?? ''}`;
    const bv = `${b.value ?? ''}\u0000${b.label ?? ''}`;
    if (av !== bv) return av < bv ? -1 : 1;
  }
  return 0;
}

const unknownIn = (b: StatsBucket): number => (b.keys.some((k) => LAST[k.bucket]) ? 1 : 0);

/** Chronological when the first dimension is a time, else most meetings first; UNDATED and NONE last, ties by key. */
function order(buckets: StatsBucket[], dims: StatsDimension[]): StatsBucket[] {
  if (TIME.has(dims[0] as StatsDimension)) return buckets.sort((x, y) => compareKeys(x.keys, y.keys));
  return buckets.sort((x, y) => unknownIn(x) - unknownIn(y) || y.count - x.count || compareKeys(x.keys, y.keys));
}

export async function meetingStats(store: Store, filter: MeetingFilter, dims: StatsDimension[]): Promise<MeetingStats> {
  const f = meetingFilterCypher(filter);
  const [row] = await store.query<{ total: number; undated: number; yearOnly: number; buckets: { keys: RawKey[]; count: number }[] }>(
    statsQuery(f.start, whereClause(f.conditions), dims),
    f.params,
  );
  const buckets = (row?.buckets ?? []).map((b) => ({
    count: b.count,
    keys: b.keys.map((k, i) => ({ ...k, dimension: dims[i] as StatsDimension })),
  }));
  return { total: row?.total ?? 0, undated: row?.undated ?? 0, yearOnly: row?.yearOnly ?? 0, buckets: order(buckets, dims) };
}
