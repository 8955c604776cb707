/**
 * Open-world titles: a role chunk grows over the words news copy attaches to it, so that the
 * name after it stands alone and counts as a person introduced by a role.
 *   "Deputy" / "First Deputy" / "Acting" before a role        -> part of the role
 *   "Minister of Trade Serge X", "Minister of Interior and Public Security Y",
 *   "Under Secretary of State for Political Affairs Z"        -> portfolio words absorbed
 *   "President of the National Assembly W"                     -> institution words absorbed
 *   "Ambassador to Moscow John T"                              -> the posting absorbed
 */
import type { Chunk } from './chunks.js';
import type { Gazetteer } from './gazetteer.js';
import type { Token } from './tokens.js';

/** Words that qualify a role written before it. */
const QUALIFIERS = new Set(['deputy', 'vice', 'first', 'acting', 'assistant', 'under', 'principal', 'senior', 'executive',
  'permanent', 'special', 'joint', 'chief', 'second', 'interim', 'parliamentary', 'federal', 'state', 'union', 'cabinet', 'lead']);

/** Words of portfolios and institutions in a title ("of Foreign Affairs and Tourism", "of the National Assembly"). */
const PORTFOLIO = new Set([
  'foreign', 'affairs', 'trade', 'industry', 'industries', 'commerce', 'finance', 'finances', 'economy', 'economic', 'development',
  'defence', 'defense', 'interior', 'justice', 'health', 'education', 'culture', 'tourism', 'transport', 'transportation',
  'energy', 'agriculture', 'environment', 'science', 'technology', 'technologies', 'innovation', 'labour', 'labor', 'security',
  'public', 'home', 'planning', 'investment', 'investments', 'infrastructure', 'communications', 'communication', 'information',
  'digital', 'social', 'welfare', 'youth', 'sport', 'sports', 'women', 'family', 'water', 'mines', 'mining', 'oil', 'petroleum',
  'gas', 'fisheries', 'natural', 'resources', 'national', 'international', 'cooperation', 'co-operation', 'relations',
  'external', 'european', 'integration', 'emergency', 'emergencies', 'housing', 'urban', 'land', 'lands', 'works', 'climate',
  'telecommunications', 'religious', 'legal', 'african', 'asian', 'regional', 'treasury', 'budget', 'revenue', 'customs',
  'immigration', 'citizenship', 'employment', 'political', 'policy', 'strategic', 'military', 'armed', 'forces', 'force',
  'assembly', 'council', 'parliament', 'senate', 'house', 'representatives', 'congress', 'duma', 'committee', 'standing',
  'commission', 'ministers', 'cabinet', 'government', 'department', 'office', 'staff', 'general', 'people', 'peoples',
  'federation', 'union', 'presidential', 'administration', 'legislative', 'consultative', 'supreme', 'state', 'states',
  'overseas', 'diaspora', 'expatriates', 'commonwealth', 'multilateral', 'bilateral', 'neighbourhood', 'neighborhood',
  'enlargement', 'food', 'rural', 'veterans', 'aviation', 'maritime', 'ports', 'railways', 'roads', 'highways', 'power',
  'electricity', 'renewable', 'industrial', 'hemisphere', 'western', 'eastern', 'northern', 'southern',
  'america', 'americas', 'europe', 'asia', 'africa', 'pacific', 'middle', 'east', 'caucasus', 'central', 'south', 'north',
  'democratic', 'institutions', 'human', 'rights', 'operations', 'peacekeeping', 'programmes', 'programs', 'disarmament',
  'nuclear', 'atomic', 'monetary', 'fund', 'bank', 'reserve', 'intelligence', 'counter-terrorism', 'terrorism',
  'local', 'municipal', 'territorial', 'reform', 'reforms', 'modernization', 'modernisation', 'digitalization', 'statistics',
  'ecology', 'construction', 'communal', 'services', 'heritage', 'arts', 'media', 'press', 'pensions', 'sciences', 'higher',
  'vocational', 'training', 'entrepreneurship', 'small', 'medium', 'enterprises', 'business', 'competition', 'consumer',
  'protection', 'civil', 'forestry', 'forests', 'wildlife', 'sanitation', 'irrigation', 'survey', 'minerals', 'mineral',
  'hydrocarbons', 'gender', 'equality', 'children', 'solidarity', 'good', 'governance', 'decentralisation', 'decentralization',
  'endowments', 'islamic', 'awqaf', 'hajj', 'presidency', 'transformation', 'research', 'posts', 'telecom',
]);

/** Roles that take a posting: "Ambassador to Moscow", "Envoy to the UN". */
const POSTED = new Set(['ambassador', 'envoy', 'high representative', 'permanent representative', 'commissioner', 'secretary', 'chairman', 'head']);

export function extendRoles(chunks: Chunk[], tokens: Token[], gaz: Gazetteer): Chunk[] {
  const out: Chunk[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i] as Chunk;
    if (c.kind !== 'role') {
      out.push(c);
      continue;
    }
    let role = c;
    // "Deputy" (a name-like run of qualifiers, or a qualifier the lexicon reads as a role of its
    // own: "Assistant") right before the role.
    const prev = out[out.length - 1];
    if (prev && (prev.kind === 'name' || prev.kind === 'role') && prev.after === '' && !prev.poss && prev.key.split(' ').every((w) => QUALIFIERS.has(w))) {
      out.pop();
      role = join(tokens, prev.start, role.end, role);
    }
    let j = i + 1;
    while (j < chunks.length && role.after === '' && !role.poss) {
      const w = chunks[j] as Chunk;
      if (w.kind !== 'word' || !['of', 'for', 'and', '&', 'to', 'in'].includes(w.key) || w.after !== '') break;
      const posting = w.key === 'to' || w.key === 'in';
      if (posting && !POSTED.has(roleName(role) ?? '')) break;
      let k = j + 1;
      if (isWord(chunks[k], 'the')) k++;
      const n = chunks[k];
      if (!n) break;
      if (posting && (n.kind === 'country' || n.kind === 'org' || n.kind === 'metonym') && !n.poss) {
        role = join(tokens, role.start, n.end, role);
        j = k + 1;
        continue;
      }
      // Portfolio and institution words, as one run of name chunks and capitalised words.
      let absorbed = false;
      let split = false;
      while (k < chunks.length && !role.poss && (role.after === '' || (role.after === ',' && absorbed && continuesPortfolio(chunks[k])))) {
        const u = chunks[k] as Chunk;
        if (u.kind === 'word' && u.cap && PORTFOLIO.has(u.key)) {
          role = join(tokens, role.start, u.end, role);
          absorbed = true;
          k++;
          continue;
        }
        if (u.kind !== 'name') break;
        const words = tokens.slice(u.start, u.end);
        const p = posting ? cityPrefix(words, gaz) : portfolioPrefix(words);
        if (p === 0) break;
        role = join(tokens, role.start, u.start + p, role);
        absorbed = true;
        if (p < words.length) {
          chunks[k] = { ...u, start: u.start + p, text: words.slice(p).map((t) => t.text).join(' '), key: words.slice(p).map((t) => t.key).join(' '), cap: (words[p] as Token).cap };
          split = true;
          break;
        }
        k++;
        if (posting) break;
      }
      if (!absorbed) break;
      j = k;
      if (split) break;
    }
    out.push(role);
    i = j - 1;
  }
  return out;
}

/** "Minister of Science, Technology and Innovation": a comma inside the portfolio, before another portfolio word. */
function continuesPortfolio(c: Chunk | undefined): boolean {
  return !!c && c.cap && (c.kind === 'name' || c.kind === 'word') && PORTFOLIO.has(c.key.split(' ')[0] as string);
}

function portfolioPrefix(words: Token[]): number {
  let p = 0;
  while (p < words.length && PORTFOLIO.has((words[p] as Token).key)) p++;
  return p;
}

/** The place a posting names: the longest proper prefix of the run that is a known city. */
function cityPrefix(words: Token[], gaz: Gazetteer): number {
  for (let q = words.length - 1; q >= 1; q--) {
    if (gaz.kb.city(words.slice(0, q).map((t) => t.text).join(' '))) return q;
  }
  return 0;
}

function roleName(c: Chunk): string | null {
  for (const e of c.entries) if (e.kind === 'role') return e.role;
  return null;
}

function isWord(c: Chunk | undefined, key: string): boolean {
  return !!c && c.kind === 'word' && c.key === key;
}

/** The role chunk stretched over tokens [start, end), keeping its role entry. */
function join(tokens: Token[], start: number, end: number, role: Chunk): Chunk {
  const words = tokens.slice(start, end);
  const last = words[words.length - 1] as Token;
  return { ...role, start, end, text: words.map((t) => t.text).join(' '), key: words.map((t) => t.key).join(' '), poss: last.poss, after: last.after };
}
