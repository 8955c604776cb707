/**
 * Evidence as it is read: each sentence once per meeting, and the words that support the fact
 * (names of the people, the place, the topic) marked. Returns plain segments; the page puts
 * them in text nodes, so article text stays inert. No DOM.
 */
export interface Segment {
  text: string;
  mark: boolean;
}

/** Splits a sentence into marked and plain runs; terms are matched whole-word, case-insensitively. */
export function highlight(sentence: string, terms: readonly string[]): Segment[] {
  return highlighter(terms)(sentence);
}

/** `highlight` with the terms compiled once, for the many sentences of one meeting. */
export function highlighter(terms: readonly string[]): (sentence: string) => Segment[] {
  const words = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length >= 3))].sort((a, b) => b.length - a.length);
  if (!words.length) return (sentence) => [{ text: sentence, mark: false }];
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (sentence) => splitAt(sentence, re);
}

function splitAt(sentence: string, re: RegExp): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const m of sentence.matchAll(re)) {
    const start = m.index;
    if (start > at) out.push({ text: sentence.slice(at, start), mark: false });
    out.push({ text: m[0], mark: true });
    at = start + m[0].length;
  }
  if (at < sentence.length) out.push({ text: sentence.slice(at), mark: false });
  return out;
}

/** The words of a meeting worth marking: full names and surnames, the place, the parties, topics. */
export function supportingTerms(m: {
  participants: { person: { name: string } }[];
  place: { name: string } | null;
  parties: { name: string | null; code: string }[];
  topics: { name: string }[];
}): string[] {
  const terms: string[] = [];
  for (const p of m.participants) {
    terms.push(p.person.name);
    const last = p.person.name.split(/\s+/).at(-1);
    if (last) terms.push(last);
  }
  if (m.place) terms.push(m.place.name);
  for (const p of m.parties) if (p.name) terms.push(p.name);
  for (const t of m.topics) terms.push(t.name.replace(/_/g, ' '));
  return terms;
}

/** One sentence with every article that carries it, in first-seen order. */
export interface EvidenceGroup<T> {
  sentence: string;
  items: T[];
}

/**
 * Groups evidence by sentence (wire copy repeats a sentence across articles) and leaves out
 * sentences in `seen`, so a meeting shows each sentence once; `seen` is updated.
 */
export function groupEvidence<T extends { sentence: string }>(items: readonly T[], seen = new Set<string>()): EvidenceGroup<T>[] {
  const groups = new Map<string, EvidenceGroup<T>>();
  for (const e of items) {
    const key = e.sentence.replace(/\s+/g, ' ').trim();
    const g = groups.get(key);
    if (g) g.items.push(e);
    else if (!seen.has(key)) groups.set(key, { sentence: key, items: [e] });
  }
  for (const key of groups.keys()) seen.add(key);
  return [...groups.values()];
}
