import { createHash } from "node:crypto";
import type { DatePrecision, Event, GeoPrecision, ParseResult } from "@sitrep/schema";
import { groupable, matchKey, type MatchKey } from "./grouping.js";
import { encodeResult } from "./stored-result.js";

export interface ArticleInput {
  result: ParseResult;
  /** The input as it came, so a newer parser can read it again. */
  raw: Uint8Array;
  /** Where it came from: a path, a URL, or "-". */
  origin: string;
}

/** An event as its row: everything the store writes, computed before the transaction. */
export interface PreparedEvent {
  id: string;
  articleId: string;
  ordinal: number;
  eventType: string;
  subEventType: string;
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: DatePrecision;
  countryIso2: string | null;
  country: string | null;
  admin1: string | null;
  admin1Code: string | null;
  location: string | null;
  lat: number | null;
  lon: number | null;
  geoPrecision: GeoPrecision | null;
  killed: number | null;
  injured: number | null;
  actors: string;
  salience: string;
  summary: string;
  /** Set when the event can be grouped across articles. */
  key: MatchKey | null;
  keyJson: string | null;
  /** Concurrent writers grouping the same kind of event in one country take this lock. */
  lockKey: string | null;
}

/** An article as its rows: serialised and hashed off the writer's thread (parse workers do this). */
export interface PreparedArticle {
  id: string;
  hash: string;
  parserVersion: string;
  origin: string;
  url: string | null;
  sourceName: string | null;
  sourceDomain: string | null;
  title: string;
  standfirst: string | null;
  body: string;
  publishedAt: string | null;
  readingMinutes: number;
  language: string | null;
  tags: string;
  raw: Uint8Array;
  /** The parse result as stored: deflated JSON (see stored-result.ts). */
  result: Uint8Array;
  events: PreparedEvent[];
}

export function contentHash(result: ParseResult): string {
  return createHash("sha256").update(`${result.article.title}\n${result.article.text}`).digest("hex");
}

export function prepareArticle(input: ArticleInput): PreparedArticle {
  const { article, events } = input.result;
  return {
    id: article.id,
    hash: contentHash(input.result),
    parserVersion: article.provenance.parserVersion,
    origin: input.origin,
    url: article.url,
    sourceName: article.source.name,
    sourceDomain: article.source.domain,
    title: article.title,
    standfirst: article.standfirst,
    body: article.text,
    publishedAt: article.publishedAt,
    readingMinutes: article.readingTimeMinutes,
    language: article.language,
    tags: JSON.stringify(article.tags),
    raw: input.raw,
    result: encodeResult(input.result),
    events: events.map(prepareEvent),
  };
}

function prepareEvent(e: Event, ordinal: number): PreparedEvent {
  const loc = e.location;
  const key = groupable(e) ? matchKey(e) : null;
  return {
    id: e.id,
    articleId: e.articleId,
    ordinal,
    eventType: e.type.eventType,
    subEventType: e.type.subEventType,
    dateStart: e.date.start,
    dateEnd: e.date.end,
    datePrecision: e.date.precision,
    countryIso2: loc?.country?.iso2 ?? null,
    country: loc?.country?.name ?? null,
    admin1: loc?.admin1?.name ?? null,
    admin1Code: loc?.admin1?.code ?? null,
    location: loc?.name ?? null,
    lat: loc?.coordinates?.lat ?? null,
    lon: loc?.coordinates?.lon ?? null,
    geoPrecision: loc?.precision ?? null,
    killed: e.casualties.killed.value,
    injured: e.casualties.injured.value,
    actors: e.actors.map((a) => `${a.name}\n${a.text}`.toLowerCase()).join("\n"),
    salience: e.salience,
    summary: e.summary,
    key,
    keyJson: key ? JSON.stringify(key) : null,
    lockKey: key ? `${e.type.eventType}|${key.iso2}` : null,
  };
}
