/**
 * Builds the web explorer (web/index.html and web/src) into web/dist, which the API server
 * serves at `/`. `npm run build:web` and `npm start` (src/cli/web-build.ts) both use it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { defineConfig, type Plugin } from 'vite';

const webRoot = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

interface CountryRecord {
  cca2: string;
  cca3: string;
  ccn3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms: Record<string, { m?: string; f?: string } | undefined>;
  latlng: [number, number];
}

const readData = (file: string): unknown => JSON.parse(readFileSync(path.join(webRoot, '..', 'src', 'knowledge', 'data', file), 'utf8'));

/**
 * `virtual:dkg-countries`: ISO alpha-2 -> [ISO numeric (the ids world-atlas uses), lat, lon,
 * name], cut from world-countries at build time so the bundle carries 10 KB, not 1.4 MB.
 */
function countryTable(): Plugin {
  const id = 'virtual:dkg-countries';
  return {
    name: 'dkg-countries',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const file = require.resolve('world-countries/countries.json');
      const rows = JSON.parse(readFileSync(file, 'utf8')) as CountryRecord[];
      const table: Record<string, [string, number, number, string]> = {};
      for (const c of rows) table[c.cca2] = [c.ccn3, c.latlng[0], c.latlng[1], c.name.common];
      return `export default ${JSON.stringify(table)};`;
    },
  };
}

/**
 * `virtual:dkg-parties`: every country and organisation with the names and codes an analyst may
 * type for it, from the data the API's resolver uses (world-countries, countries-extra.json,
 * organizations.json), so the page can resolve "India" or "the UN" before the API has `lookup`.
 */
function partyTable(): Plugin {
  const id = 'virtual:dkg-parties';
  return {
    name: 'dkg-parties',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const rows = JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8')) as CountryRecord[];
      const extra = readData('countries-extra.json') as { ignoreNames: string[]; countries: { code: string; names?: string[]; demonyms?: string[] }[] };
      const ignore = new Set(extra.ignoreNames.map((n) => n.toLowerCase()));
      const extraByCode = new Map(extra.countries.map((c) => [c.code, c]));
      const latin = (n: string): boolean => /^[\p{Script=Latin}\p{N}\s.,'()&-]+$/u.test(n);
      const countries = rows.map((c) => {
        const added = extraByCode.get(c.cca2);
        const demonym = c.demonyms['eng']?.m;
        const aliases = [c.name.official, ...c.altSpellings, c.cca3, ...(added?.names ?? []), ...(demonym ? [demonym] : []), ...(added?.demonyms ?? [])]
          .filter((n) => n.length > 1 && latin(n) && !ignore.has(n.toLowerCase()) && n !== c.cca2 && n !== c.name.common);
        return [c.cca2, c.name.common, [...new Set(aliases)]];
      });
      const orgFile = readData('organizations.json') as { organizations: { code: string; name: string; names?: string[]; kind: string }[] };
      const organisations = orgFile.organizations
        .filter((o) => o.kind === 'intergovernmental')
        .map((o) => [o.code, o.name, [...new Set(o.names ?? [])]]);
      return `export default ${JSON.stringify({ countries, organisations })};`;
    },
  };
}

export default defineConfig({
  root: webRoot,
  base: '/',
  logLevel: 'warn',
  plugins: [countryTable(), partyTable()],
  build: {
    outDir: path.join(webRoot, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    // Inline nothing as data: URLs, so the Content-Security-Policy stays strict.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: { main: path.join(webRoot, 'index.html'), bench: path.join(webRoot, 'bench.html') },
    },
  },
  worker: { format: 'es' },
});
