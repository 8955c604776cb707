/**
 * Extraction speed: articles per second on one core, for articles of about 3 KB.
 * Reads the dev set (tests/fixtures/articles) plus the seed, trims or repeats each body
 * to ~3 KB, warms up, then times several passes and prints the median.
 *   node --import tsx bench/extract.ts [--passes N]
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Article } from '../src/domain/model.js';
import { extractArticle } from '../src/extract/index.js';
import { readArticles } from '../src/ingest/index.js';
import { loadKnowledge } from '../src/resolve/knowledge.js';

const TARGET_BYTES = 3 * 1024;
const passesAt = process.argv.indexOf('--passes');
const PASSES = passesAt >= 0 ? Number(process.argv[passesAt + 1]) || 7 : 7;

async function loadArticles(): Promise<Article[]> {
  const dir = path.join('tests', 'fixtures', 'articles');
  const out: Article[] = [];
  for (const f of readdirSync(dir).sort()) {
    for await (const item of readArticles(path.join(dir, f))) {
      if (!item.ok) continue;
      out.push({ ...item.article, text: toSize(item.article.text) });
    }
  }
  return out;
}

/** Repeat or cut a body to about TARGET_BYTES, at a sentence end where possible. */
function toSize(text: string): string {
  let t = text;
  while (Buffer.byteLength(t) < TARGET_BYTES && t.length > 0) t = `${t}\n\n${text}`;
  if (t.length > TARGET_BYTES) {
    const cut = t.lastIndexOf('. ', TARGET_BYTES);
    t = t.slice(0, cut > TARGET_BYTES / 2 ? cut + 1 : TARGET_BYTES);
  }
  return t;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const kb = loadKnowledge();
  const tKb = performance.now() - t0;
  const articles = await loadArticles();
  if (articles.length === 0) throw new Error('bench: no articles under tests/fixtures/articles');
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  // Warm-up: JIT, chrono's parsers and the gazetteer trie (built on first use).
  const tw = performance.now();
  for (const a of articles) extractArticle(a, kb);
  const tWarm = performance.now() - tw;
  for (let i = 0; i < 2; i++) for (const a of articles) extractArticle(a, kb);
  const rates: number[] = [];
  const minArticles = 1000;
  for (let p = 0; p < PASSES; p++) {
    let n = 0;
    const start = performance.now();
    while (n < minArticles) {
      for (const a of articles) extractArticle(a, kb);
      n += articles.length;
    }
    rates.push(n / ((performance.now() - start) / 1000));
  }
  rates.sort((a, b) => a - b);
  const median = rates[Math.floor(rates.length / 2)] as number;
  console.log(`knowledge base load: ${tKb.toFixed(0)} ms; first pass (builds gazetteer): ${tWarm.toFixed(0)} ms`);
  console.log(`articles: ${articles.length}, mean size ${(bytes / articles.length / 1024).toFixed(1)} KB, passes: ${PASSES}`);
  console.log(`extract: ${median.toFixed(0)} articles/s (median; min ${rates[0]?.toFixed(0)}, max ${rates[rates.length - 1]?.toFixed(0)})`);
}

await main();
