/**
 * Ranked lists read one page at a time, each with its total: a person's counterparts, a
 * country's partners, the people who represented a country and the places in it. One round
 * trip per page, shared with concurrent pages of the same list (batched-reads.ts), so the
 * lists of many nodes in one request (nodes(ids:), walks) cost one round trip per kind.
 * Pages are positions in a ranking that ends on a unique key, so equals never swap.
 */
import type { Store } from '../driver.js';
import { batchedQuery } from '../batched-reads.js';
import type { PersonRef, PlaceRef } from './meeting-projection.js';
import { int } from './run.js';
import { partyOf, rankedTies, type CounterpartRow, type PartnerRow, type TieRow } from './scoped-lists.js';
import { onOtherSides } from './sides.js';
import { statusesOf, type StatusScope } from './status-scope.js';

export interface RankedPage<T> {
  total: number;
  rows: T[];
}

/** Where a page starts and how long it is; ties also need the scope, period and today. */
export interface PageAsk {
  skip: number;
  take: number;
}

export interface TieAsk extends PageAsk {
  scope: StatusScope;
  today: string;
  from?: string | null;
  to?: string | null;
}

const COLUMNS = ['total', 'rows'];

const COUNTERPARTS = `
MATCH (p:Person {id: $id})-[:ATTENDED]->(m:Meeting)<-[:ATTENDED]-(o:Person)
WHERE o <> p
WITH DISTINCT p, o, m
WHERE ${onOtherSides('m', 'p.id', 'o.id')}
WITH o, m ORDER BY coalesce(m.date, '') DESC, m.id
WITH o AS x, collect(m) AS together
${rankedTies((v) => `${v} {.id, .name}`, 'x.name, x.id')}`;

const PARTNERS = `
MATCH (c:Country {code: $id})<-[:BETWEEN]-(m:Meeting)-[:BETWEEN]->(x)
WHERE x <> c
WITH x, m ORDER BY coalesce(m.date, '') DESC, m.id
WITH x, collect(m) AS together
${rankedTies(partyOf, "x.code, CASE WHEN x:Country THEN 0 ELSE 1 END")}`;

const PEOPLE = `
MATCH (p:Person)-[at:ATTENDED]->(m:Meeting) WHERE at.country = $id
WITH p, count(DISTINCT m) AS n ORDER BY n DESC, p.name, p.id
WITH collect(p {.id, .name}) AS ranked
RETURN size(ranked) AS total, ranked[$skip..$skip + $take] AS rows`;

const PLACES = `
MATCH (pl:Place)-[:IN]->(c:Country {code: $id})
WITH pl, c ORDER BY pl.name, pl.id
WITH collect(pl {.id, .name, .lat, .lon, country: c.code}) AS ranked
RETURN size(ranked) AS total, ranked[$skip..$skip + $take] AS rows`;

async function page<T>(store: Store, cypher: string, params: Record<string, unknown>, ask: PageAsk): Promise<RankedPage<T>> {
  const [row] = await batchedQuery<RankedPage<T>>(store, cypher, COLUMNS, { ...params, skip: int(ask.skip), take: int(ask.take) });
  return { total: row?.total ?? 0, rows: row?.rows ?? [] };
}

function ties<K extends string, W>(raw: RankedPage<TieRow<W>>, key: K): RankedPage<Omit<TieRow<W>, 'who'> & Record<K, W>> {
  return { total: raw.total, rows: raw.rows.map(({ who, ...rest }) => ({ ...rest, [key]: who }) as Omit<TieRow<W>, 'who'> & Record<K, W>) };
}

const tieParams = (id: string, ask: TieAsk): Record<string, unknown> => ({
  id,
  statuses: statusesOf(ask.scope),
  today: ask.today,
  from: ask.from ?? null,
  to: ask.to ?? null,
});

/** The people a person met, most meetings first (their own delegation does not count). */
export async function counterpartsPage(store: Store, personId: string, ask: TieAsk): Promise<RankedPage<CounterpartRow>> {
  return ties(await page<TieRow<CounterpartRow['person']>>(store, COUNTERPARTS, tieParams(personId, ask), ask), 'person');
}

/** The parties a country met, most meetings first, in the period given (all time without one). */
export async function partnersPage(store: Store, code: string, ask: TieAsk): Promise<RankedPage<PartnerRow>> {
  return ties(await page<TieRow<PartnerRow['party']>>(store, PARTNERS, tieParams(code, ask), ask), 'party');
}

/** The people who represented a country, most meetings first. */
export function countryPeoplePage(store: Store, code: string, ask: PageAsk): Promise<RankedPage<PersonRef>> {
  return page<PersonRef>(store, PEOPLE, { id: code }, ask);
}

/** The places in a country where meetings were held, by name. */
export function countryPlacesPage(store: Store, code: string, ask: PageAsk): Promise<RankedPage<PlaceRef>> {
  return page<PlaceRef>(store, PLACES, { id: code }, ask);
}
