/**
 * Topics of a meeting from its sentences and the sentences that report what was
 * discussed: fixed taxonomy, keyword lexicons, "discussed" unless hedged.
 */
import type { MeetingTopic, TopicName } from '../domain/model.js';
import { HEDGE_HELD, PASSIVE_CONTENT, TOPIC_CUE } from './lexicon/cues.js';
import { TOPIC_MATCHERS } from './lexicon/topics.js';

export interface TopicSentence {
  text: string;
  /** Part of the meeting's own account (trigger sentence) rather than context. */
  own: boolean;
  /** Already judged to report the meeting's content by the caller (a party's own words). */
  content?: boolean;
}

/** Analysis about a meeting rather than its content. */
export const COMMENTARY = /\b(?:analysts?|observers?|commentators?|economists?|reminder|barometer|seen as|signal(?:s|led)? that|stands as|part of a broader|(?:data|figures|statistics) (?:show|showed|suggest)|according to (?:[\w-]+ ){0,4}(?:data|figures|statistics))\b|^\s*(?:analysis|background|context|fact ?box)\s*:/i;

/**
 * Background inside a sentence: the circumstances of the talks, not what was talked about
 * ("... amid an escalating tariff war", "his first visit since the start of the war",
 * "the visit coincided with the anniversary of the bombing", "a tour in which he seeks ...").
 * A clause runs to the next comma, semicolon or sentence end ("U.S." does not end it).
 */
const CLAUSE = String.raw`(?:[^,;:.]|\.(?=\S)|(?<=\b[A-Z])\.)*`;
const REST = String.raw`(?:[^.]|\.(?=\S)|(?<=\b[A-Z])\.)*`;
/** The parties as a subject: a clause they govern is content ("a declaration in which the sides agreed ..."). */
const PARTIES_SUBJECT = String.raw`(?:they|both|the (?:two )?(?:sides|leaders|parties|presidents|ministers|countries))\b`;
const BACKGROUND_CLAUSE = String.raw`\b(?:amid|since the (?:start|beginning|outbreak|end) of|coincid\w* with|in the wake of|in which (?!${PARTIES_SUBJECT})|following (?!(?:the |their )?(?:talks|meeting|negotiations|discussions|call|visit)\b))`;
/** The summit the meeting was held at: its name is no topic ("the COP29 climate summit"). */
const SETTING = String.raw`\b(?:on|at) the (?:sidelines|margins|fringes) of (?:the )?(?:[\w-]+ ){0,6}?(?:summit|conference|forum|meeting|session|assembly|gathering|games)\b`;
/** Background to the sentence end: "at a time when ...", one party's own aims ("is seeking ..."), a trailing ", as X grows ...". */
const BACKGROUND_REST = String.raw`\b(?:at a time when|(?:is|was) (?:seeking|pushing for))\b|, as (?!(?:well|is|are|was|were|do|does|did|part|the two|both|they|the leaders)\b)`;
const BACKGROUND = new RegExp(`${BACKGROUND_CLAUSE}${CLAUSE}|${SETTING}|(?:${BACKGROUND_REST})${REST}`, 'gi');

/** Talks with others than the parties ("also discussed energy with French companies"). */
const WITH_OTHERS = /\bwith (?:\w+ ){0,2}(?:companies|businesses|business leaders|executives|investors|industrialists|entrepreneurs|chief executives)\b/i;

export function isTopicSentence(text: string): boolean {
  return TOPIC_CUE.test(text) || PASSIVE_CONTENT.test(text);
}

/** The sentence with its background clauses blanked (same length). */
export function foreground(text: string): string {
  return text.replace(BACKGROUND, (m) => ' '.repeat(m.length));
}

export function topicsOf(sentences: TopicSentence[], planned: boolean): MeetingTopic[] {
  const found = new Map<TopicName, MeetingTopic>();
  for (const s of sentences) {
    if (s.own ? COMMENTARY.test(s.text) && !isTopicSentence(s.text) : !s.content && !isTopicSentence(s.text)) continue;
    // Analysis and statistics beside the talks ("Analysts say ...", "data show ...") are no content.
    if (!s.own && !s.content && COMMENTARY.test(s.text)) continue;
    if (WITH_OTHERS.test(s.text)) continue;
    const hedged = planned || HEDGE_HELD.test(s.text);
    const fg = foreground(s.text);
    for (const t of TOPIC_MATCHERS) {
      const text = t.mask ? fg.replace(t.mask, (m) => '#'.repeat(m.length)) : fg;
      if (!t.re.test(text)) continue;
      const prev = found.get(t.name);
      const status = hedged ? 'expected' : 'discussed';
      if (!prev || (prev.status === 'expected' && status === 'discussed')) {
        found.set(t.name, { name: t.name, status, evidence: s.text });
      }
    }
  }
  return TOPIC_MATCHERS.map((t) => found.get(t.name)).filter((x): x is MeetingTopic => !!x);
}
