/**
 * Seeded, deterministic synthetic corpus in the shape of diplomatic news: visits, calls,
 * planned meetings, summit sidelines, three-party talks, several articles reporting the
 * same meeting, and articles with no meeting at all. Leaders come from the knowledge base,
 * so the extractor meets names and roles it would meet in real news.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { KnowledgeBase, PersonEntry } from '../src/knowledge/knowledge-types.js';

export interface CorpusOptions {
  size: number;
  seed?: number;
  /** First publication date; articles spread over the following days. */
  start?: string;
  /**
   * Background sentences per article (default 20, about 2.6 KB of text); the benchmark
   * asks for 24 to reach the ~3 KB articles the extraction target is stated for.
   */
  fillerSentences?: number;
}

export interface SyntheticArticle {
  name: string;
  title: string;
  publishedAt: string;
  publisher: string;
  url: string;
  text: string;
}

/** mulberry32: small, fast and good enough to make a corpus repeatable. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Leader {
  name: string;
  surname: string;
  role: string;
  country: string;
  countryName: string;
  demonym: string;
  capital: string;
}

const PUBLISHERS = ['Interfax', 'TASS', 'Reuters', 'Xinhua', 'Anadolu', 'APA', 'Kyodo', 'AFP'];
const TOPIC_PHRASES = [
  'energy supplies and gas transit',
  'trade and customs procedures',
  'investment in joint industrial projects',
  'security cooperation and counter-terrorism',
  'defence procurement',
  'the peace process and the ceasefire',
  'transport corridors and rail links',
  'climate adaptation and water management',
  'food security and grain exports',
  'student exchanges and tourism',
  'public health and vaccine production',
  'digital infrastructure and artificial intelligence',
];
const FILLER = [
  'Analysts said the relationship has grown steadily over the past decade, with trade turnover rising and new flights connecting the two capitals.',
  'Officials from both sides have described the talks as constructive, although details of the agreements were not immediately released.',
  'The two governments have signed more than a dozen documents in recent years covering customs, education and culture.',
  'Observers note that the region has seen a flurry of diplomatic activity as governments seek to diversify their partnerships.',
  'Business associations welcomed the contacts and urged both governments to simplify visa rules for entrepreneurs.',
  'Economists expect the volume of bilateral trade to exceed last year\'s figures if the planned logistics projects go ahead.',
  'Opposition politicians criticised the government for what they called a lack of transparency about the negotiations.',
  'The foreign ministry said working groups would meet in the coming months to prepare concrete proposals.',
  'Regional experts cautioned that implementation of earlier agreements has often lagged behind the announcements.',
  'State media showed the delegations exchanging gifts and touring an exhibition of traditional crafts.',
];

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function isoDate(base: Date, days: number): string {
  return new Date(base.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

function footerDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `on${d}.${m}.${y}`;
}

function leadersFrom(kb: KnowledgeBase): Leader[] {
  const out: Leader[] = [];
  const seen = new Set<string>();
  for (const p of kb.people as PersonEntry[]) {
    const role = p.roles.find((r) => r.to === null && r.country && /^(president|prime minister|chancellor|king|emir)$/.test(r.role));
    if (!role?.country || seen.has(role.country)) continue;
    const c = kb.countryByCode(role.country);
    if (!c?.capital || !c.demonyms[0]) continue;
    seen.add(role.country);
    out.push({
      name: p.name,
      surname: p.surname,
      role: role.role,
      country: role.country,
      countryName: c.name,
      demonym: c.demonyms[0],
      capital: c.capital,
    });
  }
  return out.sort((a, b) => a.country.localeCompare(b.country));
}

function cap(s: string): string {
  return s.replace(/\b[a-z]/g, (c) => c.toUpperCase());
}

export function generateCorpus(kb: KnowledgeBase, opts: CorpusOptions): SyntheticArticle[] {
  const rand = rng(opts.seed ?? 42);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const leaders = leadersFrom(kb);
  if (leaders.length < 3) throw new Error('the knowledge base lists too few current leaders to build a corpus');
  const base = new Date(`${opts.start ?? '2024-01-01'}T00:00:00Z`);
  const fillerCount = opts.fillerSentences ?? 20;
  const articles: SyntheticArticle[] = [];
  let event = 0;
  while (articles.length < opts.size) {
    event += 1;
    const day = Math.floor(rand() * 700);
    const date = isoDate(base, day);
    const a = pick(leaders);
    let b = pick(leaders);
    while (b.country === a.country) b = pick(leaders);
    const topics = [pick(TOPIC_PHRASES), pick(TOPIC_PHRASES)];
    const kind = rand();
    const filler = (): string => Array.from({ length: fillerCount }, () => pick(FILLER)).join(' ');
    let title: string;
    let body: string;
    if (kind < 0.35) {
      title = `${a.surname} visits ${b.capital} for talks with ${b.surname}`;
      body =
        `${cap(a.demonym)} ${cap(a.role)} ${a.name} arrived in ${b.capital} on an official visit and held talks with ` +
        `${b.demonym} ${cap(b.role)} ${b.name}. The leaders discussed ${topics[0]} and ${topics[1]}. ` +
        `${b.surname} said the visit opened a new chapter in relations between the two countries. ${filler()}`;
    } else if (kind < 0.55) {
      title = `${a.surname} and ${b.surname} hold phone call`;
      body =
        `${cap(a.demonym)} ${cap(a.role)} ${a.name} and ${b.demonym} ${cap(b.role)} ${b.name} spoke by telephone today, ` +
        `the ${a.demonym} presidential press service said. They discussed ${topics[0]}. ${filler()}`;
    } else if (kind < 0.7) {
      title = `${a.surname} to visit ${b.countryName} next week`;
      body =
        `${cap(a.demonym)} ${cap(a.role)} ${a.name} will travel to ${b.capital} next week for talks with ` +
        `${b.demonym} ${cap(b.role)} ${b.name}, officials said. The agenda is expected to include ${topics[0]}. ${filler()}`;
    } else if (kind < 0.82) {
      let c = pick(leaders);
      while (c.country === a.country || c.country === b.country) c = pick(leaders);
      title = `${a.surname}, ${b.surname} and ${c.surname} meet in ${c.capital}`;
      body =
        `${cap(c.demonym)} ${cap(c.role)} ${c.name} hosted ${a.demonym} ${cap(a.role)} ${a.name} and ` +
        `${b.demonym} ${cap(b.role)} ${b.name} for trilateral talks in ${c.capital} on ${topics[0]}. ${filler()}`;
    } else if (kind < 0.92) {
      title = `${a.surname} and ${b.surname} meet on summit sidelines`;
      body =
        `${cap(a.demonym)} ${cap(a.role)} ${a.name} met ${b.demonym} ${cap(b.role)} ${b.name} on the sidelines of ` +
        `the G20 summit on Tuesday. They discussed ${topics[0]}. ${filler()}`;
    } else {
      title = `${a.surname} addresses parliament on the economy`;
      body =
        `${cap(a.demonym)} ${cap(a.role)} ${a.name} addressed parliament on Tuesday, setting out plans for ` +
        `${topics[0]}. He did not take questions from reporters. ${filler()}`;
    }
    // About a third of events are reported by a second outlet, in other words, a day later.
    const reports = rand() < 0.3 ? 2 : 1;
    for (let r = 0; r < reports && articles.length < opts.size; r += 1) {
      const publisher = PUBLISHERS[(event + r) % PUBLISHERS.length] as string;
      const publishedAt = isoDate(base, day + r);
      const weekday = WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()] as string;
      // A second outlet words it differently: its own opening and background.
      const text = r === 0 ? body : `${pick(FILLER)} ${body.replace(' today', ` on ${weekday}`)}`;
      const n = articles.length + 1;
      articles.push({
        name: `synthetic-${String(n).padStart(6, '0')}`,
        title,
        publishedAt,
        publisher,
        url: `https://synthetic.example/${publisher.toLowerCase()}/${event}-${r}`,
        text,
      });
    }
  }
  return articles;
}

/** Writes the corpus as seed-shaped .txt files (body, "publisher section title" line, date line). */
export function writeCorpus(dir: string, articles: SyntheticArticle[]): void {
  mkdirSync(dir, { recursive: true });
  for (const a of articles) {
    const footer = `${a.publisher} Politics ${a.title}\n${footerDate(a.publishedAt)}\n`;
    writeFileSync(path.join(dir, `${a.name}.txt`), `${a.text}\n${footer}`);
  }
}

