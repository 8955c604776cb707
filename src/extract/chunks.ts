/**
 * Turns a sentence's tokens into chunks: gazetteer phrases (people, countries, demonyms,
 * organisations, agencies, metonyms, roles), honorifics, runs of capitalised words that may
 * be names, and plain words.
 */
import { fold } from '../domain/fold.js';
import type { GazEntry, Gazetteer } from './gazetteer.js';
import { TITLES } from './lexicon/roles.js';
import { extendRoles } from './role-phrases.js';
import type { Token } from './tokens.js';

export type ChunkKind = 'person' | 'country' | 'demonym' | 'org' | 'agency' | 'metonym' | 'role' | 'title' | 'name' | 'word';

export interface Chunk {
  kind: ChunkKind;
  /** Token range [start, end). */
  start: number;
  end: number;
  text: string;
  key: string;
  entries: GazEntry[];
  cap: boolean;
  poss: boolean;
  after: string;
}

/** Lower-case particles inside names ("Mohammed bin Salman", "Lula da Silva"). */
const PARTICLES = new Set(['bin', 'bint', 'ibn', 'al', 'el', 'da', 'de', 'do', 'dos', 'das', 'van', 'von', 'der', 'den', 'du', 'la', 'le', 'di', 'del', 'y', 'ben', 'abu', 'ould', 'ter']);

/** Capitalised words that are not names. */
export const NOT_NAME = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'for', 'but', 'and', 'or', 'after', 'before', 'during', 'while', 'this', 'that',
  'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'his', 'her', 'their', 'our', 'its', 'both', 'meanwhile',
  'however', 'earlier', 'later', 'speaking', 'according', 'as', 'with', 'by', 'from', 'to', 'of', 'when', 'since',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'today', 'yesterday', 'tomorrow', 'also', 'there', 'here',
  'what', 'who', 'why', 'how', 'where', 'if', 'then', 'than', 'thus', 'so', 'yet', 'all', 'some', 'many', 'most',
  'no', 'not', 'new', 'moreover', 'furthermore', 'additionally', 'separately', 'last', 'next', 'first', 'second',
  'third', 'under', 'over', 'amid', 'among', 'between', 'despite', 'following', 'ahead', 'upon', 'into', 'about',
  'talks', 'meeting', 'summit', 'visit', 'state', 'official', 'officials', 'minister', 'ministry', 'government',
  'president', 'parliament', 'council', 'republic', 'federation', 'kingdom', 'news', 'agency', 'press', 'service',
  'office', 'photo', 'video', 'read', 'more', 'update', 'breaking', 'exclusive', 'analysis', 'opinion', 'live',
  'sheikh', 'mr', 'mrs', 'ms', 'dr', 'staff', 'said', 'says', 'will', 'would', 'can', 'could', 'may', 'should', 'must',
  // Institutions, not people ("the African Union Commission" after the organisation's name).
  'commission', 'committee', 'secretariat', 'presidency', 'assembly', 'court', 'bank', 'fund', 'forum', 'palace', 'cabinet',
  // Legislatures and councils by their own names ("the Halk Maslahaty", "the Mejlis", "the Sejm").
  'maslahaty', 'majlis', 'mejlis', 'kurultai', 'khural', 'sejm', 'knesset', 'bundestag', 'duma', 'shura', 'rada', 'senate', 'congress',
  // Headline verbs in title case ("Rutte Arrives In Kyiv", "Minister Has Talks With ..."): a name ends before them.
  'arrives', 'arrived', 'has', 'have', 'had', 'meets', 'met', 'holds', 'held', 'visits', 'visited', 'calls', 'called', 'hosts',
  'hosted', 'receives', 'received', 'welcomes', 'welcomed', 'discusses', 'discussed', 'signs', 'signed', 'urges', 'urged', 'is',
  'are', 'was', 'were', 'be', 'vows', 'seeks', 'talk', 'meet', 'hold', 'begins', 'ends',
  'agree', 'agrees', 'agreed', 'speaks', 'spoke', 'phones', 'thanks', 'invites', 'invited', 'plans', 'set', 'due', 'expected',
  'make', 'makes', 'pay', 'pays', 'travel', 'travels', 'leaves', 'returns', 'attend', 'attends', 'discuss', 'sign', 'host',
  'receive', 'welcome', 'call', 'heads', 'opens', 'launch', 'launches', 'stresses', 'hails', 'lauds', 'reaffirm', 'reaffirms',
]);

/** Words that make a capitalised run an institution, event or place rather than a person. */
export const INSTITUTION_WORDS = new Set([
  'radio', 'television', 'tv', 'university', 'college', 'school', 'institute', 'academy', 'party', 'forces', 'army', 'navy',
  'police', 'day', 'affairs', 'embassy', 'consulate', 'times', 'post', 'daily', 'herald', 'tribune', 'gazette', 'journal',
  'community', 'auditorium', 'airport', 'hotel', 'centre', 'center', 'hall', 'square', 'street', 'avenue', 'road', 'port',
  'group', 'company', 'corporation', 'airlines', 'airways', 'railways', 'foundation', 'organization', 'organisation',
  'association', 'union', 'alliance', 'network', 'programme', 'program', 'conference', 'dialogue', 'declaration',
  'agreement', 'treaty', 'initiative', 'plan', 'project', 'prize', 'award', 'festival', 'games', 'cup', 'championship',
  'stadium', 'museum', 'cathedral', 'mosque', 'church', 'temple', 'monument', 'memorial', 'park', 'island', 'islands',
  'region', 'province', 'district', 'county', 'city', 'river', 'sea', 'ocean', 'gulf', 'mountains', 'valley', 'border',
  'plastic', 'plastics', 'energy', 'oil', 'gas', 'power', 'trade', 'security', 'defence', 'defense', 'relations',
  'ministry', 'department', 'division', 'directorate', 'administration', 'authority', 'agency', 'bureau', 'service',
  'services', 'media', 'press', 'news', 'briefing', 'statement', 'summit', 'forum', 'session', 'meeting', 'talks',
  'sincere', 'constructive', 'historic', 'global', 'international', 'national', 'federal', 'republic', 'kingdom',
  'nation', 'ministries', 'residence', 'cooperation', 'sovereign', 'transitional', 'council', 'parliament', 'government',
  'balkans', 'caucasus', 'sahel', 'maghreb', 'levant', 'baltics', 'scandinavia', 'caribbean', 'pacific', 'atlantic', 'arctic',
]);

export function chunkTokens(tokens: Token[], gaz: Gazetteer): Chunk[] {
  const out: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    const m = gaz.matchAt(tokens, i);
    if (m) {
      const first = tokens[m.start] as Token;
      const anyCap = tokens.slice(m.start, m.end).some((x) => x.cap);
      const entries = m.entries.filter((e) => {
        switch (e.kind) {
          case 'role': return true;
          case 'metonym': return anyCap;
          // An acronym ("AMNA", "WAM") matches only as written, never a name like "Amna".
          case 'org':
          case 'agency': return (first.cap || (first.key === 'the' && anyCap)) && (m.end - m.start > 1 || !isAcronymOnly(e.org, first.text));
          default: return first.cap || (first.key === 'the' && anyCap);
        }
      });
      if (entries.length > 0) {
        const kind = pickKind(entries);
        out.push(make(tokens, m.start, m.end, kind, entries));
        i = m.end;
        continue;
      }
    }
    // Two-word honorifics: "Tan Sri", "Puan Sri", "Dato' Sri".
    if (t.cap && (t.key === 'tan' || t.key === 'puan') && tokens[i + 1]?.key === 'sri' && t.after === '') {
      out.push(make(tokens, i, i + 2, 'title', []));
      i += 2;
      continue;
    }
    if (t.cap && TITLES.has(t.key.replace(/\.$/, ''))) {
      out.push(make(tokens, i, i + 1, 'title', []));
      i++;
      continue;
    }
    // "New York", "New Delhi": "New" starts a name when a capitalised name word follows.
    const newPlace = t.cap && t.key === 'new' && t.after === '' && i + 1 < tokens.length && isNameWord(tokens[i + 1] as Token);
    if (isNameWord(t) || newPlace) {
      let j = i + 1;
      while (j < tokens.length) {
        const u = tokens[j - 1] as Token;
        if (u.poss || (u.after !== '' && u.after !== '.')) break;
        if (u.after === '.' && !/^\p{Lu}\.?$/u.test(u.text)) break;
        const v = tokens[j] as Token;
        if (isNameWord(v) && !gaz.matchAt(tokens, j)) {
          j++;
          continue;
        }
        // "Joseph R Biden": a middle initial without its period.
        if (/^\p{Lu}$/u.test(v.text) && v.after === '' && j + 1 < tokens.length && isNameWord(tokens[j + 1] as Token)) {
          j++;
          continue;
        }
        if (PARTICLES.has(v.key) && !v.cap && j + 1 < tokens.length && isNameWord(tokens[j + 1] as Token) && !v.poss && v.after === '') {
          j += 2;
          continue;
        }
        break;
      }
      out.push(make(tokens, i, j, 'name', []));
      i = j;
      continue;
    }
    out.push(make(tokens, i, i + 1, 'word', []));
    i++;
  }
  return extendRoles(mergeNameIntoPerson(out), tokens, gaz);
}

/** "Tayyip" + "Erdogan": a name run that is part of the KB person right after it. */
function mergeNameIntoPerson(chunks: Chunk[]): Chunk[] {
  const out: Chunk[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i] as Chunk;
    const n = chunks[i + 1];
    // "Mohammed bin Salman bin Abdulaziz Al Saud": the rest of a known person's lineage.
    const prevOut = out[out.length - 1];
    if (c.kind === 'word' && (c.key === 'bin' || c.key === 'ibn') && prevOut?.kind === 'person' && prevOut.after === '' && !prevOut.poss
      && c.after === '' && n?.kind === 'name') {
      out[out.length - 1] = { ...prevOut, end: n.end, text: `${prevOut.text} ${c.text} ${n.text}`, key: `${prevOut.key} ${c.key} ${n.key}`, poss: n.poss, after: n.after };
      i++;
      continue;
    }
    if (c.kind === 'name' && n?.kind === 'person' && c.after === '' && !c.poss) {
      const p = n.entries.find((e) => e.kind === 'person');
      if (p && p.kind === 'person') {
        const words = new Set(fold([p.person.name, ...p.person.aliases].join(' ')).split(/[\s-]+/));
        // A given name the knowledge file leaves out ("Muhammad Shehbaz Sharif") after a role.
        const extraGiven = c.end - c.start === 1 && (chunks[i - 1]?.kind === 'role' || chunks[i - 1]?.kind === 'title');
        // "Retno LP Marsudi": initials in capitals between the given name and the surname.
        const initials = c.text.split(' ').filter((w) => /^\p{Lu}{1,3}\.?$/u.test(w)).length;
        const known = c.key.split(' ').filter((w) => words.has(w)).length;
        if (extraGiven || known === c.key.split(' ').length || (known > 0 && known + initials === c.key.split(' ').length)) {
          out.push({ ...n, start: c.start, text: `${c.text} ${n.text}`, key: `${c.key} ${n.key}` });
          i++;
          continue;
        }
      }
    }
    out.push(c);
  }
  return out;
}

/** The organisation is known by this word only as an acronym in capitals, and the word is not written so. */
function isAcronymOnly(org: { code: string; name: string; names: string[] }, text: string): boolean {
  if (/^[\p{Lu}\d&.-]+$/u.test(text)) return false;
  return ![org.code, org.name, ...org.names].some((n) => n === text);
}

function isNameWord(t: Token): boolean {
  return t.cap && !NOT_NAME.has(t.key) && !/^\d/.test(t.text) && t.text.length > 1;
}

const KIND_ORDER: ChunkKind[] = ['person', 'metonym', 'org', 'agency', 'country', 'demonym', 'role'];

function pickKind(entries: GazEntry[]): ChunkKind {
  for (const k of KIND_ORDER) if (entries.some((e) => e.kind === k)) return k;
  return 'word';
}

function make(tokens: Token[], start: number, end: number, kind: ChunkKind, entries: GazEntry[]): Chunk {
  const first = tokens[start] as Token;
  const last = tokens[end - 1] as Token;
  const words = tokens.slice(start, end);
  return {
    kind,
    start,
    end,
    text: words.map((w) => w.text).join(' '),
    key: words.map((w) => w.key).join(' '),
    entries,
    cap: first.cap,
    poss: last.poss,
    after: last.after,
  };
}
