/** News agencies an article cites ("according to Interfax", "TASS reported", "(Reuters)"). */
import type { Chunk } from './chunks.js';

export function agenciesIn(chunks: Chunk[]): string[] {
  const out: string[] = [];
  for (const c of chunks) {
    if (c.kind !== 'agency') continue;
    const e = c.entries.find((x) => x.kind === 'agency');
    if (e && e.kind === 'agency' && !out.includes(e.org.code)) out.push(e.org.code);
  }
  return out;
}
