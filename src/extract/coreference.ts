/**
 * Groups mentions into people: full names, surname-only mentions ("Aliyev said") and
 * descriptions ("the Russian president") resolve to someone the article names. Two
 * people who share a surname (Heydar and Ilham Aliyev) stay two people.
 */
import type { PersonEntry } from '../knowledge/knowledge-types.js';
import { entityFacts, latestAtOrBefore, positionOf } from './entity-facts.js';
import { fold } from '../domain/fold.js';
import type { Gazetteer } from './gazetteer.js';
import type { Mention } from './mentions.js';

export interface Entity {
  id: number;
  name: string;
  person: PersonEntry | null;
  /** Folded surname used for later surname-only mentions. */
  surname: string;
  first: string;
  mentions: Mention[];
}

export interface Resolution {
  entities: Entity[];
  of: Map<Mention, Entity>;
}

/** KB surnames that are also common English words: only resolved with a full mention or a role. */
const COMMON_WORDS = new Set(['may', 'rice', 'brown', 'king', 'major', 'young', 'black', 'white', 'long', 'best', 'hope', 'rush', 'love', 'rich', 'new', 'lee', 'kim', 'li', 'wang', 'park', 'moon', 'sharif', 'khan', 'singh', 'ali']);

export function resolveEntities(mentions: Mention[], gaz: Gazetteer, year: number): Resolution {
  const entities: Entity[] = [];
  const of = new Map<Mention, Entity>();
  const byName = new Map<string, Entity>();

  const entityFor = (name: string, person: PersonEntry | null): Entity => {
    const key = fold(person?.name ?? name);
    let e = byName.get(key);
    if (!e) {
      const words = fold(person?.name ?? name).split(' ');
      e = {
        id: entities.length,
        name: person?.name ?? name,
        person,
        surname: fold(person?.surname ?? words[words.length - 1] ?? name),
        first: words[0] ?? '',
        mentions: [],
      };
      entities.push(e);
      byName.set(key, e);
    }
    return e;
  };
  const assign = (m: Mention, e: Entity): void => {
    e.mentions.push(m);
    of.set(m, e);
  };

  // Pass 1: full names (KB people; unknown names introduced by a role).
  const pending: Mention[] = [];
  for (const m of mentions) {
    if (m.kind === 'full' && m.person && !isSingleWord(m.surface)) {
      assign(m, entityFor(m.person.name, m.person));
    } else if (m.kind === 'name' && !isSingleWord(m.surface)) {
      const kbp = kbByParts(m.surface, gaz);
      if (kbp) assign(m, entityFor(kbp.name, kbp));
      else pending.push(m);
    } else {
      pending.push(m);
    }
  }
  // Unknown multi-word names: an already named person with the same first and last word, else new.
  for (const m of pending) {
    if (m.kind !== 'name' || isSingleWord(m.surface)) continue;
    const words = fold(m.surface).split(' ');
    const last = words[words.length - 1] ?? '';
    // "DASD Erikson", "FM Lavrov": an acronym title before the surname of someone already named.
    const titled = m.surface.split(' ').slice(0, -1).every((w) => /^\p{Lu}{2,}\.?$/u.test(w));
    const same = entities.find((e) => e.surname === last && (e.first === words[0] || titled));
    if (same) assign(m, same);
    else if (m.anchored) assign(m, entityFor(m.surface, null));
  }
  // Pass 2: single words (surnames, one-word aliases) and descriptions.
  for (const m of pending) {
    if (of.has(m)) continue;
    if (m.kind === 'descriptor' || m.kind === 'pronoun') continue;
    if (m.kind === 'name' && !isSingleWord(m.surface)) continue;
    const key = fold(m.surface);
    // "Li" after "Li Zhanshu", "Orban" after "Viktor Orban": a word of a person already named,
    // surname first or last (Chinese, Korean and Hungarian names put it first).
    const named = entities.filter((e) => e.surname === key || (e.person?.aliases.some((a) => fold(a) === key) ?? false)
      || (!e.person && e.first === key && entityFacts(e).anchored)
      // "Sheikh Abdullah" after "Sheikh Abdullah bin Zayed": a title and the given name.
      || (m.anchored && !m.role && !m.country && e.first === key && e.surname !== key && !isSingleWord(e.name)));
    if (named.length > 0) {
      assign(m, nearest(named, m));
      continue;
    }
    if (m.person) {
      assign(m, entityFor(m.person.name, m.person));
      continue;
    }
    const kbList = (gaz.surnames.get(key) ?? []).filter((p) => activeIn(p, year));
    if (kbList.length === 1 && (m.anchored || !COMMON_WORDS.has(key))) {
      assign(m, entityFor((kbList[0] as PersonEntry).name, kbList[0] as PersonEntry));
      continue;
    }
    if (m.anchored && m.role) assign(m, entityFor(m.surface, null));
  }
  for (const m of pending) {
    if (m.kind !== 'descriptor' || of.has(m)) continue;
    const e = resolveDescriptor(m, entities, gaz, year);
    if (e) assign(m, e);
  }
  resolvePronouns(mentions, of);
  for (const e of entities) if (e.person) e.name = writtenName(e, e.person);
  return { entities: entities.filter((e) => e.mentions.length > 0), of };
}

/**
 * "he", "she", "his visit": the subject nearest before - the first person named earlier in
 * the same sentence, else the first person named in the closest earlier body sentence that
 * names one (news copy keeps its protagonist as the subject).
 */
function resolvePronouns(mentions: Mention[], of: Map<Mention, Entity>): void {
  const subjects = new Map<number, Mention[]>();
  for (const m of mentions) {
    if (m.kind === 'pronoun' || m.sentence < 0 || m.nonParticipant || m.oblique || !of.has(m)) continue;
    let list = subjects.get(m.sentence);
    if (!list) subjects.set(m.sentence, (list = []));
    list.push(m);
  }
  const sentences = [...subjects.keys()].sort((a, b) => a - b);
  for (const m of mentions) {
    if (m.kind !== 'pronoun' || m.sentence < 0) continue;
    const here = subjects.get(m.sentence) ?? [];
    let antecedent = (m.relativeTo !== undefined ? here.find((x) => x.offset === m.relativeTo) : undefined)
      ?? here.filter((x) => x.offset < m.offset).sort((a, b) => a.offset - b.offset)[0];
    // "During his meeting with X, Pashinyan said": an opening phrase's pronoun points forward to
    // the main clause's subject, the first person after the phrase's comma.
    if (!antecedent && m.cataphoric !== undefined) {
      antecedent = here.filter((x) => x.offset > m.cataphoric!).sort((a, b) => a.offset - b.offset)[0];
    }
    if (!antecedent) {
      const prev = sentences.filter((k) => k < m.sentence).pop();
      // The earlier sentence's subject: its first person outside an opening phrase.
      if (prev !== undefined) {
        const ordered = (subjects.get(prev) as Mention[]).slice().sort((a, b) => a.offset - b.offset);
        antecedent = ordered.find((x) => !x.opening) ?? ordered[0];
      }
    }
    const e = antecedent ? of.get(antecedent) : undefined;
    if (e) of.set(m, e);
  }
}

/**
 * A known person's name as the article writes it in full ("Volodymyr Zelenskyy", "Sergei
 * Lavrov"), else the knowledge file's; the store maps either to the canonical node.
 */
function writtenName(e: Entity, person: PersonEntry): string {
  const full = e.mentions.find((m) => (m.kind === 'full' || m.kind === 'name') && !isSingleWord(m.surface) && !/\p{Ll}\.|^\p{Lu}\p{Ll}?\./u.test(m.surface));
  if (!full) return person.name;
  // "Sheikh Tamim bin Hamad", "Dr. X": the form of address is not part of the name.
  const surface = full.surface.replace(HONORIFIC, '');
  if (fold(surface) === fold(person.name) || !surface.includes(' ')) return person.name;
  const known = [person.name, ...person.aliases].some((a) => fold(a) === fold(surface));
  return known ? surface : person.name;
}

const HONORIFIC = /^(?:(?:Sheikh|Sheikha|Shaikh|HH|H\.H\.?|H\.E\.?|Dr|Mr|Mrs|Ms|Prof|Sir|Dame|Ayatollah|Datuk|Dato|Tun|Tan Sri)\.?\s+)+/u;

function isSingleWord(s: string): boolean {
  return !s.includes(' ');
}

function kbByParts(surface: string, gaz: Gazetteer): PersonEntry | null {
  const direct = gaz.kb.personByName(surface);
  if (direct) return direct;
  const words = fold(surface).split(' ');
  const last = words[words.length - 1] ?? '';
  const cands = gaz.surnames.get(last) ?? [];
  const match = cands.filter((p) => fold(p.name).split(' ')[0] === words[0]);
  return match.length === 1 ? (match[0] as PersonEntry) : null;
}

function nearest(list: Entity[], m: Mention): Entity {
  // Most recently mentioned before m; else the first one mentioned after.
  const here = positionOf(m);
  let best: Entity | null = null;
  let bestPos = -Infinity;
  for (const e of list) {
    const pos = latestAtOrBefore(e, here);
    if (pos > bestPos) {
      best = e;
      bestPos = pos;
    }
  }
  return best ?? (list[0] as Entity);
}

export function activeIn(p: PersonEntry, year: number): boolean {
  return p.roles.some((r) => (r.from ?? -Infinity) <= year && (r.to ?? Infinity) >= year);
}

/** The country a person stands for in the text or, failing that, in the KB at `year`. */
export function entityCountry(e: Entity, year: number): string | null {
  const facts = entityFacts(e);
  if (facts.country) return facts.country;
  if (facts.organization) return null;
  return kbRole(e.person, year, null)?.country ?? null;
}

export function kbRole(p: PersonEntry | null, year: number, role: string | null) {
  if (!p || p.roles.length === 0) return null;
  const active = p.roles.filter((r) => (r.from ?? -Infinity) <= year && (r.to ?? Infinity) >= year);
  const pool = active.length > 0 ? active : p.roles;
  if (role) {
    const same = pool.find((r) => r.role === role);
    if (same) return same;
  }
  return pool[0] ?? null;
}

function resolveDescriptor(m: Mention, entities: Entity[], gaz: Gazetteer, year: number): Entity | null {
  if (!m.organization && m.country === null) {
    // "the secretary-general", "the chancellor": the one person of that office named in the article.
    if (!m.role) return null;
    const byRole = entities.filter((e) => entityFacts(e).participantRoles.has(m.role as string) || kbRole(e.person, year, null)?.role === m.role);
    if (byRole.length <= 1) return byRole[0] ?? null;
    // Several holders: a bare "the prime minister" is the article's protagonist, the one named first,
    // when that is before the description.
    const first = byRole.map((e) => ({ e, at: entityFacts(e).firstAt })).sort((a, b) => a.at - b.at)[0];
    return first && first.at < positionOf(m) && m.sentence > -1 ? first.e : null;
  }
  const cands = entities.filter((e) => {
    if (m.organization) return entityFacts(e).organizations.has(m.organization) || kbRole(e.person, year, null)?.organization === m.organization;
    return m.country !== null && entityCountry(e, year) === m.country;
  });
  if (cands.length === 0) return null;
  if (cands.length === 1) return cands[0] as Entity;
  const roleMatch = cands.filter((e) => (m.role ? entityFacts(e).roles.has(m.role) : entityFacts(e).roleless) || kbRole(e.person, year, m.role)?.role === m.role);
  void gaz;
  return nearest(roleMatch.length > 0 ? roleMatch : cands, m);
}
