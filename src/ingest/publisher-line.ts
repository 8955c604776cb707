/**
 * Splits a scraped footer line "<Publisher> <Section> <Title>" that has no delimiter, e.g.
 * "Truth Social Media Politics Aliyev Meets Putin in Moscow for High-Level Talks".
 * The section is the first known section word (case-sensitive, as sites capitalise them);
 * words before it are the publisher, words after it the title.
 */

/** Section names as news sites print them; multi-word ones are tried before their first word. */
export const SECTION_WORDS: readonly string[] = [
  'Politics', 'World', 'World News', 'Top News', 'Latest News', 'Breaking News', 'Business',
  'Economy', 'Europe', 'Asia', 'Central Asia', 'Middle East', 'Africa', 'Americas', 'Caucasus',
  'South Caucasus', 'Opinion', 'News', 'Diplomacy', 'Region', 'Regions', 'International',
  'National', 'Analysis', 'Commentary', 'Editorial', 'Interview', 'Society', 'Markets', 'Energy',
  'Security', 'Defence', 'Defense', 'Tech', 'Technology', 'Science', 'Culture', 'Sport', 'Sports',
];

/**
 * Publishers whose names contain a section word; matched as a prefix before the section search
 * so "Asia Times World ..." is publisher "Asia Times", not section "Asia". Extend when a feed needs it.
 */
export const PUBLISHERS_WITH_SECTION_WORDS: readonly string[] = [
  'Africa News', 'Arab News', 'Asia News', 'Asia Times', 'Business Insider', 'Business Recorder',
  'Business Standard', 'Caspian News', 'Caucasus Watch', 'Eurasia Review', 'Fox News',
  'Middle East Eye', 'Middle East Monitor', 'News Central Asia', 'Sky News', 'Trend News Agency',
  'World Politics Review',
];

/** A section this far into the line belongs to the title: publisher names are short. */
const MAX_PUBLISHER_WORDS = 5;

export interface PublisherLine {
  publisher: string | null;
  section: string | null;
  title: string | null;
}

const byLengthDesc = (a: readonly string[]): string[][] =>
  a.map((s) => s.split(' ')).sort((x, y) => y.length - x.length);
const SECTIONS = byLengthDesc(SECTION_WORDS);
const PUBLISHERS = byLengthDesc(PUBLISHERS_WITH_SECTION_WORDS);

/** Null when no publisher/section split is found. */
export function splitPublisherLine(line: string): PublisherLine | null {
  const words = line.trim().split(/\s+/);

  const known = PUBLISHERS.find((p) => startsWith(words, 0, p));
  if (known) {
    const rest = words.slice(known.length);
    const section = SECTIONS.find((s) => startsWith(rest, 0, s));
    return {
      publisher: known.join(' '),
      section: section ? section.join(' ') : null,
      title: joinOrNull(rest.slice(section?.length ?? 0)),
    };
  }

  for (let i = 0; i < words.length && i <= MAX_PUBLISHER_WORDS; i += 1) {
    let section = sectionAt(words, i);
    if (!section) continue;
    let start = i;
    // "Fox News World ...": "News" directly followed by a section ends the publisher's name.
    const next = sectionAt(words, i + section.length);
    if (section.join(' ') === 'News' && next && i > 0) {
      start = i + 1;
      section = next;
    }
    return {
      publisher: joinOrNull(words.slice(0, start)),
      section: section.join(' '),
      title: joinOrNull(words.slice(start + section.length)),
    };
  }
  return null;
}

function sectionAt(words: string[], i: number): string[] | undefined {
  return SECTIONS.find((s) => startsWith(words, i, s));
}

function startsWith(words: string[], at: number, phrase: string[]): boolean {
  return phrase.every((w, k) => words[at + k] === w);
}

function joinOrNull(words: string[]): string | null {
  return words.length === 0 ? null : words.join(' ');
}
