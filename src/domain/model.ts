/**
 * The one typed domain model shared by every pipeline stage.
 * The JSON shape of `ArticleExtraction` is the `dkg extract --json` contract: keep it stable.
 */

/** ISO 3166-1 alpha-2 code, upper case ("AZ"). */
export type CountryCode = string;

/** An article as read from any input format, before extraction. */
export interface Article {
  /** Where it came from: a file path, with "#N" for the Nth item of a multi-article file. */
  source: string;
  title: string | null;
  /** Body text only: no footer, byline or page furniture the reader could recognise. */
  text: string;
  /** ISO date (YYYY-MM-DD) or date-time, or null when unknown. */
  publishedAt: string | null;
  publisher: string | null;
  section: string | null;
  url: string | null;
}

export type Modality = 'in_person' | 'phone' | 'video';
export type MeetingStatus = 'held' | 'planned';
export type TopicStatus = 'discussed' | 'expected';
export type Side = 'visitor' | 'host';

export const TOPICS = [
  'energy', 'trade', 'investment', 'finance', 'security', 'defense', 'conflict', 'sanctions',
  'nuclear', 'infrastructure', 'transport', 'technology', 'humanitarian', 'migration', 'climate',
  'health', 'culture', 'agriculture',
] as const;
export type TopicName = (typeof TOPICS)[number];

/** CAMEO event codes used for meetings (GDELT-comparable). */
export type Cameo = '040' | '041' | '042' | '043' | '044' | '046';

export interface Participant {
  /** Full canonical name ("Ilham Aliyev"). */
  name: string;
  /** State represented; null for officials of international organisations. */
  country: CountryCode | null;
  /** Acronym of the international organisation represented ("UN", "NATO"), else null. */
  organization: string | null;
  /** Lower-case role ("president", "foreign minister"), null when the text gives none. */
  role: string | null;
  confidence: number;
  evidence: string;
  /** Only for visits: who travelled and who received. */
  side?: Side;
}

export interface Location {
  city: string | null;
  country: CountryCode | null;
}

export interface MeetingTopic {
  name: TopicName;
  status: TopicStatus;
  evidence: string;
}

export interface Setting {
  kind: 'standalone' | 'sidelines';
  /** The summit or forum ("CIS summit") when on its sidelines. */
  event?: string;
}

export interface Meeting {
  participants: Participant[];
  modality: Modality;
  status: MeetingStatus;
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY", as precise as the text supports. */
  date: string | null;
  location: Location | null;
  topics: MeetingTopic[];
  setting: Setting;
  cameo: Cameo;
  confidence: number;
  evidence: string[];
}

export interface ArticleMeta {
  title: string | null;
  publishedAt: string | null;
  publisher: string | null;
  url: string | null;
  /** News agencies the article cites ("according to Interfax"). */
  attributedTo: string[];
}

/** One line of `dkg extract --json`. */
export interface ArticleExtraction {
  file: string;
  article: ArticleMeta;
  meetings: Meeting[];
}
