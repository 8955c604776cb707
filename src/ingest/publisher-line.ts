/**
 * Splits a scraped footer line "<Publisher> <Section> <Title>" that has no delimiter, e.g.
 * "Truth Social Media Politics Aliyev Meets Putin in Moscow for High-Level Talks".
 * The section is a known section word (case-sensitive, as sites capitalise them); words before
 * it are the publisher, words after it the title.
 */

/** Section names as news sites print them; multi-word ones are tried before their first word. */
export const SECTION_WORDS: readonly string[] = [
  'Politics', 'World', 'World News', 'Top News', 'Latest News', 'Breaking News', 'Business',
  'Economy', 'Europe', 'Asia', 'Central Asia', 'Middle East', 'Africa', 'Americas', 'Caucasus',
  'South Caucasus', 'Opinion', 'News', 'Diplomacy', 'Region', 'Regions', 'International', 'Nation',
  'National', 'Analysis', 'Commentary', 'Editorial', 'Interview', 'Society', 'Markets', 'Energy',
  'Security', 'Defence', 'Defense', 'Tech', 'Technology', 'Science', 'Culture', 'Sport', 'Sports',
];

/**
 * Last words of newspaper names. When several section words could start the section
 * ("Arabian Business Post Economy ..."), the one right after such a word wins.
 */
const PUBLISHER_SUFFIXES = new Set([
  'Agency', 'Bulletin', 'Chronicle', 'Courier', 'Daily', 'Digest', 'Dispatch', 'Edition', 'Express',
  'Gazette', 'Guardian', 'Herald', 'Insider', 'Journal', 'Ledger', 'Media', 'Monitor', 'News',
  'Observer', 'Online', 'Post', 'Press', 'Report', 'Review', 'Standard', 'Star', 'Telegraph', 'Times',
  'Today', 'Tribune', 'Weekly', 'Wire',
]);

/** A section this far into the line belongs to the title: publisher names are short. */
const MAX_PUBLISHER_WORDS = 5;

export interface PublisherLine {
  publisher: string | null;
  section: string | null;
  title: string | null;
}

const SECTIONS = SECTION_WORDS.map((s) => s.split(' ')).sort((x, y) => y.length - x.length);

/** Null when the line does not split into publisher / section / title. */
export function splitPublisherLine(line: string): PublisherLine | null {
  const words = line.trim().split(/\s+/);
  const candidates: { at: number; section: string[] }[] = [];
  for (let i = 0; i < words.length - 1 && i <= MAX_PUBLISHER_WORDS; i += 1) {
    const section = SECTIONS.find((s) => s.every((w, k) => words[i + k] === w));
    if (section) candidates.push({ at: i, section });
  }
  const chosen =
    candidates.find((c) => c.at > 0 && PUBLISHER_SUFFIXES.has(words[c.at - 1]!)) ??
    candidates.find((c) => c.at > 0) ??
    candidates[0];
  if (chosen) {
    return {
      publisher: joinOrNull(words.slice(0, chosen.at)),
      section: chosen.section.join(' '),
      title: joinOrNull(words.slice(chosen.at + chosen.section.length)),
    };
  }
  // No section printed: "Korea Peninsula Times North Korea Kim rolls out ..." still ends its
  // publisher name on a newspaper word.
  const end = words.findIndex((w, i) => i > 0 && i < MAX_PUBLISHER_WORDS && PUBLISHER_SUFFIXES.has(w));
  if (end !== -1 && words.length - end - 1 >= 3) {
    return { publisher: words.slice(0, end + 1).join(' '), section: null, title: words.slice(end + 1).join(' ') };
  }
  return null;
}

function joinOrNull(words: string[]): string | null {
  return words.length === 0 ? null : words.join(' ');
}

/**
 * The same split when the title is already known (the text's headline): the footer line is then
 * "<Publisher> <Section> " + title, and the section need not be a known word:
 * "Korea Peninsula Times North Korea <title>" -> "Korea Peninsula Times", "North Korea".
 */
export function splitWithKnownTitle(line: string, title: string): PublisherLine | null {
  if (line === title) return { publisher: null, section: null, title };
  if (!line.endsWith(` ${title}`)) return null;
  const prefix = line.slice(0, -title.length - 1).trim().split(/\s+/);
  const section = SECTIONS.find((s) => s.length < prefix.length && s.every((w, k) => prefix[prefix.length - s.length + k] === w));
  if (section) {
    return { publisher: prefix.slice(0, -section.length).join(' '), section: section.join(' '), title };
  }
  let end = -1;
  prefix.forEach((w, i) => {
    if (i < prefix.length - 1 && PUBLISHER_SUFFIXES.has(w)) end = i;
  });
  if (end !== -1) {
    return { publisher: prefix.slice(0, end + 1).join(' '), section: prefix.slice(end + 1).join(' '), title };
  }
  return { publisher: prefix.join(' '), section: null, title };
}
