import type {
  DatePrecision,
  Event,
  EventTypeName,
  GeoPrecision,
  ParseResult,
  Salience,
  SubEventTypeName,
} from "@sitrep/schema";

export interface Page<T> {
  items: T[];
  /** Cursor of the next page; null on the last one. */
  next: string | null;
}

export interface EventBadge {
  eventId: string;
  groupId: string;
  eventType: EventTypeName;
  subEventType: SubEventTypeName;
  killed: number | null;
  salience: Salience;
}

export interface ArticleSummary {
  id: string;
  url: string | null;
  title: string;
  standfirst: string | null;
  source: { name: string | null; domain: string | null };
  publishedAt: string | null;
  readingTimeMinutes: number;
  language: string | null;
  tags: string[];
  read: boolean;
  favourite: boolean;
  events: EventBadge[];
}

export interface ArticleHit extends ArticleSummary {
  /** A passage around the hits, hits between \u0002 and \u0003; null without a text query. */
  snippet: string | null;
}

export interface SourceRef {
  articleId: string;
  eventId: string;
  title: string;
  source: string | null;
  url: string | null;
  publishedAt: string | null;
}

/** One real-world event and every article that reports it. */
export interface EventGroup {
  id: string;
  eventType: EventTypeName;
  subEventType: SubEventTypeName;
  date: { start: string | null; end: string | null; precision: DatePrecision };
  location: {
    name: string;
    admin1: string | null;
    admin1Code: string | null;
    country: string | null;
    iso2: string | null;
    lat: number | null;
    lon: number | null;
    precision: GeoPrecision | null;
  } | null;
  /** The most conservative figure the sources give, as ACLED counts; null when none says. */
  killed: number | null;
  injured: number | null;
  summary: string;
  articleCount: number;
  /** Up to 10 of the reporting articles, oldest first (articleCount says how many in all). */
  sources: SourceRef[];
}

export interface EventGroupDetail extends EventGroup {
  members: Array<{ event: Event; article: ArticleSummary }>;
}

export interface StoredArticle {
  result: ParseResult;
  origin: string;
  read: boolean;
  favourite: boolean;
  ingestedAt: string;
  updatedAt: string;
  /** Each event's grouped event across articles: event id to group id. */
  groups: Record<string, string>;
}

export type PutStatus = "added" | "updated" | "unchanged";

export interface PutOutcome {
  status: PutStatus;
  id: string;
}

export interface Failure {
  origin: string;
  reason: string;
  attempts: number;
  firstAt: string;
  lastAt: string;
}

export interface Feed {
  url: string;
  title: string | null;
  etag: string | null;
  lastModified: string | null;
  checkedAt: string | null;
  status: string | null;
  addedAt: string;
}

export interface Stats {
  engine: "sqlite" | "postgres";
  location: string;
  articles: number;
  events: number;
  eventGroups: number;
  failures: number;
  feeds: number;
  firstDay: string | null;
  lastDay: string | null;
  topSources: Array<{ name: string; count: number }>;
  topCountries: Array<{ name: string; count: number }>;
  outdated: number;
}

export interface FacetCount {
  /** What a filter takes (an ISO code, a type name, a domain). */
  value: string;
  label: string;
  /** Matching articles with this value. */
  count: number;
}

export interface Facets {
  /** Matches counted: all of them, or the newest FACET_SAMPLE when `capped`. */
  matched: number;
  capped: boolean;
  countries: FacetCount[];
  eventTypes: FacetCount[];
  sources: FacetCount[];
  /** Months of publication ("2019-12"), newest first. */
  months: FacetCount[];
}
