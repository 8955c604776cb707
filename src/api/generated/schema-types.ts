// Generated from schema/schema.graphql by scripts/codegen.ts: do not edit, run `npm run codegen`.
import type { GraphQLResolveInfo } from 'graphql';
import type { BilateralResult as BilateralResultModel } from '../resolvers/query.js';
import type { CountryDetail as CountryDetailModel } from '../../store/queries/country-details.js';
import type { MeetingConnectionParent as MeetingConnectionParentModel } from '../resolvers/connections.js';
import type { PersonDetail as PersonDetailModel } from '../../store/queries/person-details.js';
import type { PlaceDetail as PlaceDetailModel } from '../../store/queries/entity-details.js';
import type { ApiContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** Read-only questions about the graph. Open to everyone. */
export type Query = {
  /** Meetings matching the filter, newest first (undated last) unless `orderBy` says otherwise, as a cursor connection. */
  meetings: Maybe<MeetingConnection>;
  /** One meeting by id (`m-...`), or null. */
  meeting: Maybe<Meeting>;
  /**
   * Anything with an id, by that id: a meeting (`m-...`), person (`p-...`), place (`pl-...`),
   * article (`a-...`) or country (ISO code). Null when the graph has none; an id of none of
   * these forms is a BAD_USER_INPUT.
   */
  node: Maybe<Node>;
  /** Several nodes at once, in the order asked, null where the graph has none (see `node`). */
  nodes: Maybe<Array<Maybe<Node>>>;
  /** One person by id (`p-...`), with their meetings and counterparts, or null. */
  person: Maybe<Person>;
  /** One country by ISO code or name, with its partners, people, places and meetings, or null when the graph has none. */
  country: Maybe<Country>;
  /** One place by id (`pl-...`), with the meetings held there, or null. */
  place: Maybe<Place>;
  /** One article by id (`a-...`), with the meetings it reports and what it mentions, or null. */
  article: Maybe<Article>;
  /**
   * The ties between two parties (two countries, or a country and an organisation):
   * counts, timeline, topics, places, people, visits each way, setting and modality.
   */
  bilateral: Maybe<Bilateral>;
  /** The parties a country met most (held meetings unless `status` says otherwise), most meetings first. */
  partners: Maybe<PartnerConnection>;
  /**
   * The neighbourhood of a person, country, organisation, place or meeting, ready for a force
   * layout: nodes and weighted edges.
   */
  graph: Maybe<Graph>;
  /**
   * Shortest chains of meetings linking two people (`p-...`) or two parties (country or
   * organisation codes). Each step is one meeting in which the two it links were on different
   * sides (two members of one delegation are no step).
   */
  connection: Maybe<Array<Chain>>;
  /** How often topics came up in meetings, per month or year. */
  topicTrends: Maybe<Array<TopicSeries>>;
  /**
   * Full-text search across articles, people (names and aliases, merged people's names included),
   * places and meetings (by who took part, parties, place, topics and summit), best match first.
   * Every word must match; "quoted words" must stand in that order; `word*` matches words that
   * begin so (two letters at least); accents and case do not matter ("Erdogan" finds "Erdoğan").
   * Other punctuation only separates words. Upper-case AND may be written (it changes nothing);
   * OR and NOT are a BAD_USER_INPUT, since every word is required.
   */
  search: Maybe<SearchConnection>;
  /**
   * How many meetings match the filter, per bucket of one to three dimensions (a bucket per
   * combination of their values). A meeting dated only by a year falls in a YEAR_ONLY bucket of
   * MONTH, an undated one in an UNDATED bucket of MONTH or YEAR, one without a topic, party or
   * place country in a NONE bucket. PARTY and TOPIC count a meeting once per party (topic) it
   * has, so their buckets may add up to more than `total`. Buckets come oldest first when the
   * first dimension is MONTH or YEAR, else most meetings first; UNDATED and NONE come last.
   */
  meetingStats: Maybe<MeetingStats>;
  /** Analyst curation, newest first: corrections, splits and person merges, with who (key fingerprint) and when. */
  auditTrail: Maybe<Array<Curation>>;
  /**
   * Countries, organisations, people and places whose name, code or alias is like `text`, best
   * first: for type-ahead. `id` is what the other arguments accept (a party's prefixed code, a
   * person's or place's id).
   */
  lookup: Maybe<Array<LookupHit>>;
};


/** Read-only questions about the graph. Open to everyone. */
export type QueryMeetingsArgs = {
  filter?: InputMaybe<MeetingFilter>;
  orderBy?: InputMaybe<MeetingOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** Read-only questions about the graph. Open to everyone. */
export type QueryMeetingArgs = {
  id: Scalars['ID']['input'];
};


/** Read-only questions about the graph. Open to everyone. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Read-only questions about the graph. Open to everyone. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Read-only questions about the graph. Open to everyone. */
export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


/** Read-only questions about the graph. Open to everyone. */
export type QueryCountryArgs = {
  code: Scalars['String']['input'];
};


/** Read-only questions about the graph. Open to everyone. */
export type QueryPlaceArgs = {
  id: Scalars['ID']['input'];
};


/** Read-only questions about the graph. Open to everyone. */
export type QueryArticleArgs = {
  id: Scalars['ID']['input'];
};


/** Read-only questions about the graph. Open to everyone. */
export type QueryBilateralArgs = {
  a: Scalars['String']['input'];
  b: Scalars['String']['input'];
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<StatusScope>;
};


/** Read-only questions about the graph. Open to everyone. */
export type QueryPartnersArgs = {
  country: Scalars['String']['input'];
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<StatusScope>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** Read-only questions about the graph. Open to everyone. */
export type QueryGraphArgs = {
  focus: Scalars['ID']['input'];
  depth?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<MeetingFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  mode?: InputMaybe<GraphMode>;
  status?: InputMaybe<StatusScope>;
};


/** Read-only questions about the graph. Open to everyone. */
export type QueryConnectionArgs = {
  from: Scalars['ID']['input'];
  to: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<StatusScope>;
};


/** Read-only questions about the graph. Open to everyone. */
export type QueryTopicTrendsArgs = {
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  interval?: InputMaybe<Interval>;
  status?: InputMaybe<StatusScope>;
};


/** Read-only questions about the graph. Open to everyone. */
export type QuerySearchArgs = {
  text: Scalars['String']['input'];
  kinds?: InputMaybe<Array<SearchKind>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** Read-only questions about the graph. Open to everyone. */
export type QueryMeetingStatsArgs = {
  filter?: InputMaybe<MeetingFilter>;
  groupBy: Array<StatsDimension>;
  status?: InputMaybe<StatusScope>;
};


/** Read-only questions about the graph. Open to everyone. */
export type QueryAuditTrailArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read-only questions about the graph. Open to everyone. */
export type QueryLookupArgs = {
  text: Scalars['String']['input'];
  kinds?: InputMaybe<Array<EntityKind>>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** What a lookup hit is. */
export const EntityKind = {
  /** A state. */
  COUNTRY: 'COUNTRY',
  /** An international organisation. */
  ORGANISATION: 'ORGANISATION',
  /** A person in the graph. */
  PERSON: 'PERSON',
  /** A place in the graph. */
  PLACE: 'PLACE'
} as const;

export type EntityKind = typeof EntityKind[keyof typeof EntityKind];
/** A name that matched a lookup. */
export type LookupHit = {
  /** What it is. */
  kind: EntityKind;
  /** What arguments accept: `country:GB`, `org:AU`, `p-...`, `pl-...`. */
  id: Scalars['ID']['output'];
  /** Its canonical name. */
  name: Scalars['String']['output'];
  /** The name, code or alias that matched. */
  matched: Scalars['String']['output'];
  /** 0 to 1, higher is closer. */
  score: Scalars['Float']['output'];
};

/**
 * Changes to the graph. Every mutation needs `Authorization: Bearer <DKG_API_KEY>`.
 * Curation (merges, corrections, splits) is recorded apart from extracted claims and
 * survives re-ingesting articles.
 */
export type Mutation = {
  /** Extracts and stores articles; one outcome per input, in order, failures included. */
  ingestArticles: IngestResult;
  /** Retracts an article and every fact only it supported. */
  removeArticle: RemoveResult;
  /** Makes `remove` an alias of `keep`: its meetings move over, and later articles naming it are redirected. */
  mergePeople: Person;
  /** Overrides derived meeting values; the override outlives re-ingestion until corrected again. */
  correctMeeting: Meeting;
  /** Moves the reports of the given articles to a new meeting; later re-ingestion keeps them apart. */
  splitMeeting: SplitResult;
};


/**
 * Changes to the graph. Every mutation needs `Authorization: Bearer <DKG_API_KEY>`.
 * Curation (merges, corrections, splits) is recorded apart from extracted claims and
 * survives re-ingesting articles.
 */
export type MutationIngestArticlesArgs = {
  articles: Array<ArticleInput>;
};


/**
 * Changes to the graph. Every mutation needs `Authorization: Bearer <DKG_API_KEY>`.
 * Curation (merges, corrections, splits) is recorded apart from extracted claims and
 * survives re-ingesting articles.
 */
export type MutationRemoveArticleArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Changes to the graph. Every mutation needs `Authorization: Bearer <DKG_API_KEY>`.
 * Curation (merges, corrections, splits) is recorded apart from extracted claims and
 * survives re-ingesting articles.
 */
export type MutationMergePeopleArgs = {
  keep: Scalars['ID']['input'];
  remove: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Changes to the graph. Every mutation needs `Authorization: Bearer <DKG_API_KEY>`.
 * Curation (merges, corrections, splits) is recorded apart from extracted claims and
 * survives re-ingesting articles.
 */
export type MutationCorrectMeetingArgs = {
  id: Scalars['ID']['input'];
  patch: MeetingPatch;
  note?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Changes to the graph. Every mutation needs `Authorization: Bearer <DKG_API_KEY>`.
 * Curation (merges, corrections, splits) is recorded apart from extracted claims and
 * survives re-ingesting articles.
 */
export type MutationSplitMeetingArgs = {
  id: Scalars['ID']['input'];
  articleIds: Array<Scalars['ID']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Criteria for meetings; all that are given must hold. */
export type MeetingFilter = {
  /**
   * Parties that must all take part: codes or names of countries and organisations. A region
   * group (`group:EU`, `group:ASEAN`, `group:AU`, `group:GCC`, `group:G7`) is met when any of its
   * member states takes part (current membership, applied to every date).
   */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** At least one of these parties (or members of these `group:` groups) takes part. */
  anyCountries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** People who must all take part: ids (`p-...`) or names and aliases. */
  people?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** At least one of these topics. */
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Earliest date (inclusive); a month or year date counts when it overlaps. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Latest date (inclusive); "2024" or "2024-05" include every day of that year or month. */
  to?: InputMaybe<Scalars['String']['input']>;
  /**
   * With `from` or `to`: keep undated meetings too. False by default: a date range leaves them
   * out, and `MeetingConnection.undatedExcluded` says how many.
   */
  includeUndated?: InputMaybe<Scalars['Boolean']['input']>;
  /** Place id (`pl-...`). */
  place?: InputMaybe<Scalars['ID']['input']>;
  /** The country the meeting was held in (code or name). */
  placeCountry?: InputMaybe<Scalars['String']['input']>;
  /** The country that received the visitors (the party of participants on side HOST). */
  hostCountry?: InputMaybe<Scalars['String']['input']>;
  /** Standalone or on a summit's sidelines. */
  settingKind?: InputMaybe<SettingKind>;
  /** Words in the summit or forum's name (case, hyphens and dots ignored): "BRICS", "G20 summit". */
  summit?: InputMaybe<Scalars['String']['input']>;
  /** At least one participant at one of these levels. */
  levels?: InputMaybe<Array<ParticipantLevel>>;
  /** Reported by at least this many distinct articles. */
  minSources?: InputMaybe<Scalars['Int']['input']>;
  /** True: the sources disagree on date, place or participants; false: they agree. */
  disputed?: InputMaybe<Scalars['Boolean']['input']>;
  /** In person, phone or video. */
  modality?: InputMaybe<Modality>;
  /** Held or planned. */
  status?: InputMaybe<MeetingStatus>;
  /** Words the reporting articles contain (full-text). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/**
 * The order of a list of meetings. Every order ends on the meeting id, so equals keep their
 * place from page to page. Undated meetings come last whichever the direction; a meeting of
 * unknown confidence counts as the least sure. Ordered by sources or confidence, equals are
 * newest first.
 */
export type MeetingOrder = {
  /** What to sort on. */
  field?: InputMaybe<MeetingOrderField>;
  /** Which way. */
  direction?: InputMaybe<SortDirection>;
};

/** What meetings are sorted on. */
export const MeetingOrderField = {
  /** The meeting's date (a month or year date sorts before the days of that month or year). */
  DATE: 'DATE',
  /** Number of distinct articles reporting it (`sourceCount`). */
  SOURCES: 'SOURCES',
  /** Highest extractor confidence among its reports. */
  CONFIDENCE: 'CONFIDENCE'
} as const;

export type MeetingOrderField = typeof MeetingOrderField[keyof typeof MeetingOrderField];
/** Sort direction. */
export const SortDirection = {
  /** Smallest (earliest) first. */
  ASC: 'ASC',
  /** Largest (latest) first. */
  DESC: 'DESC'
} as const;

export type SortDirection = typeof SortDirection[keyof typeof SortDirection];
/** Anything `node(id:)` can fetch again by its id. */
export type Node = {
  /** Id: `m-...`, `p-...`, `pl-...`, `a-...`, or a country's ISO code. */
  id: Scalars['ID']['output'];
};

/** An article to ingest through the API. */
export type ArticleInput = {
  /**
   * The article as a file would hold it, read by the same readers as `dkg ingest`: plain text by
   * default (a headline, date line, byline and page clutter at the top or end are recognised and
   * removed, as for a .txt file), else the format named in `format`. The same content gives the
   * same article id and the same meetings either way.
   */
  text: Scalars['String']['input'];
  /** How to read `text`; TEXT when omitted. JSON (one object or a list), JSONL and FEED may hold several articles: each gets its own outcome. */
  format?: InputMaybe<ArticleFormat>;
  /** Headline; replaces the one read from the text. Only for an input holding one article, as are url, publishedAt and publisher. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Canonical URL; the article's identity when given, so a changed text replaces the old one. */
  url?: InputMaybe<Scalars['String']['input']>;
  /** Publication date (ISO); replaces the one read from the text, and relative dates ("on Tuesday") are read against it. */
  publishedAt?: InputMaybe<Scalars['String']['input']>;
  /** Publisher name. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** Label for the outcome list (defaults to `api#N`); the articles of a multi-article input are `label#1`, `label#2`, ... */
  source?: InputMaybe<Scalars['String']['input']>;
};

/** How the text of an ArticleInput is read: as a file of that kind. */
export const ArticleFormat = {
  /** Plain text (.txt). */
  TEXT: 'text',
  /** A JSON article or a list of them (.json). */
  JSON: 'json',
  /** JSON Lines, one article per line (.jsonl). */
  JSONL: 'jsonl',
  /** A saved web page (.html). */
  HTML: 'html',
  /** An RSS or Atom feed (.xml). */
  FEED: 'feed'
} as const;

export type ArticleFormat = typeof ArticleFormat[keyof typeof ArticleFormat];
/** Values an analyst sets on a meeting; omitted fields keep their derived value. */
export type MeetingPatch = {
  /** Corrected date (ISO, day, month or year precision). */
  date?: InputMaybe<Scalars['String']['input']>;
  /** Corrected status. */
  status?: InputMaybe<MeetingStatus>;
  /** Corrected modality. */
  modality?: InputMaybe<Modality>;
  /** Corrected place: an existing place id. */
  placeId?: InputMaybe<Scalars['ID']['input']>;
  /** Standalone meeting or on a summit's sidelines. */
  settingKind?: InputMaybe<SettingKind>;
  /** The summit or forum it took place at. */
  settingEvent?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A participant's rank, from the role the articles give: HEAD_OF_STATE_OR_GOVERNMENT for
 * presidents, monarchs, emirs, prime ministers, chancellors, premiers ...; MINISTER for any other
 * title with "minister" or "secretary" (foreign minister, secretary of state); OTHER for the rest,
 * a missing role, and officials of international organisations.
 */
export const ParticipantLevel = {
  /** Head of state or of government. */
  HEAD_OF_STATE_OR_GOVERNMENT: 'HEAD_OF_STATE_OR_GOVERNMENT',
  /** A minister or secretary. */
  MINISTER: 'MINISTER',
  /** Anyone else. */
  OTHER: 'OTHER'
} as const;

export type ParticipantLevel = typeof ParticipantLevel[keyof typeof ParticipantLevel];
/** How the meeting happened. */
export const Modality = {
  /** Face to face. */
  IN_PERSON: 'in_person',
  /** Telephone call. */
  PHONE: 'phone',
  /** Video call. */
  VIDEO: 'video'
} as const;

export type Modality = typeof Modality[keyof typeof Modality];
/**
 * Which meetings a count, list, edge or chain stands for. Every one of them counts held
 * meetings unless asked otherwise.
 */
export const StatusScope = {
  /** Meetings reported as having taken place. */
  HELD: 'HELD',
  /** Meetings announced or expected, and not (yet) reported held. */
  PLANNED: 'PLANNED',
  /** Held and planned meetings alike. */
  BOTH: 'BOTH'
} as const;

export type StatusScope = typeof StatusScope[keyof typeof StatusScope];
/** Whether it took place. */
export const MeetingStatus = {
  /** Reported as having taken place. */
  HELD: 'held',
  /** Announced or expected. */
  PLANNED: 'planned'
} as const;

export type MeetingStatus = typeof MeetingStatus[keyof typeof MeetingStatus];
/** Whether a meeting was its own event or held on the sidelines of a summit. */
export const SettingKind = {
  /** A meeting of its own (a visit, talks, a call). */
  STANDALONE: 'standalone',
  /** On the sidelines of a summit or forum. */
  SIDELINES: 'sidelines'
} as const;

export type SettingKind = typeof SettingKind[keyof typeof SettingKind];
/** Who travelled, on a visit. */
export const Side = {
  /** The travelling party. */
  VISITOR: 'visitor',
  /** The receiving party. */
  HOST: 'host'
} as const;

export type Side = typeof Side[keyof typeof Side];
/** Whether a topic was discussed or only expected. */
export const TopicStatus = {
  /** Reported as discussed. */
  DISCUSSED: 'discussed',
  /** Announced as on the agenda. */
  EXPECTED: 'expected'
} as const;

export type TopicStatus = typeof TopicStatus[keyof typeof TopicStatus];
/** What a party is. */
export const PartyKind = {
  /** A state (ISO code). */
  COUNTRY: 'COUNTRY',
  /** An international organisation. */
  ORGANIZATION: 'ORGANIZATION'
} as const;

export type PartyKind = typeof PartyKind[keyof typeof PartyKind];
/** Time bucket for trends. */
export const Interval = {
  /** Calendar month (YYYY-MM). */
  MONTH: 'MONTH',
  /** Calendar year (YYYY). */
  YEAR: 'YEAR'
} as const;

export type Interval = typeof Interval[keyof typeof Interval];
/** How `graph` draws meetings. */
export const GraphMode = {
  /** Meetings are nodes linked to their participants, parties and places. */
  MEETINGS: 'MEETINGS',
  /** Participants linked directly (met, same delegation, represents), weighted by shared meetings. */
  COLLAPSED: 'COLLAPSED'
} as const;

export type GraphMode = typeof GraphMode[keyof typeof GraphMode];
/** What a search hit is. */
export const SearchKind = {
  /** A news article. */
  ARTICLE: 'ARTICLE',
  /** A person. */
  PERSON: 'PERSON',
  /** A place. */
  PLACE: 'PLACE',
  /** A meeting. */
  MEETING: 'MEETING'
} as const;

export type SearchKind = typeof SearchKind[keyof typeof SearchKind];
/** What `meetingStats` groups meetings by. */
export const StatsDimension = {
  /** Calendar month (YYYY-MM) of the meeting's date; YEAR_ONLY and UNDATED buckets for the rest. */
  MONTH: 'MONTH',
  /** Calendar year (YYYY); an UNDATED bucket for meetings without a date. */
  YEAR: 'YEAR',
  /** Each country or organisation taking part (its code; the name as label). */
  PARTY: 'PARTY',
  /** Each topic. */
  TOPIC: 'TOPIC',
  /** IN_PERSON, PHONE or VIDEO. */
  MODALITY: 'MODALITY',
  /** HELD or PLANNED. */
  STATUS: 'STATUS',
  /** STANDALONE or SIDELINES, with the summit's name as label. */
  SETTING: 'SETTING',
  /** ISO code of the country where it was held (the name as label). */
  PLACE_COUNTRY: 'PLACE_COUNTRY'
} as const;

export type StatsDimension = typeof StatsDimension[keyof typeof StatsDimension];
/** What kind of bucket a key is. */
export const StatsBucketKind = {
  /** An ordinary value. */
  VALUE: 'VALUE',
  /** MONTH of a meeting dated only by a year: `value` is the year. */
  YEAR_ONLY: 'YEAR_ONLY',
  /** MONTH or YEAR of a meeting without a date. */
  UNDATED: 'UNDATED',
  /** A meeting without a topic, party or place country. */
  NONE: 'NONE'
} as const;

export type StatsBucketKind = typeof StatsBucketKind[keyof typeof StatsBucketKind];
/** What an ingested article became. */
export const IngestOutcome = {
  /** Stored for the first time. */
  NEW: 'new',
  /** Same text as already stored: nothing changed. */
  UNCHANGED: 'unchanged',
  /** Same URL with a changed text: its old claims were replaced. */
  REPLACED: 'replaced',
  /** Not stored: another version of the same URL, published later (or at the same time, in this request), is kept; see `notes`. */
  SUPERSEDED: 'superseded',
  /** Not stored; see `error`. */
  FAILED: 'failed'
} as const;

export type IngestOutcome = typeof IngestOutcome[keyof typeof IngestOutcome];
/** The sentence a fact was read from, in which article, and how sure the extractor was. */
export type Evidence = {
  /** The sentence as written. */
  sentence: Scalars['String']['output'];
  /** The article it is from. */
  article: ArticleRef;
  /** Extractor confidence, 0 to 1, when known. */
  confidence: Maybe<Scalars['Float']['output']>;
};

/** An article, briefly. */
export type ArticleRef = {
  /** Article id. */
  id: Scalars['ID']['output'];
  /** URL, when known. */
  url: Maybe<Scalars['String']['output']>;
  /** Headline. */
  title: Maybe<Scalars['String']['output']>;
  /** Publication date. */
  publishedAt: Maybe<Scalars['String']['output']>;
  /** The whole article, to go on to what it reports. */
  article: Maybe<Article>;
};

/** A person, briefly. */
export type PersonRef = {
  /** Person id. */
  id: Scalars['ID']['output'];
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** The whole person, to go on to their meetings and counterparts. */
  person: Maybe<Person>;
};

/** A place, briefly. */
export type PlaceRef = {
  /** Place id. */
  id: Scalars['ID']['output'];
  /** City name. */
  name: Scalars['String']['output'];
  /** ISO code of its country. */
  country: Maybe<Scalars['String']['output']>;
  /** Latitude. */
  lat: Maybe<Scalars['Float']['output']>;
  /** Longitude. */
  lon: Maybe<Scalars['Float']['output']>;
  /** The whole place, to go on to the meetings held there. */
  place: Maybe<Place>;
};

/** A country or an international organisation. */
export type Party = {
  /** ISO code or organisation code. */
  code: Scalars['String']['output'];
  /** Name. */
  name: Maybe<Scalars['String']['output']>;
  /** Country or organisation. */
  kind: PartyKind;
  /** For a country, the whole country, to go on to its meetings and partners; null for an organisation. */
  country: Maybe<Country>;
};

/** A meeting, briefly. */
export type MeetingRef = {
  /** Meeting id. */
  id: Scalars['ID']['output'];
  /** Date (ISO, as precise as known). */
  date: Maybe<Scalars['String']['output']>;
  /** Held or planned. */
  status: MeetingStatus;
  /** In person or a call. */
  modality: Modality;
  /** The whole meeting, with its participants, places and evidence. */
  meeting: Maybe<Meeting>;
};

/** An encounter between officials, derived from every article that reports it, with analyst corrections applied. */
export type Meeting = Node & {
  /** Meeting id. */
  id: Scalars['ID']['output'];
  /** Date (ISO, as precise as known). */
  date: Maybe<Scalars['String']['output']>;
  /** day, month or year. */
  datePrecision: Maybe<Scalars['String']['output']>;
  /** Held or planned. */
  status: MeetingStatus;
  /** In person, phone or video. */
  modality: Modality;
  /** Standalone or on a summit's sidelines. */
  settingKind: SettingKind;
  /** The summit or forum, when on its sidelines. */
  settingEvent: Maybe<Scalars['String']['output']>;
  /** CAMEO event code (040-046). */
  cameo: Maybe<Scalars['String']['output']>;
  /** Highest extractor confidence among the reports. */
  confidence: Maybe<Scalars['Float']['output']>;
  /** Number of distinct articles reporting it. */
  sourceCount: Scalars['Int']['output'];
  /** Attributes the sources disagree on: date, place, participants. */
  disputed: Array<Scalars['String']['output']>;
  /** Whether an analyst correction overrides a derived value. */
  corrected: Scalars['Boolean']['output'];
  /** Where it was held. */
  place: Maybe<PlaceRef>;
  /** The sentences that place it there. */
  placeEvidence: Array<Evidence>;
  /** The countries and organisations represented. */
  parties: Array<Party>;
  /** Who took part, with their role and evidence. */
  participants: Array<Participant>;
  /** What was discussed, with evidence. */
  topics: Array<MeetingTopic>;
  /** The sentences reporting the meeting, one per sentence and article. */
  evidence: Array<Evidence>;
  /** Analyst curation of this meeting, oldest first. */
  corrections: Array<Curation>;
};

/** A person's part in a meeting. */
export type Participant = {
  /** Who. */
  person: PersonRef;
  /** The party they represented. */
  party: Maybe<Party>;
  /** Their role (president, foreign minister ...), as most sources give it. */
  role: Maybe<Scalars['String']['output']>;
  /** On a visit: visitor or host. */
  side: Maybe<Side>;
  /** The sentences naming them. */
  evidence: Array<Evidence>;
};

/** A topic of a meeting. */
export type MeetingTopic = {
  /** Topic name (energy, trade, security ...). */
  name: Scalars['String']['output'];
  /** Discussed when any source says so, else expected. */
  status: TopicStatus;
  /** The sentences naming it. */
  evidence: Array<Evidence>;
};

/** A page of meetings. */
export type MeetingConnection = {
  /** All meetings matching, across pages. */
  totalCount: Scalars['Int']['output'];
  /** Undated meetings that matched every other criterion but were left out by a date range (0 without one, or with `includeUndated`). */
  undatedExcluded: Scalars['Int']['output'];
  /** This page. */
  edges: Array<MeetingEdge>;
  /** This page's meetings, without cursors. */
  nodes: Array<Meeting>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** A meeting and its cursor. */
export type MeetingEdge = {
  /** Opaque position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The meeting. */
  node: Meeting;
};

/** Paging state. */
export type PageInfo = {
  /** Whether more items follow. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Cursor of the last edge, for the next page (`after`); null on an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
};

/** A page of a person's counterparts. */
export type CounterpartConnection = {
  /** All of them, across pages. */
  totalCount: Scalars['Int']['output'];
  /** This page. */
  edges: Array<CounterpartEdge>;
  /** This page's counterparts, without cursors. */
  nodes: Array<Counterpart>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** A counterpart and its cursor. */
export type CounterpartEdge = {
  /** Opaque position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The counterpart. */
  node: Counterpart;
};

/** A page of partners. */
export type PartnerConnection = {
  /** All of them, across pages. */
  totalCount: Scalars['Int']['output'];
  /** This page. */
  edges: Array<PartnerEdge>;
  /** This page's partners, without cursors. */
  nodes: Array<Partner>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** A partner and its cursor. */
export type PartnerEdge = {
  /** Opaque position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The partner. */
  node: Partner;
};

/** A page of people. */
export type PersonRefConnection = {
  /** All of them, across pages. */
  totalCount: Scalars['Int']['output'];
  /** This page. */
  edges: Array<PersonRefEdge>;
  /** This page's people, without cursors. */
  nodes: Array<PersonRef>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** A person and its cursor. */
export type PersonRefEdge = {
  /** Opaque position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The person. */
  node: PersonRef;
};

/** A page of places. */
export type PlaceRefConnection = {
  /** All of them, across pages. */
  totalCount: Scalars['Int']['output'];
  /** This page. */
  edges: Array<PlaceRefEdge>;
  /** This page's places, without cursors. */
  nodes: Array<PlaceRef>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** A place and its cursor. */
export type PlaceRefEdge = {
  /** Opaque position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The place. */
  node: PlaceRef;
};

/** A role a person held for a party, as the articles report it. */
export type Role = {
  /** Role (president, foreign minister ...); empty when no article gave one. */
  role: Scalars['String']['output'];
  /** For whom. */
  party: Party;
};

/** A person and everything they took part in. */
export type Person = Node & {
  /** Person id. */
  id: Scalars['ID']['output'];
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Other spellings met in articles, and names merged into this person. */
  aliases: Array<Scalars['String']['output']>;
  /** Roles they held, per party. */
  roles: Array<Role>;
  /** Meetings they attended: held ones unless `status` says otherwise. */
  meetingCount: Scalars['Int']['output'];
  /** Their meetings, newest first unless `orderBy` says otherwise: held ones unless `status` says otherwise. */
  meetings: MeetingConnection;
  /**
   * The people they met, most meetings first (equals by name, then id): people on the other
   * side of a meeting they both attended (their own delegation does not count), held meetings
   * unless `status` says otherwise.
   */
  counterparts: CounterpartConnection;
};


/** A person and everything they took part in. */
export type PersonMeetingCountArgs = {
  status?: InputMaybe<StatusScope>;
};


/** A person and everything they took part in. */
export type PersonMeetingsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<StatusScope>;
  orderBy?: InputMaybe<MeetingOrder>;
};


/** A person and everything they took part in. */
export type PersonCounterpartsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<StatusScope>;
};

/** Someone a person met (or is to meet), and how often. */
export type Counterpart = {
  /** Who. */
  person: PersonRef;
  /** Meetings together, on different sides, of the status asked (held by default). */
  count: Scalars['Int']['output'];
  /** The latest of those counted, by date. */
  lastMeeting: MeetingRef;
  /** The latest held meeting together, whatever `status`; null when none was held. */
  lastHeldMeeting: Maybe<MeetingRef>;
  /** The soonest planned meeting together dated today (UTC) or later, whatever `status`; null when none. */
  nextPlannedMeeting: Maybe<MeetingRef>;
};

/** A country and its diplomatic activity. */
export type Country = Node & {
  /** Its ISO code, as a node id. */
  id: Scalars['ID']['output'];
  /** ISO code. */
  code: Scalars['String']['output'];
  /** Name. */
  name: Maybe<Scalars['String']['output']>;
  /** Meetings it took part in: held ones unless `status` says otherwise. */
  meetingCount: Scalars['Int']['output'];
  /** Its partners, most meetings first (equals by code): held meetings unless `status` says otherwise. */
  partners: PartnerConnection;
  /** Its meetings, newest first unless `orderBy` says otherwise: held ones unless `status` says otherwise. */
  meetings: MeetingConnection;
  /** People who represented it, most meetings first (equals by name, then id). */
  people: PersonRefConnection;
  /** Places in it where meetings were held, by name. */
  places: PlaceRefConnection;
};


/** A country and its diplomatic activity. */
export type CountryMeetingCountArgs = {
  status?: InputMaybe<StatusScope>;
};


/** A country and its diplomatic activity. */
export type CountryPartnersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<StatusScope>;
};


/** A country and its diplomatic activity. */
export type CountryMeetingsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<StatusScope>;
  orderBy?: InputMaybe<MeetingOrder>;
};


/** A country and its diplomatic activity. */
export type CountryPeopleArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A country and its diplomatic activity. */
export type CountryPlacesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** A party met (or to meet), with counts. */
export type Partner = {
  /** Who. */
  party: Party;
  /** For a country, the whole country, to go on to its meetings and partners; null for an organisation. */
  country: Maybe<Country>;
  /** Meetings together of the status asked (held by default). */
  count: Scalars['Int']['output'];
  /** The latest of those counted, by date. */
  lastMeeting: MeetingRef;
  /** The latest held meeting together, whatever `status` and the period; null when none was held. */
  lastHeldMeeting: Maybe<MeetingRef>;
  /** The soonest planned meeting together dated today (UTC) or later, whatever `status` and the period; null when none. */
  nextPlannedMeeting: Maybe<MeetingRef>;
};

/** A place and the meetings held there. */
export type Place = Node & {
  /** Place id. */
  id: Scalars['ID']['output'];
  /** City name. */
  name: Scalars['String']['output'];
  /** Its country. */
  country: Maybe<Party>;
  /** Latitude. */
  lat: Maybe<Scalars['Float']['output']>;
  /** Longitude. */
  lon: Maybe<Scalars['Float']['output']>;
  /** Meetings held there; planned ones too when `status` asks. */
  meetingCount: Scalars['Int']['output'];
  /** Those meetings, newest first unless `orderBy` says otherwise. */
  meetings: MeetingConnection;
};


/** A place and the meetings held there. */
export type PlaceMeetingCountArgs = {
  status?: InputMaybe<StatusScope>;
};


/** A place and the meetings held there. */
export type PlaceMeetingsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<StatusScope>;
  orderBy?: InputMaybe<MeetingOrder>;
};

/** A stored news article. */
export type Article = Node & {
  /** Article id. */
  id: Scalars['ID']['output'];
  /** URL, when known. */
  url: Maybe<Scalars['String']['output']>;
  /** Headline. */
  title: Maybe<Scalars['String']['output']>;
  /** Publication date. */
  publishedAt: Maybe<Scalars['String']['output']>;
  /** Publisher. */
  publisher: Maybe<Scalars['String']['output']>;
  /** Where it was read from. */
  source: Maybe<Scalars['String']['output']>;
  /** When it was stored (ISO date-time). */
  ingestedAt: Maybe<Scalars['String']['output']>;
  /** News agencies it cites. */
  cites: Array<Party>;
  /** Meetings it reports, newest first unless `orderBy` says otherwise (an article reports a handful: no pages). */
  meetings: Array<Meeting>;
  /** People it mentions. */
  people: Array<PersonRef>;
  /** Places it mentions. */
  places: Array<PlaceRef>;
};


/** A stored news article. */
export type ArticleMeetingsArgs = {
  orderBy?: InputMaybe<MeetingOrder>;
};

/** A count per period. */
export type PeriodCount = {
  /** YYYY-MM or YYYY. */
  period: Scalars['String']['output'];
  /** How many. */
  count: Scalars['Int']['output'];
};

/** A topic and how often. */
export type TopicCount = {
  /** Topic name. */
  topic: Scalars['String']['output'];
  /** Meetings about it. */
  count: Scalars['Int']['output'];
};

/** A place and how often. */
export type PlaceCount = {
  /** The place. */
  place: PlaceRef;
  /** Meetings held there. */
  count: Scalars['Int']['output'];
};

/** A person and how often. */
export type PersonCount = {
  /** Who. */
  person: PersonRef;
  /** Meetings attended. */
  count: Scalars['Int']['output'];
};

/** A summit or forum and how many meetings on its sidelines. */
export type EventCount = {
  /** Event name. */
  event: Scalars['String']['output'];
  /** Meetings. */
  count: Scalars['Int']['output'];
};

/**
 * One trip of one party to the other: its held in-person meetings in one host country on
 * consecutive days (at most one day between one meeting and the next). A meeting dated only by
 * month or year, or undated, is a trip of its own.
 */
export type Visit = {
  /** The trip's first meeting. */
  meeting: MeetingRef;
  /** Every meeting of the trip, oldest first. */
  meetings: Array<MeetingRef>;
  /** Date of the first meeting. */
  start: Maybe<Scalars['String']['output']>;
  /** Date of the last meeting. */
  end: Maybe<Scalars['String']['output']>;
  /** Who travelled. */
  visitor: Party;
  /** Who received. */
  host: Party;
  /**
   * Days from the last day of the previous trip in the same direction (any date, even before
   * `from`) to the first day of this one; null for the first known. A meeting dated by month or
   * year counts from the earliest day an article reported it.
   */
  daysSincePrevious: Maybe<Scalars['Int']['output']>;
  /** The same in years, one decimal. */
  yearsSincePrevious: Maybe<Scalars['Float']['output']>;
};

/** Visits each way, as trips. */
export type Visits = {
  /** Trips of `a` to `b` with a meeting in the period. */
  aToB: Scalars['Int']['output'];
  /** Trips of `b` to `a` with a meeting in the period. */
  bToA: Scalars['Int']['output'];
  /** aToB - bToA: positive when `a` travels more. */
  balance: Scalars['Int']['output'];
  /** The trips, oldest first. */
  list: Array<Visit>;
  /** The day the two counts below run to: today (UTC), by the server's clock. */
  asOf: Scalars['String']['output'];
  /** Days from the last day of `a`'s latest trip to `b` (whatever the period) to `asOf`; null when none. */
  daysSinceLastAToB: Maybe<Scalars['Int']['output']>;
  /** Days from the last day of `b`'s latest trip to `a` (whatever the period) to `asOf`; null when none. */
  daysSinceLastBToA: Maybe<Scalars['Int']['output']>;
};

/** Standalone meetings versus meetings on summit sidelines. */
export type SettingBreakdown = {
  /** Meetings of their own. */
  standalone: Scalars['Int']['output'];
  /** On sidelines. */
  sidelines: Scalars['Int']['output'];
  /** Per summit or forum, most first. */
  events: Array<EventCount>;
};

/** Calls versus in-person meetings. */
export type ModalityBreakdown = {
  /** Face to face. */
  inPerson: Scalars['Int']['output'];
  /** Phone calls. */
  phone: Scalars['Int']['output'];
  /** Video calls. */
  video: Scalars['Int']['output'];
  /** phone + video. */
  calls: Scalars['Int']['output'];
};

/** How the meetings of one period were held. */
export type PeriodModality = {
  /** YYYY-MM. */
  period: Scalars['String']['output'];
  /** Face to face. */
  inPerson: Scalars['Int']['output'];
  /** Phone calls. */
  phone: Scalars['Int']['output'];
  /** Video calls. */
  video: Scalars['Int']['output'];
};

/** The ties between two parties over a period. */
export type Bilateral = {
  /** First party. */
  a: Party;
  /** Second party. */
  b: Party;
  /**
   * Meetings of both in the period, of the status asked (held by default). Every figure below
   * counts these, except `held`, `planned`, `lastHeldMeeting`, `nextPlannedMeeting` and `visits`.
   */
  count: Scalars['Int']['output'];
  /** Held meetings of both in the period, whatever `status`. */
  held: Scalars['Int']['output'];
  /** Planned meetings of both in the period, whatever `status`. */
  planned: Scalars['Int']['output'];
  /** Earliest dated meeting counted. */
  firstMeeting: Maybe<MeetingRef>;
  /** Latest dated meeting counted. */
  lastMeeting: Maybe<MeetingRef>;
  /** Latest dated held meeting in the period, whatever `status`. */
  lastHeldMeeting: Maybe<MeetingRef>;
  /** The soonest planned meeting dated today (UTC) or later, whatever `status` and the period; null when none. */
  nextPlannedMeeting: Maybe<MeetingRef>;
  /** Meetings per month (months with at least one day- or month-precise meeting). */
  timeline: Array<PeriodCount>;
  /** The months of `timeline`, each split into in person, phone and video: calls versus in person over time. */
  modalityTimeline: Array<PeriodModality>;
  /** Topics, most first. */
  topics: Array<TopicCount>;
  /** Places, most first. */
  places: Array<PlaceCount>;
  /** People who represented `a`, most meetings first. */
  peopleA: Array<PersonCount>;
  /** People who represented `b`, most meetings first. */
  peopleB: Array<PersonCount>;
  /** Distinct articles reporting these meetings. */
  sources: Scalars['Int']['output'];
  /**
   * Visits each way, as trips of held in-person meetings whatever `status`: host and visitor
   * from the participants' sides, else from where it was held.
   */
  visits: Visits;
  /** Standalone versus sidelines. */
  setting: SettingBreakdown;
  /** Calls versus in person. */
  modality: ModalityBreakdown;
  /** The meetings themselves, newest first unless `orderBy` says otherwise. */
  meetings: MeetingConnection;
};


/** The ties between two parties over a period. */
export type BilateralMeetingsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  orderBy?: InputMaybe<MeetingOrder>;
};

/** A node of `graph`. */
export type GraphNode = {
  /** Id (person, meeting, place id or party code). */
  id: Scalars['ID']['output'];
  /** PERSON, MEETING, COUNTRY, ORGANIZATION or PLACE. */
  type: Scalars['String']['output'];
  /** What to print; a planned meeting says so. */
  label: Scalars['String']['output'];
  /** Meetings drawn that it took part in (for a place, that were held there); for a meeting, its sourceCount. */
  weight: Scalars['Float']['output'];
};

/**
 * An edge of `graph`: its `type`, and in `weight` how many of the meetings drawn it stands for.
 * - `MET`: two people (or two parties) on different sides of held meetings.
 * - `PLANNED`: the same for planned meetings (drawn only when `status` asks for them).
 * - `SAME_DELEGATION`: two people on the same side (the same state or organisation) of meetings.
 * - `REPRESENTS`: a person (source) to the party they represented in those meetings (target); people graphs.
 * - `LOCATED_IN`: a meeting (source) to the place it was held (target); meetings mode.
 * - `ATTENDED`: a person (source) to a meeting; `BETWEEN`: a party (source) to a meeting (meetings mode).
 */
export type GraphEdge = {
  /** Node id. */
  source: Scalars['ID']['output'];
  /** Node id. */
  target: Scalars['ID']['output'];
  /** MET, PLANNED, SAME_DELEGATION, REPRESENTS, LOCATED_IN, ATTENDED or BETWEEN. */
  type: Scalars['String']['output'];
  /** Meetings it stands for. */
  weight: Scalars['Float']['output'];
};

/** Nodes and edges for a force layout. */
export type Graph = {
  /** Nodes. */
  nodes: Array<GraphNode>;
  /** Edges. */
  edges: Array<GraphEdge>;
  /** Whether `limit` cut the expansion short. */
  truncated: Scalars['Boolean']['output'];
};

/** A chain of meetings linking two people or parties. */
export type Chain = {
  /** Meetings in the chain. */
  hops: Scalars['Int']['output'];
  /** From `from` to `to`: the people or parties, in order. */
  via: Array<Scalars['String']['output']>;
  /** The meetings, in order. */
  meetings: Array<MeetingRef>;
};

/** How often a topic came up. */
export type TopicSeries = {
  /** Topic name. */
  topic: Scalars['String']['output'];
  /** Total across periods. */
  total: Scalars['Int']['output'];
  /** Meetings per period, oldest first (periods with none omitted). */
  points: Array<PeriodCount>;
};

/** A full-text hit. */
export type SearchHit = {
  /** Article, person, place or meeting. */
  kind: SearchKind;
  /** Its id. */
  id: Scalars['ID']['output'];
  /** Title or name. */
  label: Scalars['String']['output'];
  /** Relevance (Lucene score). */
  score: Scalars['Float']['output'];
};

/** A page of search hits, best first. */
export type SearchConnection = {
  /** All hits, across pages. */
  totalCount: Scalars['Int']['output'];
  /** This page. */
  edges: Array<SearchEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
};

/** A hit and its cursor. */
export type SearchEdge = {
  /** Opaque position, for `after`. */
  cursor: Scalars['String']['output'];
  /** The hit. */
  node: SearchHit;
};

/** Meetings counted per bucket. */
export type MeetingStats = {
  /** Meetings matching (each once). */
  total: Scalars['Int']['output'];
  /** Of those, meetings without a date. */
  undated: Scalars['Int']['output'];
  /** Of those, meetings dated only by a year. */
  yearOnly: Scalars['Int']['output'];
  /** One per combination of dimension values that has meetings. */
  buckets: Array<StatsBucket>;
};

/** A combination of dimension values and how many meetings have it. */
export type StatsBucket = {
  /** One key per dimension, in the order of `groupBy`. */
  keys: Array<StatsKey>;
  /** Meetings. */
  count: Scalars['Int']['output'];
};

/** A bucket's value in one dimension. */
export type StatsKey = {
  /** Which dimension. */
  dimension: StatsDimension;
  /** VALUE, or the explicit YEAR_ONLY, UNDATED and NONE buckets. */
  bucket: StatsBucketKind;
  /** YYYY-MM, YYYY, a party or country code, a topic, or an enum name (IN_PERSON, HELD, SIDELINES ...); null for UNDATED and NONE. */
  value: Maybe<Scalars['String']['output']>;
  /** The party's or country's name, or the summit of a SIDELINES key. */
  label: Maybe<Scalars['String']['output']>;
};

/** An analyst's change, as recorded. */
export type Curation = {
  /** Entry id. */
  id: Scalars['ID']['output'];
  /** CORRECTION, SPLIT or MERGE. */
  kind: Scalars['String']['output'];
  /** What it changed (meeting or person id). */
  target: Scalars['ID']['output'];
  /** The change as JSON (patch, articles moved, person merged). */
  details: Scalars['String']['output'];
  /** Why, as the analyst wrote it. */
  note: Maybe<Scalars['String']['output']>;
  /** When (ISO date-time). */
  at: Scalars['String']['output'];
  /** First 16 hex digits of the SHA-256 of the API key used; never the key. */
  keyFingerprint: Scalars['String']['output'];
};

/** The result of ingestArticles. */
export type IngestResult = {
  /** Stored or replaced. */
  written: Scalars['Int']['output'];
  /** Failed. */
  failed: Scalars['Int']['output'];
  /** One per article read (or per input that failed before any), in input order. */
  articles: Array<ArticleOutcome>;
};

/** What happened to one input article. */
export type ArticleOutcome = {
  /** Position of its input in the input list (several articles of one input share it). */
  index: Scalars['Int']['output'];
  /** Its source label. */
  source: Scalars['String']['output'];
  /** Article id, unless it failed before getting one. */
  id: Maybe<Scalars['ID']['output']>;
  /** What it became. */
  outcome: IngestOutcome;
  /** Meetings it reports. */
  meetings: Scalars['Int']['output'];
  /** Of those, merged into meetings already known. */
  merged: Scalars['Int']['output'];
  /** Why it failed. */
  error: Maybe<InputError>;
  /** What else to know: which version of its URL was kept, meeting dates dropped as implausible. */
  notes: Array<Scalars['String']['output']>;
};

/** An error about one input. */
export type InputError = {
  /** Error code (INPUT_EMPTY, INPUT_TOO_LARGE, ...). */
  code: Scalars['String']['output'];
  /** What went wrong. */
  message: Scalars['String']['output'];
};

/** The result of removeArticle. */
export type RemoveResult = {
  /** Whether the article existed. */
  removed: Scalars['Boolean']['output'];
  /** Meetings recomputed or deleted. */
  meetingsTouched: Scalars['Int']['output'];
};

/** The result of splitMeeting. */
export type SplitResult = {
  /** What stays of the original. */
  original: Meeting;
  /** The new meeting. */
  split: Meeting;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( Omit<Meeting, 'place' | 'placeEvidence' | 'parties' | 'participants' | 'topics' | 'evidence'> & { place?: Maybe<_RefType['PlaceRef']>, placeEvidence: Array<_RefType['Evidence']>, parties: Array<_RefType['Party']>, participants: Array<_RefType['Participant']>, topics: Array<_RefType['MeetingTopic']>, evidence: Array<_RefType['Evidence']> } )
    | ( PersonDetailModel )
    | ( CountryDetailModel )
    | ( PlaceDetailModel )
    | ( Omit<Article, 'cites' | 'meetings' | 'people' | 'places'> & { cites: Array<_RefType['Party']>, meetings: Array<_RefType['Meeting']>, people: Array<_RefType['PersonRef']>, places: Array<_RefType['PlaceRef']> } )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  EntityKind: EntityKind;
  LookupHit: ResolverTypeWrapper<LookupHit>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  MeetingFilter: MeetingFilter;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  MeetingOrder: MeetingOrder;
  MeetingOrderField: MeetingOrderField;
  SortDirection: SortDirection;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  ArticleInput: ArticleInput;
  ArticleFormat: null;
  MeetingPatch: MeetingPatch;
  ParticipantLevel: ParticipantLevel;
  Modality: null;
  StatusScope: StatusScope;
  MeetingStatus: null;
  SettingKind: null;
  Side: null;
  TopicStatus: null;
  PartyKind: PartyKind;
  Interval: Interval;
  GraphMode: GraphMode;
  SearchKind: SearchKind;
  StatsDimension: StatsDimension;
  StatsBucketKind: StatsBucketKind;
  IngestOutcome: null;
  Evidence: ResolverTypeWrapper<Omit<Evidence, 'article'> & { article: ResolversTypes['ArticleRef'] }>;
  ArticleRef: ResolverTypeWrapper<Omit<ArticleRef, 'article'> & { article?: Maybe<ResolversTypes['Article']> }>;
  PersonRef: ResolverTypeWrapper<Omit<PersonRef, 'person'> & { person?: Maybe<ResolversTypes['Person']> }>;
  PlaceRef: ResolverTypeWrapper<Omit<PlaceRef, 'place'> & { place?: Maybe<ResolversTypes['Place']> }>;
  Party: ResolverTypeWrapper<Omit<Party, 'country'> & { country?: Maybe<ResolversTypes['Country']> }>;
  MeetingRef: ResolverTypeWrapper<Omit<MeetingRef, 'meeting'> & { meeting?: Maybe<ResolversTypes['Meeting']> }>;
  Meeting: ResolverTypeWrapper<Omit<Meeting, 'place' | 'placeEvidence' | 'parties' | 'participants' | 'topics' | 'evidence'> & { place?: Maybe<ResolversTypes['PlaceRef']>, placeEvidence: Array<ResolversTypes['Evidence']>, parties: Array<ResolversTypes['Party']>, participants: Array<ResolversTypes['Participant']>, topics: Array<ResolversTypes['MeetingTopic']>, evidence: Array<ResolversTypes['Evidence']> }>;
  Participant: ResolverTypeWrapper<Omit<Participant, 'person' | 'party' | 'evidence'> & { person: ResolversTypes['PersonRef'], party?: Maybe<ResolversTypes['Party']>, evidence: Array<ResolversTypes['Evidence']> }>;
  MeetingTopic: ResolverTypeWrapper<Omit<MeetingTopic, 'evidence'> & { evidence: Array<ResolversTypes['Evidence']> }>;
  MeetingConnection: ResolverTypeWrapper<MeetingConnectionParentModel>;
  MeetingEdge: ResolverTypeWrapper<Omit<MeetingEdge, 'node'> & { node: ResolversTypes['Meeting'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  CounterpartConnection: ResolverTypeWrapper<Omit<CounterpartConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CounterpartEdge']>, nodes: Array<ResolversTypes['Counterpart']> }>;
  CounterpartEdge: ResolverTypeWrapper<Omit<CounterpartEdge, 'node'> & { node: ResolversTypes['Counterpart'] }>;
  PartnerConnection: ResolverTypeWrapper<Omit<PartnerConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PartnerEdge']>, nodes: Array<ResolversTypes['Partner']> }>;
  PartnerEdge: ResolverTypeWrapper<Omit<PartnerEdge, 'node'> & { node: ResolversTypes['Partner'] }>;
  PersonRefConnection: ResolverTypeWrapper<Omit<PersonRefConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PersonRefEdge']>, nodes: Array<ResolversTypes['PersonRef']> }>;
  PersonRefEdge: ResolverTypeWrapper<Omit<PersonRefEdge, 'node'> & { node: ResolversTypes['PersonRef'] }>;
  PlaceRefConnection: ResolverTypeWrapper<Omit<PlaceRefConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PlaceRefEdge']>, nodes: Array<ResolversTypes['PlaceRef']> }>;
  PlaceRefEdge: ResolverTypeWrapper<Omit<PlaceRefEdge, 'node'> & { node: ResolversTypes['PlaceRef'] }>;
  Role: ResolverTypeWrapper<Omit<Role, 'party'> & { party: ResolversTypes['Party'] }>;
  Person: ResolverTypeWrapper<PersonDetailModel>;
  Counterpart: ResolverTypeWrapper<Omit<Counterpart, 'person' | 'lastMeeting' | 'lastHeldMeeting' | 'nextPlannedMeeting'> & { person: ResolversTypes['PersonRef'], lastMeeting: ResolversTypes['MeetingRef'], lastHeldMeeting?: Maybe<ResolversTypes['MeetingRef']>, nextPlannedMeeting?: Maybe<ResolversTypes['MeetingRef']> }>;
  Country: ResolverTypeWrapper<CountryDetailModel>;
  Partner: ResolverTypeWrapper<Omit<Partner, 'party' | 'country' | 'lastMeeting' | 'lastHeldMeeting' | 'nextPlannedMeeting'> & { party: ResolversTypes['Party'], country?: Maybe<ResolversTypes['Country']>, lastMeeting: ResolversTypes['MeetingRef'], lastHeldMeeting?: Maybe<ResolversTypes['MeetingRef']>, nextPlannedMeeting?: Maybe<ResolversTypes['MeetingRef']> }>;
  Place: ResolverTypeWrapper<PlaceDetailModel>;
  Article: ResolverTypeWrapper<Omit<Article, 'cites' | 'meetings' | 'people' | 'places'> & { cites: Array<ResolversTypes['Party']>, meetings: Array<ResolversTypes['Meeting']>, people: Array<ResolversTypes['PersonRef']>, places: Array<ResolversTypes['PlaceRef']> }>;
  PeriodCount: ResolverTypeWrapper<PeriodCount>;
  TopicCount: ResolverTypeWrapper<TopicCount>;
  PlaceCount: ResolverTypeWrapper<Omit<PlaceCount, 'place'> & { place: ResolversTypes['PlaceRef'] }>;
  PersonCount: ResolverTypeWrapper<Omit<PersonCount, 'person'> & { person: ResolversTypes['PersonRef'] }>;
  EventCount: ResolverTypeWrapper<EventCount>;
  Visit: ResolverTypeWrapper<Omit<Visit, 'meeting' | 'meetings' | 'visitor' | 'host'> & { meeting: ResolversTypes['MeetingRef'], meetings: Array<ResolversTypes['MeetingRef']>, visitor: ResolversTypes['Party'], host: ResolversTypes['Party'] }>;
  Visits: ResolverTypeWrapper<Omit<Visits, 'list'> & { list: Array<ResolversTypes['Visit']> }>;
  SettingBreakdown: ResolverTypeWrapper<SettingBreakdown>;
  ModalityBreakdown: ResolverTypeWrapper<ModalityBreakdown>;
  PeriodModality: ResolverTypeWrapper<PeriodModality>;
  Bilateral: ResolverTypeWrapper<BilateralResultModel>;
  GraphNode: ResolverTypeWrapper<GraphNode>;
  GraphEdge: ResolverTypeWrapper<GraphEdge>;
  Graph: ResolverTypeWrapper<Graph>;
  Chain: ResolverTypeWrapper<Omit<Chain, 'meetings'> & { meetings: Array<ResolversTypes['MeetingRef']> }>;
  TopicSeries: ResolverTypeWrapper<TopicSeries>;
  SearchHit: ResolverTypeWrapper<SearchHit>;
  SearchConnection: ResolverTypeWrapper<SearchConnection>;
  SearchEdge: ResolverTypeWrapper<SearchEdge>;
  MeetingStats: ResolverTypeWrapper<MeetingStats>;
  StatsBucket: ResolverTypeWrapper<StatsBucket>;
  StatsKey: ResolverTypeWrapper<StatsKey>;
  Curation: ResolverTypeWrapper<Curation>;
  IngestResult: ResolverTypeWrapper<IngestResult>;
  ArticleOutcome: ResolverTypeWrapper<ArticleOutcome>;
  InputError: ResolverTypeWrapper<InputError>;
  RemoveResult: ResolverTypeWrapper<RemoveResult>;
  SplitResult: ResolverTypeWrapper<Omit<SplitResult, 'original' | 'split'> & { original: ResolversTypes['Meeting'], split: ResolversTypes['Meeting'] }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Query: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  LookupHit: LookupHit;
  Float: Scalars['Float']['output'];
  Mutation: Record<PropertyKey, never>;
  MeetingFilter: MeetingFilter;
  Boolean: Scalars['Boolean']['output'];
  MeetingOrder: MeetingOrder;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  ArticleInput: ArticleInput;
  MeetingPatch: MeetingPatch;
  Evidence: Omit<Evidence, 'article'> & { article: ResolversParentTypes['ArticleRef'] };
  ArticleRef: Omit<ArticleRef, 'article'> & { article?: Maybe<ResolversParentTypes['Article']> };
  PersonRef: Omit<PersonRef, 'person'> & { person?: Maybe<ResolversParentTypes['Person']> };
  PlaceRef: Omit<PlaceRef, 'place'> & { place?: Maybe<ResolversParentTypes['Place']> };
  Party: Omit<Party, 'country'> & { country?: Maybe<ResolversParentTypes['Country']> };
  MeetingRef: Omit<MeetingRef, 'meeting'> & { meeting?: Maybe<ResolversParentTypes['Meeting']> };
  Meeting: Omit<Meeting, 'place' | 'placeEvidence' | 'parties' | 'participants' | 'topics' | 'evidence'> & { place?: Maybe<ResolversParentTypes['PlaceRef']>, placeEvidence: Array<ResolversParentTypes['Evidence']>, parties: Array<ResolversParentTypes['Party']>, participants: Array<ResolversParentTypes['Participant']>, topics: Array<ResolversParentTypes['MeetingTopic']>, evidence: Array<ResolversParentTypes['Evidence']> };
  Participant: Omit<Participant, 'person' | 'party' | 'evidence'> & { person: ResolversParentTypes['PersonRef'], party?: Maybe<ResolversParentTypes['Party']>, evidence: Array<ResolversParentTypes['Evidence']> };
  MeetingTopic: Omit<MeetingTopic, 'evidence'> & { evidence: Array<ResolversParentTypes['Evidence']> };
  MeetingConnection: MeetingConnectionParentModel;
  MeetingEdge: Omit<MeetingEdge, 'node'> & { node: ResolversParentTypes['Meeting'] };
  PageInfo: PageInfo;
  CounterpartConnection: Omit<CounterpartConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CounterpartEdge']>, nodes: Array<ResolversParentTypes['Counterpart']> };
  CounterpartEdge: Omit<CounterpartEdge, 'node'> & { node: ResolversParentTypes['Counterpart'] };
  PartnerConnection: Omit<PartnerConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PartnerEdge']>, nodes: Array<ResolversParentTypes['Partner']> };
  PartnerEdge: Omit<PartnerEdge, 'node'> & { node: ResolversParentTypes['Partner'] };
  PersonRefConnection: Omit<PersonRefConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PersonRefEdge']>, nodes: Array<ResolversParentTypes['PersonRef']> };
  PersonRefEdge: Omit<PersonRefEdge, 'node'> & { node: ResolversParentTypes['PersonRef'] };
  PlaceRefConnection: Omit<PlaceRefConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PlaceRefEdge']>, nodes: Array<ResolversParentTypes['PlaceRef']> };
  PlaceRefEdge: Omit<PlaceRefEdge, 'node'> & { node: ResolversParentTypes['PlaceRef'] };
  Role: Omit<Role, 'party'> & { party: ResolversParentTypes['Party'] };
  Person: PersonDetailModel;
  Counterpart: Omit<Counterpart, 'person' | 'lastMeeting' | 'lastHeldMeeting' | 'nextPlannedMeeting'> & { person: ResolversParentTypes['PersonRef'], lastMeeting: ResolversParentTypes['MeetingRef'], lastHeldMeeting?: Maybe<ResolversParentTypes['MeetingRef']>, nextPlannedMeeting?: Maybe<ResolversParentTypes['MeetingRef']> };
  Country: CountryDetailModel;
  Partner: Omit<Partner, 'party' | 'country' | 'lastMeeting' | 'lastHeldMeeting' | 'nextPlannedMeeting'> & { party: ResolversParentTypes['Party'], country?: Maybe<ResolversParentTypes['Country']>, lastMeeting: ResolversParentTypes['MeetingRef'], lastHeldMeeting?: Maybe<ResolversParentTypes['MeetingRef']>, nextPlannedMeeting?: Maybe<ResolversParentTypes['MeetingRef']> };
  Place: PlaceDetailModel;
  Article: Omit<Article, 'cites' | 'meetings' | 'people' | 'places'> & { cites: Array<ResolversParentTypes['Party']>, meetings: Array<ResolversParentTypes['Meeting']>, people: Array<ResolversParentTypes['PersonRef']>, places: Array<ResolversParentTypes['PlaceRef']> };
  PeriodCount: PeriodCount;
  TopicCount: TopicCount;
  PlaceCount: Omit<PlaceCount, 'place'> & { place: ResolversParentTypes['PlaceRef'] };
  PersonCount: Omit<PersonCount, 'person'> & { person: ResolversParentTypes['PersonRef'] };
  EventCount: EventCount;
  Visit: Omit<Visit, 'meeting' | 'meetings' | 'visitor' | 'host'> & { meeting: ResolversParentTypes['MeetingRef'], meetings: Array<ResolversParentTypes['MeetingRef']>, visitor: ResolversParentTypes['Party'], host: ResolversParentTypes['Party'] };
  Visits: Omit<Visits, 'list'> & { list: Array<ResolversParentTypes['Visit']> };
  SettingBreakdown: SettingBreakdown;
  ModalityBreakdown: ModalityBreakdown;
  PeriodModality: PeriodModality;
  Bilateral: BilateralResultModel;
  GraphNode: GraphNode;
  GraphEdge: GraphEdge;
  Graph: Graph;
  Chain: Omit<Chain, 'meetings'> & { meetings: Array<ResolversParentTypes['MeetingRef']> };
  TopicSeries: TopicSeries;
  SearchHit: SearchHit;
  SearchConnection: SearchConnection;
  SearchEdge: SearchEdge;
  MeetingStats: MeetingStats;
  StatsBucket: StatsBucket;
  StatsKey: StatsKey;
  Curation: Curation;
  IngestResult: IngestResult;
  ArticleOutcome: ArticleOutcome;
  InputError: InputError;
  RemoveResult: RemoveResult;
  SplitResult: Omit<SplitResult, 'original' | 'split'> & { original: ResolversParentTypes['Meeting'], split: ResolversParentTypes['Meeting'] };
};

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  meetings?: Resolver<Maybe<ResolversTypes['MeetingConnection']>, ParentType, ContextType, RequireFields<QueryMeetingsArgs, 'first'>>;
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType, RequireFields<QueryMeetingArgs, 'id'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Maybe<Array<Maybe<ResolversTypes['Node']>>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType, RequireFields<QueryCountryArgs, 'code'>>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType, RequireFields<QueryPlaceArgs, 'id'>>;
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, RequireFields<QueryArticleArgs, 'id'>>;
  bilateral?: Resolver<Maybe<ResolversTypes['Bilateral']>, ParentType, ContextType, RequireFields<QueryBilateralArgs, 'a' | 'b' | 'status'>>;
  partners?: Resolver<Maybe<ResolversTypes['PartnerConnection']>, ParentType, ContextType, RequireFields<QueryPartnersArgs, 'country' | 'status' | 'first'>>;
  graph?: Resolver<Maybe<ResolversTypes['Graph']>, ParentType, ContextType, RequireFields<QueryGraphArgs, 'focus' | 'depth' | 'limit' | 'mode'>>;
  connection?: Resolver<Maybe<Array<ResolversTypes['Chain']>>, ParentType, ContextType, RequireFields<QueryConnectionArgs, 'from' | 'to' | 'maxHops' | 'first' | 'status'>>;
  topicTrends?: Resolver<Maybe<Array<ResolversTypes['TopicSeries']>>, ParentType, ContextType, RequireFields<QueryTopicTrendsArgs, 'interval' | 'status'>>;
  search?: Resolver<Maybe<ResolversTypes['SearchConnection']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'text' | 'first'>>;
  meetingStats?: Resolver<Maybe<ResolversTypes['MeetingStats']>, ParentType, ContextType, RequireFields<QueryMeetingStatsArgs, 'groupBy'>>;
  auditTrail?: Resolver<Maybe<Array<ResolversTypes['Curation']>>, ParentType, ContextType, RequireFields<QueryAuditTrailArgs, 'first'>>;
  lookup?: Resolver<Maybe<Array<ResolversTypes['LookupHit']>>, ParentType, ContextType, RequireFields<QueryLookupArgs, 'text' | 'first'>>;
};

export type LookupHitResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['LookupHit'] = ResolversParentTypes['LookupHit']> = {
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matched?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  ingestArticles?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestArticlesArgs, 'articles'>>;
  removeArticle?: Resolver<ResolversTypes['RemoveResult'], ParentType, ContextType, RequireFields<MutationRemoveArticleArgs, 'id'>>;
  mergePeople?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationMergePeopleArgs, 'keep' | 'remove'>>;
  correctMeeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType, RequireFields<MutationCorrectMeetingArgs, 'id' | 'patch'>>;
  splitMeeting?: Resolver<ResolversTypes['SplitResult'], ParentType, ContextType, RequireFields<MutationSplitMeetingArgs, 'id' | 'articleIds'>>;
};

export type NodeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Meeting' | 'Person' | 'Country' | 'Place' | 'Article', ParentType, ContextType>;
};

export type ArticleFormatResolvers = { TEXT: 'text', JSON: 'json', JSONL: 'jsonl', HTML: 'html', FEED: 'feed' };

export type ModalityResolvers = { IN_PERSON: 'in_person', PHONE: 'phone', VIDEO: 'video' };

export type MeetingStatusResolvers = { HELD: 'held', PLANNED: 'planned' };

export type SettingKindResolvers = { STANDALONE: 'standalone', SIDELINES: 'sidelines' };

export type SideResolvers = { VISITOR: 'visitor', HOST: 'host' };

export type TopicStatusResolvers = { DISCUSSED: 'discussed', EXPECTED: 'expected' };

export type IngestOutcomeResolvers = { NEW: 'new', UNCHANGED: 'unchanged', REPLACED: 'replaced', SUPERSEDED: 'superseded', FAILED: 'failed' };

export type EvidenceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  article?: Resolver<ResolversTypes['ArticleRef'], ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ArticleRefResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ArticleRef'] = ResolversParentTypes['ArticleRef']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType>;
};

export type PersonRefResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersonRef'] = ResolversParentTypes['PersonRef']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType>;
};

export type PlaceRefResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PlaceRef'] = ResolversParentTypes['PlaceRef']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lat?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lon?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Place']>, ParentType, ContextType>;
};

export type PartyResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Party'] = ResolversParentTypes['Party']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PartyKind'], ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
};

export type MeetingRefResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MeetingRef'] = ResolversParentTypes['MeetingRef']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MeetingStatus'], ParentType, ContextType>;
  modality?: Resolver<ResolversTypes['Modality'], ParentType, ContextType>;
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType>;
};

export type MeetingResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  datePrecision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MeetingStatus'], ParentType, ContextType>;
  modality?: Resolver<ResolversTypes['Modality'], ParentType, ContextType>;
  settingKind?: Resolver<ResolversTypes['SettingKind'], ParentType, ContextType>;
  settingEvent?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cameo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  sourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  disputed?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  corrected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['PlaceRef']>, ParentType, ContextType>;
  placeEvidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['Party']>, ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Participant']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['MeetingTopic']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  corrections?: Resolver<Array<ResolversTypes['Curation']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ParticipantResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Participant'] = ResolversParentTypes['Participant']> = {
  person?: Resolver<ResolversTypes['PersonRef'], ParentType, ContextType>;
  party?: Resolver<Maybe<ResolversTypes['Party']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  side?: Resolver<Maybe<ResolversTypes['Side']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
};

export type MeetingTopicResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MeetingTopic'] = ResolversParentTypes['MeetingTopic']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TopicStatus'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
};

export type MeetingConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MeetingConnection'] = ResolversParentTypes['MeetingConnection']> = {
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  undatedExcluded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['MeetingEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type MeetingEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MeetingEdge'] = ResolversParentTypes['MeetingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CounterpartConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CounterpartConnection'] = ResolversParentTypes['CounterpartConnection']> = {
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['CounterpartEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Counterpart']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CounterpartEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CounterpartEdge'] = ResolversParentTypes['CounterpartEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Counterpart'], ParentType, ContextType>;
};

export type PartnerConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PartnerConnection'] = ResolversParentTypes['PartnerConnection']> = {
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PartnerEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Partner']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PartnerEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PartnerEdge'] = ResolversParentTypes['PartnerEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Partner'], ParentType, ContextType>;
};

export type PersonRefConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersonRefConnection'] = ResolversParentTypes['PersonRefConnection']> = {
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PersonRefEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['PersonRef']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PersonRefEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersonRefEdge'] = ResolversParentTypes['PersonRefEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PersonRef'], ParentType, ContextType>;
};

export type PlaceRefConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PlaceRefConnection'] = ResolversParentTypes['PlaceRefConnection']> = {
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['PlaceRefEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['PlaceRef']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type PlaceRefEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PlaceRefEdge'] = ResolversParentTypes['PlaceRefEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PlaceRef'], ParentType, ContextType>;
};

export type RoleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Role'] = ResolversParentTypes['Role']> = {
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  party?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  meetingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<PersonMeetingCountArgs, 'status'>>;
  meetings?: Resolver<ResolversTypes['MeetingConnection'], ParentType, ContextType, RequireFields<PersonMeetingsArgs, 'first' | 'status'>>;
  counterparts?: Resolver<ResolversTypes['CounterpartConnection'], ParentType, ContextType, RequireFields<PersonCounterpartsArgs, 'first' | 'status'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CounterpartResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Counterpart'] = ResolversParentTypes['Counterpart']> = {
  person?: Resolver<ResolversTypes['PersonRef'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastMeeting?: Resolver<ResolversTypes['MeetingRef'], ParentType, ContextType>;
  lastHeldMeeting?: Resolver<Maybe<ResolversTypes['MeetingRef']>, ParentType, ContextType>;
  nextPlannedMeeting?: Resolver<Maybe<ResolversTypes['MeetingRef']>, ParentType, ContextType>;
};

export type CountryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Country'] = ResolversParentTypes['Country']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  meetingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<CountryMeetingCountArgs, 'status'>>;
  partners?: Resolver<ResolversTypes['PartnerConnection'], ParentType, ContextType, RequireFields<CountryPartnersArgs, 'first' | 'status'>>;
  meetings?: Resolver<ResolversTypes['MeetingConnection'], ParentType, ContextType, RequireFields<CountryMeetingsArgs, 'first' | 'status'>>;
  people?: Resolver<ResolversTypes['PersonRefConnection'], ParentType, ContextType, RequireFields<CountryPeopleArgs, 'first'>>;
  places?: Resolver<ResolversTypes['PlaceRefConnection'], ParentType, ContextType, RequireFields<CountryPlacesArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PartnerResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Partner'] = ResolversParentTypes['Partner']> = {
  party?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastMeeting?: Resolver<ResolversTypes['MeetingRef'], ParentType, ContextType>;
  lastHeldMeeting?: Resolver<Maybe<ResolversTypes['MeetingRef']>, ParentType, ContextType>;
  nextPlannedMeeting?: Resolver<Maybe<ResolversTypes['MeetingRef']>, ParentType, ContextType>;
};

export type PlaceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Place'] = ResolversParentTypes['Place']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['Party']>, ParentType, ContextType>;
  lat?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lon?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  meetingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<PlaceMeetingCountArgs, 'status'>>;
  meetings?: Resolver<ResolversTypes['MeetingConnection'], ParentType, ContextType, RequireFields<PlaceMeetingsArgs, 'first' | 'status'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArticleResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ingestedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cites?: Resolver<Array<ResolversTypes['Party']>, ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType, Partial<ArticleMeetingsArgs>>;
  people?: Resolver<Array<ResolversTypes['PersonRef']>, ParentType, ContextType>;
  places?: Resolver<Array<ResolversTypes['PlaceRef']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PeriodCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PeriodCount'] = ResolversParentTypes['PeriodCount']> = {
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TopicCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TopicCount'] = ResolversParentTypes['TopicCount']> = {
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlaceCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PlaceCount'] = ResolversParentTypes['PlaceCount']> = {
  place?: Resolver<ResolversTypes['PlaceRef'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PersonCount'] = ResolversParentTypes['PersonCount']> = {
  person?: Resolver<ResolversTypes['PersonRef'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EventCountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['EventCount'] = ResolversParentTypes['EventCount']> = {
  event?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type VisitResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Visit'] = ResolversParentTypes['Visit']> = {
  meeting?: Resolver<ResolversTypes['MeetingRef'], ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['MeetingRef']>, ParentType, ContextType>;
  start?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  end?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  visitor?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  host?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  daysSincePrevious?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  yearsSincePrevious?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type VisitsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Visits'] = ResolversParentTypes['Visits']> = {
  aToB?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  bToA?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  balance?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  list?: Resolver<Array<ResolversTypes['Visit']>, ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  daysSinceLastAToB?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  daysSinceLastBToA?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type SettingBreakdownResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SettingBreakdown'] = ResolversParentTypes['SettingBreakdown']> = {
  standalone?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sidelines?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['EventCount']>, ParentType, ContextType>;
};

export type ModalityBreakdownResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ModalityBreakdown'] = ResolversParentTypes['ModalityBreakdown']> = {
  inPerson?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  video?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  calls?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PeriodModalityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PeriodModality'] = ResolversParentTypes['PeriodModality']> = {
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inPerson?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  phone?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  video?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BilateralResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Bilateral'] = ResolversParentTypes['Bilateral']> = {
  a?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  held?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  planned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstMeeting?: Resolver<Maybe<ResolversTypes['MeetingRef']>, ParentType, ContextType>;
  lastMeeting?: Resolver<Maybe<ResolversTypes['MeetingRef']>, ParentType, ContextType>;
  lastHeldMeeting?: Resolver<Maybe<ResolversTypes['MeetingRef']>, ParentType, ContextType>;
  nextPlannedMeeting?: Resolver<Maybe<ResolversTypes['MeetingRef']>, ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['PeriodCount']>, ParentType, ContextType>;
  modalityTimeline?: Resolver<Array<ResolversTypes['PeriodModality']>, ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['TopicCount']>, ParentType, ContextType>;
  places?: Resolver<Array<ResolversTypes['PlaceCount']>, ParentType, ContextType>;
  peopleA?: Resolver<Array<ResolversTypes['PersonCount']>, ParentType, ContextType>;
  peopleB?: Resolver<Array<ResolversTypes['PersonCount']>, ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  visits?: Resolver<ResolversTypes['Visits'], ParentType, ContextType>;
  setting?: Resolver<ResolversTypes['SettingBreakdown'], ParentType, ContextType>;
  modality?: Resolver<ResolversTypes['ModalityBreakdown'], ParentType, ContextType>;
  meetings?: Resolver<ResolversTypes['MeetingConnection'], ParentType, ContextType, RequireFields<BilateralMeetingsArgs, 'first'>>;
};

export type GraphNodeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type GraphResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Graph'] = ResolversParentTypes['Graph']> = {
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ChainResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Chain'] = ResolversParentTypes['Chain']> = {
  hops?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  via?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['MeetingRef']>, ParentType, ContextType>;
};

export type TopicSeriesResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['TopicSeries'] = ResolversParentTypes['TopicSeries']> = {
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  points?: Resolver<Array<ResolversTypes['PeriodCount']>, ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  kind?: Resolver<ResolversTypes['SearchKind'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SearchConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = {
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['SearchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type SearchEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SearchEdge'] = ResolversParentTypes['SearchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchHit'], ParentType, ContextType>;
};

export type MeetingStatsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MeetingStats'] = ResolversParentTypes['MeetingStats']> = {
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  undated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  yearOnly?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  buckets?: Resolver<Array<ResolversTypes['StatsBucket']>, ParentType, ContextType>;
};

export type StatsBucketResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StatsBucket'] = ResolversParentTypes['StatsBucket']> = {
  keys?: Resolver<Array<ResolversTypes['StatsKey']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatsKeyResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['StatsKey'] = ResolversParentTypes['StatsKey']> = {
  dimension?: Resolver<ResolversTypes['StatsDimension'], ParentType, ContextType>;
  bucket?: Resolver<ResolversTypes['StatsBucketKind'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  label?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CurationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Curation'] = ResolversParentTypes['Curation']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  details?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  keyFingerprint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IngestResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = {
  written?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  articles?: Resolver<Array<ResolversTypes['ArticleOutcome']>, ParentType, ContextType>;
};

export type ArticleOutcomeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ArticleOutcome'] = ResolversParentTypes['ArticleOutcome']> = {
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['IngestOutcome'], ParentType, ContextType>;
  meetings?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  merged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['InputError']>, ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type InputErrorResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['InputError'] = ResolversParentTypes['InputError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RemoveResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RemoveResult'] = ResolversParentTypes['RemoveResult']> = {
  removed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  meetingsTouched?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SplitResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SplitResult'] = ResolversParentTypes['SplitResult']> = {
  original?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
  split?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ApiContext> = {
  Query?: QueryResolvers<ContextType>;
  LookupHit?: LookupHitResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  ArticleFormat?: ArticleFormatResolvers;
  Modality?: ModalityResolvers;
  MeetingStatus?: MeetingStatusResolvers;
  SettingKind?: SettingKindResolvers;
  Side?: SideResolvers;
  TopicStatus?: TopicStatusResolvers;
  IngestOutcome?: IngestOutcomeResolvers;
  Evidence?: EvidenceResolvers<ContextType>;
  ArticleRef?: ArticleRefResolvers<ContextType>;
  PersonRef?: PersonRefResolvers<ContextType>;
  PlaceRef?: PlaceRefResolvers<ContextType>;
  Party?: PartyResolvers<ContextType>;
  MeetingRef?: MeetingRefResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  Participant?: ParticipantResolvers<ContextType>;
  MeetingTopic?: MeetingTopicResolvers<ContextType>;
  MeetingConnection?: MeetingConnectionResolvers<ContextType>;
  MeetingEdge?: MeetingEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  CounterpartConnection?: CounterpartConnectionResolvers<ContextType>;
  CounterpartEdge?: CounterpartEdgeResolvers<ContextType>;
  PartnerConnection?: PartnerConnectionResolvers<ContextType>;
  PartnerEdge?: PartnerEdgeResolvers<ContextType>;
  PersonRefConnection?: PersonRefConnectionResolvers<ContextType>;
  PersonRefEdge?: PersonRefEdgeResolvers<ContextType>;
  PlaceRefConnection?: PlaceRefConnectionResolvers<ContextType>;
  PlaceRefEdge?: PlaceRefEdgeResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Counterpart?: CounterpartResolvers<ContextType>;
  Country?: CountryResolvers<ContextType>;
  Partner?: PartnerResolvers<ContextType>;
  Place?: PlaceResolvers<ContextType>;
  Article?: ArticleResolvers<ContextType>;
  PeriodCount?: PeriodCountResolvers<ContextType>;
  TopicCount?: TopicCountResolvers<ContextType>;
  PlaceCount?: PlaceCountResolvers<ContextType>;
  PersonCount?: PersonCountResolvers<ContextType>;
  EventCount?: EventCountResolvers<ContextType>;
  Visit?: VisitResolvers<ContextType>;
  Visits?: VisitsResolvers<ContextType>;
  SettingBreakdown?: SettingBreakdownResolvers<ContextType>;
  ModalityBreakdown?: ModalityBreakdownResolvers<ContextType>;
  PeriodModality?: PeriodModalityResolvers<ContextType>;
  Bilateral?: BilateralResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  Graph?: GraphResolvers<ContextType>;
  Chain?: ChainResolvers<ContextType>;
  TopicSeries?: TopicSeriesResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchEdge?: SearchEdgeResolvers<ContextType>;
  MeetingStats?: MeetingStatsResolvers<ContextType>;
  StatsBucket?: StatsBucketResolvers<ContextType>;
  StatsKey?: StatsKeyResolvers<ContextType>;
  Curation?: CurationResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  ArticleOutcome?: ArticleOutcomeResolvers<ContextType>;
  InputError?: InputErrorResolvers<ContextType>;
  RemoveResult?: RemoveResultResolvers<ContextType>;
  SplitResult?: SplitResultResolvers<ContextType>;
};

