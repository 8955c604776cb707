/** Standalone meeting, or one on the sidelines of a named summit or forum. */
import type { Setting } from '../domain/model.js';

const SIDELINES = /\b(?:on|at) the (?:sidelines|margins|fringes?) of (?:the |a |an |this year's |this week's )?(.+?)(?=,|;|\.(?:\s|$)|\s(?:in|on|at|where|which|that|when|with|to|held|hosted|being|and (?:the|his|her)|as|after|before|this|last|earlier|later)\b|$)|\b(?:within the frame(?:work)?|in the framework|on the occasion) of (?:the |a )?(.+?)(?=,|;|\.(?:\s|$)|\s(?:in|on|at|where|which|that|when|with|held|hosted|being|this|last)\b|$)/i;
const DURING = /\b(?:during|at|ahead of|before|after) (?:the |a |this year's |this week's )?((?:[A-Z0-9][\w.+&'-]*\s){1,6}(?:summit|forum|assembly|conference|games|expo|meeting|session|congress|dialogue))\b/;
const EVENT_WORD = /\b(?:summit|forum|assembly|conference|games|expo|session|congress|meeting|ministerial|week|talks|festival|olympics|council|dialogue|g\d+|brics|sco|cis|asean|cop\d+|apec|nato)\b/i;

export function settingOf(sentences: string[]): Setting {
  for (const s of sentences) {
    const m = SIDELINES.exec(s);
    const event = (m?.[1] ?? m?.[2] ?? '').trim();
    if (event && EVENT_WORD.test(event)) return { kind: 'sidelines', event: cleanEvent(event) };
  }
  for (const s of sentences) {
    const m = DURING.exec(s);
    if (m?.[1] && !/^(?:The|A|An)\s/.test(m[1]) && !/\bmeeting\b/i.test(m[1].split(' ')[0] ?? '')) {
      const ev = cleanEvent(m[1]);
      // A bilateral "meeting" or "talks" is the meeting itself, not a setting.
      if (/\b(?:summit|forum|assembly|conference|games|expo|congress)\b/i.test(ev)) return { kind: 'sidelines', event: ev };
    }
  }
  return { kind: 'standalone' };
}

function cleanEvent(e: string): string {
  return e.replace(/\b(?:Shanghai Cooperation Organi[sz]ation)\b/, 'SCO').replace(/\bCommonwealth of Independent States\b/, 'CIS').replace(/\bGroup of (?:Twenty|20)\b/, 'G20').replace(/\bUnited Nations\b/, 'UN').replace(/^the\s+/i, '').replace(/\s+/g, ' ').replace(/[\s,.;:]+$/, '').replace(/'s$/, '');
}
