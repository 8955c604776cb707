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
  ccn3: string;
  name: { common: string };
  latlng: [number, number];
}

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

export default defineConfig({
  root: webRoot,
  base: '/',
  logLevel: 'warn',
  plugins: [countryTable()],
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
