/**
 * Page furniture that survives copy-paste and scraping (see shared/NEWS-PHENOMENA.md): whole
 * lines only, matched conservatively (anchored patterns, short lines), so that a sentence of
 * the article is never dropped.
 */
import { normalizeWhitespace } from './text-normalize.js';

/** Lines longer than this are prose, never furniture (long enough for a wire photo caption). */
const MAX_CLUTTER_LENGTH = 300;

const CLUTTER: readonly RegExp[] = [
  /^(advertisement|advertising|sponsored( content| stories| links)?|ad feedback|ads by \S+|promoted( stories)?)$/i,
  /^share (this|the) (article|story|page|post)\b.*$/i,
  /^share( on)? (facebook|twitter|x|linkedin|whatsapp|telegram|email)$/i,
  /^share\s*:.*$/i,
  /^(share|print|email|copy link|comments?|press release)$/i,
  /^(\d+([.,]\d+)?k?\s+comments?|comments?\s*\(\d+\)|comments are closed\.?)$/i,
  /^views?\s*:?\s*[\d\s.,]+k?$/i,
  /^join the conversation$/i,
  /^\d+\s*(min|mins|minute|minutes)(\s+read)?$/i,
  /^listen to (this |the )?article\b.*$/i,
  /^(updated\s+)?(\d+|an?)\s*(second|minute|hour|day|week)s?\s+ago$/i,
  /^(just now|updated just now)$/i,
  // Wire credits: "(Reporting by X; Editing by Y)" (no sentence punctuation). Initials ("J. Smith")
  // are the only full stops allowed.
  /^\(?((additional )?reporting|writing|editing|compiled|graphics) by (?:[^.!?]|(?<=\b[A-Z])\.)*\)?$/i,
  /^[—–-]+\s*with inputs from\b[^.]*$/i,
  /^posted by\b[^.!?]*$/i,
  /^special offer\b.*$/i,
  /^(sign up|subscribe)( now)? (for|to) (our|the|my)\b.*newsletters?\b.*$/i,
  /^(sign up|subscribe)( here| now| today)?[.!]?$/i,
  /^get\b.*\b(delivered to your inbox|in your inbox)\b.*$/i,
  /^(read more|also read|see also|related( articles?| stories| coverage)?|more news|más noticias|read next)(\s*[:»›>|-].*)?$/i,
  /^(follow us on|click here to|skip to (main )?content)\b.*$/i,
  /^(we use cookies|this (site|website) uses cookies|by (continuing|using)\b.*\bcookies|(accept|manage|reject) (all )?cookies|cookie (settings|policy|preferences|notice))\b.*$/i,
  /^(our standards|the thomson reuters trust principles)\b.*$/i,
  /^the views expressed (in this (article|piece|column) )?are\b.*\bauthor'?s?\b.*$/i,
  /^(©|ⓒ|\(c\) |copyright (©\s*)?\d{4}\b).*$/i,
  /^.{0,120}\ball rights reserved\.?$/i,
  /^tags?\s*:.*$/i,
  /^#[\p{L}\p{N}_]+(\s+#[\p{L}\p{N}_]+)*$/u,
  /^\[(text )?truncated\]$/i,
  /^AD$/,
  // Wire endings: "(END)" (Yonhap and others), "Editor: Liu Jian" (Xinhua).
  /^\(?END\)/,
  /^editors?\s*:\s*[^.!?]{1,60}$/i,
  /^[^.!?]{0,150}\bcontributed to this report\.?$/i,
  /^the post\b.*\bappeared first on\b.*$/i,
  /^follow\b[^.!?]*\bhttps?:\/\/\S+$/i,
  // Bylines: "By Jane Doe" / "By Jane Doe and John Roe, Reuters" (capitalised, no sentence end).
  /^By [A-Z][^.!?]{1,80}$/,
  // Photo captions and their credits ("... Sputnik/Gavriil Grigorov/Pool via REUTERS").
  /^(photo|image|picture|file photo)( credit| caption)?\s*:.*$/i,
  /\((photo|image|picture)( credit)?\s*:[^)]*\)$/i,
  /(\bvia REUTERS|\bREUTERS\/[A-Z][\w .'’-]*|\/(AFP|AP|EPA|Getty Images|Pool))$/,
];

/** Toolbar lines join items with "|", "·" or "•": "Share | Print | Email", "Comments (0) | Share: VK". */
const SEGMENT_SEPARATOR = /\s+[|·•]\s+/;

/**
 * Headers of link lists ("Related stories", "Most read"): the header and the headline-like lines
 * right after it (short, no final full stop) are all furniture.
 */
const LINK_LIST_HEADER =
  /^(read more|read next|related( articles| stories| coverage| news)?|more (from|on|stories|news)\b[^.!?]*|most (read|popular|viewed)|trending( now)?|you (may|might) also (like|be interested in)|recommended( for you)?|latest( news)?|top stories)\s*:?$/i;

/** A line shaped like a headline: short, with letters, no sentence-ending punctuation. */
export function isHeadlineLike(line: string): boolean {
  if (line.length === 0 || line.length > 200) return false;
  if (line.split(/\s+/).length > 30 || !/\p{L}/u.test(line)) return false;
  // "U.S." at the end is an abbreviation, not a full stop.
  if (/(?:\b[A-Z]\.){2,}$/.test(line)) return true;
  return !/[.,;:…]["'”’)\]]?$/.test(line);
}

export function isClutterLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.length > MAX_CLUTTER_LENGTH) return false;
  if (matchesClutter(trimmed)) return true;
  const segments = trimmed.split(SEGMENT_SEPARATOR);
  // A toolbar: one item is furniture and none is a sentence.
  return segments.length > 1 && segments.some(matchesClutter) && !segments.some(isSentence);
}

function matchesClutter(text: string): boolean {
  return CLUTTER.some((re) => re.test(text));
}

function isSentence(text: string): boolean {
  return /[.!?]["'”’)]?$/.test(text) && text.split(/\s+/).length >= 8;
}

/** Drops clutter lines; the result is normalised again so paragraph breaks stay single blank lines. */
export function stripClutter(text: string): string {
  const kept: string[] = [];
  let inLinkList = false;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (inLinkList && (trimmed === '' || isHeadlineLike(trimmed))) continue;
    inLinkList = LINK_LIST_HEADER.test(trimmed);
    if (!inLinkList && !isClutterLine(trimmed)) kept.push(line);
  }
  return normalizeWhitespace(kept.join('\n'));
}
