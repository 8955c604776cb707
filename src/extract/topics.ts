/**
 * Topics of a meeting from its sentences and the sentences that report what was
 * discussed: fixed taxonomy, keyword lexicons, "discussed" unless hedged.
 */
import type { MeetingTopic, TopicName } from '../domain/model.js';
import { HEDGE, TOPIC_CUE } from './lexicon/cues.js';
import { TOPIC_MATCHERS } from './lexicon/topics.js';

export interface TopicSentence {
  text: string;
  /** Part of the meeting's own account (trigger sentence) rather than context. */
  own: boolean;
}

/** Analysis about a meeting rather than its content. */
const COMMENTARY = /\b(?:analysts?|observers?|commentators?|reminder|barometer|seen as|signal(?:s|led)? that|stands as|part of a broader)\b/i;

export function isTopicSentence(text: string): boolean {
  return TOPIC_CUE.test(text);
}

export function topicsOf(sentences: TopicSentence[], planned: boolean): MeetingTopic[] {
  const found = new Map<TopicName, MeetingTopic>();
  for (const s of sentences) {
    if (s.own ? COMMENTARY.test(s.text) && !TOPIC_CUE.test(s.text) : !TOPIC_CUE.test(s.text)) continue;
    const hedged = planned || HEDGE.test(s.text);
    for (const t of TOPIC_MATCHERS) {
      const text = t.mask ? s.text.replace(t.mask, (m) => '#'.repeat(m.length)) : s.text;
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
