/**
 * graph() finds each hop's meetings one of two ways (src/store/queries/neighbourhood.ts):
 * expanding the frontier and sorting, or walking meetings newest first on the date index.
 * The API picks by cost; the answer must not depend on the pick. Compared here on the
 * dev-set articles for every kind of focus, depths 1-3, small and large limits, filters
 * and both modes.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/cli/ingest.js';
import { PROJECT_ROOT } from '../../src/config.js';
import type { Store } from '../../src/store/driver.js';
import type { MeetingFilter } from '../../src/store/queries/meeting-filter.js';
import { neighbourhood, type FocusKind, type GraphMode } from '../../src/store/queries/neighbourhood.js';
import { freshStore } from '../helpers/db.js';

const ARTICLES = path.join(PROJECT_ROOT, 'samples');

describe('graph neighbourhood walks', () => {
  let store: Store;
  const foci: { id: string; kind: FocusKind }[] = [];
  beforeAll(async () => {
    store = await freshStore();
    await ingestFiles(store, [ARTICLES], { report: null });
    const pick = async (cypher: string, kind: FocusKind): Promise<void> => {
      const rows = await store.query<{ id: string }>(cypher);
      for (const r of rows) foci.push({ id: r.id, kind });
    };
    // The busiest of each kind, where hops reach furthest.
    await pick('MATCH (c:Country)<-[:BETWEEN]-(m) RETURN c.code AS id, count(m) AS n ORDER BY n DESC, id LIMIT 3', 'COUNTRY');
    await pick('MATCH (p:Person)-[:ATTENDED]->(m) RETURN p.id AS id, count(DISTINCT m) AS n ORDER BY n DESC, id LIMIT 3', 'PERSON');
    await pick('MATCH (o:Organization)<-[:BETWEEN]-(m) RETURN o.code AS id, count(m) AS n ORDER BY n DESC, id LIMIT 1', 'ORGANIZATION');
    await pick('MATCH (m:Meeting) RETURN m.id AS id ORDER BY m.sourceCount DESC, m.id LIMIT 1', 'MEETING');
    await pick('MATCH (pl:Place)<-[:HELD_IN]-(m) RETURN pl.id AS id, count(m) AS n ORDER BY n DESC, id LIMIT 1', 'PLACE');
  });
  afterAll(async () => {
    await store.close();
  });

  it('gives the same nodes, edges and cut whichever way a hop is walked', async () => {
    expect(foci.map((f) => f.kind)).toEqual(['COUNTRY', 'COUNTRY', 'COUNTRY', 'PERSON', 'PERSON', 'PERSON', 'ORGANIZATION', 'MEETING', 'PLACE']);
    const filters: MeetingFilter[] = [{}, { from: '2025-01-01' }, { status: 'held', modality: 'in_person' }];
    const modes: GraphMode[] = ['MEETINGS', 'COLLAPSED'];
    let compared = 0;
    let cut = 0;
    let large = 0;
    for (const focus of foci) {
      for (const depth of [1, 2, 3]) {
        // Limits that put a hop's walk under each of its row caps (1, 4, 16, 64, 256, limit + 1).
        for (const limit of [3, 10, 40, 200, 400]) {
          for (const filter of filters) {
            const mode = modes[(depth + limit) % 2] as GraphMode;
            const expand = await neighbourhood(store, focus, depth, filter, limit, mode, 'expand');
            const scan = await neighbourhood(store, focus, depth, filter, limit, mode, 'scan');
            const auto = await neighbourhood(store, focus, depth, filter, limit, mode, 'auto');
            expect(scan, `${focus.kind} ${focus.id} depth ${depth} limit ${limit} ${JSON.stringify(filter)}`).toEqual(expand);
            expect(auto).toEqual(expand);
            compared += 1;
            if (expand.truncated) cut += 1;
            if (expand.nodes.length > 20) large += 1;
          }
        }
      }
    }
    // Not vacuous: many answers were cut at the limit, and many were sizeable.
    expect(compared).toBe(405);
    expect(cut).toBeGreaterThan(50);
    expect(large).toBeGreaterThan(20);
    // 1,215 walks one after another: minutes on a loaded 2-core machine; a correctness check, not a timing one.
  }, 240_000);
});
