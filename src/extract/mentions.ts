/**
 * Person mentions in one sentence, with the role, state and organisation the text gives
 * them. Grammar patterns over chunks:
 *   <Demonym|Country's|Org> <Role> <Name>        "Russian President Vladimir Putin"
 *   <Role> of [the] <Country|Org> [<Title>] <Name> "Emir of Qatar Sheikh Tamim ..."
 *   <Country's> <Name>                           "Azerbaijan's Ilham Aliyev"
 *   his <Demonym> counterpart[,] <Name>
 *   <Name>, [the] <Demonym> <Role> | <Name>, <Role> of <Country> | <Name> of <Country>
 *   the <Demonym> <Role> (no name): a description resolved by coreference.
 */
import type { PersonEntry } from '../knowledge/knowledge-types.js';
import { INSTITUTION_WORDS, type Chunk } from './chunks.js';
import { NON_PARTICIPANT_ROLES } from './lexicon/roles.js';
import type { Token } from './tokens.js';

export interface Mention {
  sentence: number;
  /** Character offset of the mention in its sentence. */
  offset: number;
  surface: string;
  /** 'pronoun': he/she, or his/her before a meeting noun; resolved to the nearest subject. */
  kind: 'full' | 'name' | 'descriptor' | 'pronoun';
  person: PersonEntry | null;
  role: string | null;
  country: string | null;
  organization: string | null;
  nonParticipant: boolean;
  /** Written as a possessive ("Putin's"). */
  poss: boolean;
  /** Folded word after the mention. */
  next: string;
  /** True when introduced by a role or title, so an unknown name is a person. */
  anchored: boolean;
  /** Role word was "counterpart": copy the role of the other party. */
  counterpart: boolean;
  /** Named as the object of "of" or as "the late/former ...": talked about, not meeting. */
  oblique: boolean;
  /** A pronoun in an opening phrase ("During his visit to X, ..."): offset of the comma that ends the phrase. */
  cataphoric?: number;
  /** Named inside an opening phrase ("During his meeting with X, Y said"): not the sentence's subject. */
  opening?: boolean;
  /** A pronoun inside "X, who ... his counterpart": offset of X, its antecedent. */
  relativeTo?: number;
}

interface Context {
  role: string | null;
  country: string | null;
  organization: string | null;
  anchored: boolean;
  counterpart: boolean;
}

const EMPTY: Context = { role: null, country: null, organization: null, anchored: false, counterpart: false };
const FORMER = new Set(['former', 'ex', 'late', 'then', 'previous']);
const PRONOUNS = new Set(['he', 'she', 'his', 'her']);
/** Meeting nouns after "his"/"her" that make the possessor a party (kept in step with cues MEETING_NOUNS). */
const MEETING_NOUN_WORDS = new Set(['visit', 'meeting', 'talks', 'call', 'trip', 'conversation', 'counterpart', 'guest', 'host', 'invitation', 'arrival', 'tour', 'summit']);
const LOCATIVE = new Set(['in', 'to', 'at', 'from', 'into', 'across', 'near', 'inside', 'outside', 'through', 'throughout', 'toward', 'towards']);
const OBLIQUE = new Set(['of', 'late', 'former', 'about', 'against', 'ex', 'predecessor', 'successor']);

export function findMentions(sentence: number, chunks: Chunk[], tokens: Token[], isPlace: (c: Chunk) => boolean = () => false): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i] as Chunk;
    if (c.kind === 'person' || c.kind === 'name') {
      const left = leftContext(chunks, i);
      const right = left.role || left.country || left.organization ? EMPTY : rightContext(chunks, i);
      const ctx = merge(left, right);
      const person = c.kind === 'person' ? personOf(c) : null;
      if (c.kind === 'name' && c.key.split(' ').some((w) => INSTITUTION_WORDS.has(w))) continue;
      if (c.kind === 'name' && isPlace(c)) continue;
      out.push({
        sentence,
        offset: (tokens[c.start] as Token).start,
        surface: c.text,
        kind: c.kind === 'person' ? 'full' : 'name',
        person,
        role: ctx.role,
        country: ctx.country,
        organization: ctx.organization,
        nonParticipant: ctx.role !== null && NON_PARTICIPANT_ROLES.has(ctx.role),
        poss: c.poss,
        next: tokens[c.end]?.key ?? '',
        opening: openingPhraseEnd(chunks, tokens, i) !== undefined,
        anchored: ctx.anchored || c.kind === 'person',
        counterpart: ctx.counterpart,
        oblique: !ctx.role && OBLIQUE.has(chunks[i - 1]?.key ?? ''),
      });
    } else if (c.kind === 'word' && PRONOUNS.has(c.key)) {
      const possessive = c.key === 'his' || c.key === 'her';
      // "his first summit with Trump": the possessor of a meeting noun takes part.
      let next = tokens[c.end]?.key ?? '';
      for (let k = c.end; k < Math.min(tokens.length, c.end + 3); k++) {
        if (MEETING_NOUN_WORDS.has((tokens[k] as Token).key)) { next = (tokens[k] as Token).key; break; }
      }
      if (possessive && !MEETING_NOUN_WORDS.has(next)) continue;
      out.push({
        sentence,
        offset: (tokens[c.start] as Token).start,
        surface: c.text,
        kind: 'pronoun',
        person: null,
        role: null,
        country: null,
        organization: null,
        nonParticipant: false,
        poss: possessive,
        next,
        anchored: false,
        counterpart: false,
        oblique: OBLIQUE.has(chunks[i - 1]?.key ?? ''),
        cataphoric: openingPhraseEnd(chunks, tokens, i),
        relativeTo: relativeAntecedent(chunks, tokens, i),
      });
    } else if (c.kind === 'role') {
      const d = descriptor(chunks, i);
      if (d) out.push({
        sentence,
        offset: (tokens[c.start] as Token).start,
        surface: c.text,
        kind: 'descriptor',
        person: null,
        ...d,
        nonParticipant: d.role !== null && NON_PARTICIPANT_ROLES.has(d.role),
        poss: c.poss,
        next: tokens[c.end]?.key ?? '',
        oblique: false,
      });
    }
  }
  return out;
}

const OPENERS = new Set(['during', 'in', 'at', 'after', 'before', 'following', 'on', 'ahead', 'upon', 'speaking', 'after', 'since']);

/**
 * The comma ending the opening phrase chunk i lies in ("On Sunday, during his meeting with X,
 * Y said"), else undefined: the phrase starts the sentence or follows a comma, and opens with a
 * preposition.
 */
function openingPhraseEnd(chunks: Chunk[], tokens: Token[], i: number): number | undefined {
  let start = 0;
  for (let k = i - 1; k >= 0; k--) {
    if ((chunks[k] as Chunk).after === ',') {
      start = k + 1;
      break;
    }
  }
  if (!OPENERS.has(chunks[start]?.key ?? '')) return undefined;
  // Only a phrase before the main clause: every earlier phrase opens with a preposition too.
  for (let k = 0; k < start; k++) if ((chunks[k] as Chunk).after === ',' && !OPENERS.has(chunks[k + 1]?.key ?? '') && k + 1 !== start) return undefined;
  if (!OPENERS.has(chunks[0]?.key ?? '')) return undefined;
  for (let k = i; k < chunks.length && k < i + 12; k++) {
    const c = chunks[k] as Chunk;
    if (c.after === ',') return (tokens[c.end - 1] as Token).end;
  }
  return undefined;
}

/** "ministers", "leaders", "ministers of foreign affairs": the head noun is plural ("Minister of Foreign Affairs" is not). */
function isPluralRole(key: string): boolean {
  const words = key.split(' ');
  const of = words.findIndex((w) => w === 'of' || w === 'for' || w === 'to' || w === 'in');
  const head = of > 0 ? (words[of - 1] as string) : (words[words.length - 1] as string);
  return /s$/.test(head) && !/ss$/.test(head);
}

/** The person named right before ", who" when pronoun i lies in that relative clause. */
function relativeAntecedent(chunks: Chunk[], tokens: Token[], i: number): number | undefined {
  for (let k = i - 1; k >= 1 && k > i - 15; k--) {
    const c = chunks[k] as Chunk;
    if (c.after === '.' || c.after === ';') return undefined;
    if (c.kind === 'word' && (c.key === 'who' || c.key === 'whose')) {
      const prev = chunks[k - 1] as Chunk;
      return (prev.kind === 'person' || prev.kind === 'name') && prev.after === ',' ? (tokens[prev.start] as Token).start : undefined;
    }
  }
  return undefined;
}

function personOf(c: Chunk): PersonEntry | null {
  for (const e of c.entries) if (e.kind === 'person') return e.person;
  return null;
}

function roleOf(c: Chunk | undefined): string | null {
  if (!c || c.kind !== 'role') return null;
  for (const e of c.entries) if (e.kind === 'role') return e.role;
  return null;
}

function countryOf(c: Chunk | undefined): string | null {
  if (!c) return null;
  for (const e of c.entries) {
    if (e.kind === 'country' || e.kind === 'demonym') return e.country.code;
    if (e.kind === 'metonym' && e.metonym.government) return e.metonym.country;
  }
  return null;
}

function orgOf(c: Chunk | undefined): string | null {
  if (!c) return null;
  for (const e of c.entries) if (e.kind === 'org') return e.org.code;
  return null;
}

function isWord(c: Chunk | undefined, ...keys: string[]): boolean {
  return !!c && c.kind === 'word' && keys.includes(c.key);
}

/** Qualifier of a role: "the Russian", "Russia's", "UN", "the Kremlin". */
function qualifier(chunks: Chunk[], j: number): { country: string | null; organization: string | null } {
  const q = chunks[j];
  if (!q || q.after === ',') return { country: null, organization: null };
  if (q.kind === 'demonym' || ((q.kind === 'country' || q.kind === 'metonym') && (q.poss || q.kind === 'metonym'))) {
    return { country: countryOf(q), organization: null };
  }
  if (q.kind === 'country') return { country: countryOf(q), organization: null }; // "Russia President" in headlines
  if (q.kind === 'org') return { country: null, organization: orgOf(q) };
  return { country: null, organization: null };
}

function leftContext(chunks: Chunk[], i: number): Context {
  let j = i - 1;
  let anchored = false;
  while (j >= 0 && (chunks[j] as Chunk).kind === 'title' && (chunks[j] as Chunk).after === '') {
    j--;
    anchored = true;
  }
  let prev = chunks[j];
  if (!prev) return { ...EMPTY, anchored };
  // "Chairperson of the African Union Commission, X": the organisation's own body after its name.
  if (prev.kind === 'word' && /^(?:commission|secretariat|council|parliament)$/.test(prev.key) && chunks[j - 1]?.kind === 'org' && chunks[j - 1]?.after === '') {
    j -= 1;
    prev = chunks[j] as Chunk;
    prev = { ...prev, after: (chunks[j + 1] as Chunk).after };
  }
  // "Ambassador of Colombia to Mongolia Juan X": the posting stands between the role and the name.
  if ((prev.kind === 'country' || prev.kind === 'metonym') && prev.after === '' && !prev.poss && /^(?:to|in)$/.test(chunks[j - 1]?.key ?? '')
    && (chunks[j - 2]?.kind === 'country' || chunks[j - 2]?.kind === 'org')) {
    j -= 2;
    prev = chunks[j] as Chunk;
  }
  const role = roleOf(prev);
  const commaName = prev.after === ',' && chunks[i]?.kind !== 'word' && (chunks[i] as Chunk).end - (chunks[i] as Chunk).start >= 2
    && !isWord(chunks[j - 1], 'the') && !isPluralRole(prev.key);
  if (role && (prev.after === '' || (role === 'counterpart' && prev.after === ',') || prev.after === '.' || commaName)) {
    if (FORMER.has(chunks[j - 1]?.key ?? '')) return { ...EMPTY, anchored: true };
    let k = j - 1;
    while (k >= 0 && isWord(chunks[k], 'acting', 'interim', 'incoming', 'outgoing', 'visiting', 'new')) k--;
    const q = qualifier(chunks, k);
    if (!q.country && !q.organization && isWord(chunks[k], 'and')) Object.assign(q, conjoinedTitle(chunks, k - 1));
    return { role, ...q, anchored: true, counterpart: role === 'counterpart' };
  }
  // "<Role> of [the] <Country|Org> [,] <Name>"
  if ((prev.kind === 'country' || prev.kind === 'org') && !prev.poss && (prev.after === '' || (prev.after === ',' && (chunks[i] as Chunk).end - (chunks[i] as Chunk).start >= 2))) {
    let k = j - 1;
    if (isWord(chunks[k], 'the')) k--;
    if (isWord(chunks[k], 'of')) {
      const r = roleOf(chunks[k - 1]);
      if (r) return { role: r, country: countryOf(prev), organization: orgOf(prev), anchored: true, counterpart: false };
    }
  }
  if ((prev.kind === 'country' || prev.kind === 'org') && prev.poss) {
    // "to Russia's Far East", "in China's Xinjiang": a place, not a person.
    if (chunks[i]?.kind === 'name' && LOCATIVE.has(chunks[j - 1]?.key ?? '')) return EMPTY;
    return { role: null, country: countryOf(prev), organization: orgOf(prev), anchored: true, counterpart: false };
  }
  // "Azerbaijani Ilham Aliyev": a country for a known person, but no anchor for an unknown
  // name ("the Russian Far East", "Turkish Airlines").
  if (prev.kind === 'demonym' && prev.after === '' && chunks[i]?.kind === 'person') {
    return { role: null, country: countryOf(prev), organization: null, anchored: true, counterpart: false };
  }
  return titleChain(chunks, j) ?? { ...EMPTY, anchored };
}

/**
 * "Deputy Prime Minister of Qatar and Minister of State for Defence Affairs X", "Russian Deputy Prime
 * Minister and Trade Minister X": the state of the first of two titles joined by "and".
 */
function conjoinedTitle(chunks: Chunk[], j: number): { country: string | null; organization: string | null } {
  const c = chunks[j];
  if (!c) return { country: null, organization: null };
  if ((c.kind === 'country' || c.kind === 'org') && !c.poss && c.after === '') {
    let k = j - 1;
    if (isWord(chunks[k], 'the')) k--;
    if (isWord(chunks[k], 'of') && roleOf(chunks[k - 1])) return { country: countryOf(c), organization: orgOf(c) };
    return { country: null, organization: null };
  }
  if (c.kind === 'role' && c.after === '') return qualifier(chunks, j - 1);
  return { country: null, organization: null };
}

/**
 * "US Defense Deputy Asst. Sec. Daniel X", "Chinese State Councilor Wang Yi", "Kremlin Deputy
 * Chief of Staff Dmitry K": a state, then capitalised title words up to the name. The state
 * qualifies the person when the run holds a title word or a role.
 */
function titleChain(chunks: Chunk[], j: number): Context | null {
  let k = j;
  let role: string | null = null;
  let titled = false;
  for (let n = 0; k >= 0 && n < 6; n++, k--) {
    const c = chunks[k] as Chunk;
    if (c.after !== '' && c.after !== '.' && k !== j) return null;
    if (c.kind === 'demonym' || c.kind === 'country' || (c.kind === 'metonym' && countryOf(c))) {
      if (!titled || (c.kind === 'country' && LOCATIVE.has(chunks[k - 1]?.key ?? ''))) return null;
      return { role, country: countryOf(c), organization: null, anchored: true, counterpart: false };
    }
    if (c.kind === 'org') return titled ? { role, country: null, organization: orgOf(c), anchored: true, counterpart: false } : null;
    if (c.kind === 'role') {
      role ??= roleOf(c);
      titled = true;
      continue;
    }
    if ((c.kind === 'name' || c.kind === 'word' || c.kind === 'title') && c.cap) {
      if (TITLE_WORDS.test(c.text)) titled = true;
      continue;
    }
    return null;
  }
  return null;
}

/** Words of a title that the role lexicon does not hold as a phrase of its own. */
const TITLE_WORDS = /\b(?:Deputy|Vice|Asst|Assistant|Sec|Secretary|Councill?or|Minister|Chief|Director|Envoy|Ambassador|Chairman|Chairperson|Commissioner|Adviser|Advisor|Undersecretary|Representative|Spokes\w+)\b/;

function rightContext(chunks: Chunk[], i: number): Context {
  const c = chunks[i] as Chunk;
  let j = i + 1;
  // "<Name> of [the] <Country>"
  if (c.after === '' && isWord(chunks[j], 'of')) {
    let k = j + 1;
    if (isWord(chunks[k], 'the')) k++;
    const t = chunks[k];
    if (t && (t.kind === 'country' || t.kind === 'org')) {
      return { role: null, country: countryOf(t), organization: orgOf(t), anchored: true, counterpart: false };
    }
    return EMPTY;
  }
  if (c.after !== ',') return EMPTY;
  if (isWord(chunks[j], 'the')) j++;
  let country: string | null = null;
  let organization: string | null = null;
  const q = chunks[j];
  if (q && (q.kind === 'demonym' || q.kind === 'org' || ((q.kind === 'country' || q.kind === 'metonym') && q.poss))) {
    country = countryOf(q);
    organization = orgOf(q);
    j++;
  }
  const role = roleOf(chunks[j]);
  if (!role) return EMPTY;
  const r = chunks[j] as Chunk;
  // "In Moscow, the leaders discussed": a plural or bare vague role is not an apposition.
  if (isPluralRole(r.key)) return EMPTY;
  if (!country && !organization && (role === 'leader' || role === 'counterpart')) return EMPTY;
  if (!country && !organization && r.after === '' && isWord(chunks[j + 1], 'of')) {
    let k = j + 2;
    if (isWord(chunks[k], 'the')) k++;
    country = countryOf(chunks[k]);
    organization = orgOf(chunks[k]);
  }
  return { role, country, organization, anchored: true, counterpart: role === 'counterpart' };
}

function merge(a: Context, b: Context): Context {
  return {
    role: a.role ?? b.role,
    country: a.country ?? b.country,
    organization: a.organization ?? b.organization,
    anchored: a.anchored || b.anchored,
    counterpart: a.counterpart || b.counterpart,
  };
}

/** "the Russian president", "his Azerbaijani counterpart", "Russia's leader": no name follows. */
function descriptor(chunks: Chunk[], i: number): Omit<Mention, 'sentence' | 'offset' | 'surface' | 'kind' | 'person' | 'nonParticipant' | 'poss' | 'next' | 'oblique'> | null {
  const c = chunks[i] as Chunk;
  const role = roleOf(c);
  if (!role) return null;
  const nxt = chunks[i + 1];
  if (nxt && (nxt.kind === 'person' || nxt.kind === 'name' || nxt.kind === 'title') && c.after === '') return null;
  if (nxt && isWord(nxt, 'of') && c.after === '') {
    // "the president of Azerbaijan" (with no name after)
    let k = i + 2;
    if (isWord(chunks[k], 'the')) k++;
    const t = chunks[k];
    if (t && (t.kind === 'country' || t.kind === 'org') && !(chunks[k + 1]?.kind === 'person' || chunks[k + 1]?.kind === 'name')) {
      if (!isWord(chunks[i - 1], 'the')) return null;
      return { role, country: countryOf(t), organization: orgOf(t), anchored: false, counterpart: role === 'counterpart' };
    }
    return null;
  }
  const q = qualifier(chunks, i - 1);
  if (!q.country && !q.organization) {
    // "The secretary-general also raised ...": a bare "the <role>" that coreference may tie to
    // the one person of that office in the article.
    if (!isWord(chunks[i - 1], 'the') || role === 'counterpart' || /s$/.test(c.text)) return null;
    return { role, country: null, organization: null, anchored: false, counterpart: false };
  }
  if (role !== 'counterpart' && isPluralRole(c.key)) return null;
  return { role, ...q, anchored: false, counterpart: role === 'counterpart' };
}
