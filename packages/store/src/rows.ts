import { z } from "zod";
import { EventTypeName, GeoPrecision, DatePrecision, ParseResult, Salience, SubEventTypeName } from "@sitrep/schema";
import { resultText } from "./stored-result.js";
import type { ArticleSummary, EventBadge, EventGroup, SourceRef } from "./types.js";

// Rows are a boundary like any input: decoded with zod, so a damaged or foreign database
// fails with a message instead of handing out wrong data.
const int = z.coerce.number().int();
const flag = z
  .union([z.number(), z.boolean(), z.string()])
  .transform((v) => v === true || v === 1 || v === "1" || v === "true");
const json = <T extends z.ZodType>(schema: T) =>
  z
    .string()
    .transform((s, ctx) => {
      try {
        return JSON.parse(s) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "not JSON" });
        return z.NEVER;
      }
    })
    .pipe(schema);

export const ArticleSummaryRow = z.object({
  id: z.string(),
  url: z.string().nullable(),
  title: z.string(),
  standfirst: z.string().nullable(),
  source_name: z.string().nullable(),
  source_domain: z.string().nullable(),
  published_at: z.string().nullable(),
  reading_minutes: int,
  language: z.string().nullable(),
  tags: json(z.array(z.string())),
  is_read: flag,
  is_favourite: flag,
});

export const ARTICLE_SUMMARY_COLUMNS =
  "a.id, a.url, a.title, a.standfirst, a.source_name, a.source_domain, a.published_at, a.reading_minutes, " +
  "a.language, a.tags, a.is_read, a.is_favourite";

export function toSummary(row: unknown, events: EventBadge[] = []): ArticleSummary {
  const r = ArticleSummaryRow.parse(row);
  return {
    id: r.id,
    url: r.url,
    title: r.title,
    standfirst: r.standfirst,
    source: { name: r.source_name, domain: r.source_domain },
    publishedAt: r.published_at,
    readingTimeMinutes: r.reading_minutes,
    language: r.language,
    tags: r.tags,
    read: r.is_read,
    favourite: r.is_favourite,
    events,
  };
}

export const BadgeRow = z.object({
  id: z.string(),
  article_id: z.string(),
  group_id: z.string(),
  event_type: EventTypeName,
  sub_event_type: SubEventTypeName,
  killed: int.nullable(),
  salience: Salience,
});

export function toBadge(row: unknown): EventBadge & { articleId: string } {
  const r = BadgeRow.parse(row);
  return {
    eventId: r.id,
    articleId: r.article_id,
    groupId: r.group_id,
    eventType: r.event_type,
    subEventType: r.sub_event_type,
    killed: r.killed,
    salience: r.salience,
  };
}

/** A parse result as stored: deflated JSON, or plain JSON text in stores older than migration 6. */
export const storedJson = <T extends z.ZodType>(schema: T) =>
  z
    .union([z.string(), z.instanceof(Uint8Array)])
    .transform((stored, ctx) => {
      try {
        return resultText(stored);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message });
        return z.NEVER;
      }
    })
    .pipe(json(schema));

export const StoredArticleRow = z.object({
  result: storedJson(ParseResult),
  origin: z.string(),
  is_read: flag,
  is_favourite: flag,
  ingested_at: z.string(),
  updated_at: z.string(),
});

export const GroupLinkRow = z.object({ id: z.string(), group_id: z.string() });

export const MemberRefRow = z.object({ id: z.string(), article_id: z.string() });

const num = z.coerce.number().nullable();

/** The columns events and event groups share: type, dates, place, toll, summary. */
export const WhatWhenWhere = {
  event_type: EventTypeName,
  sub_event_type: SubEventTypeName,
  date_start: z.string().nullable(),
  date_end: z.string().nullable(),
  date_precision: DatePrecision,
  country_iso2: z.string().nullable(),
  country: z.string().nullable(),
  admin1: z.string().nullable(),
  admin1_code: z.string().nullable(),
  location: z.string().nullable(),
  lat: num,
  lon: num,
  geo_precision: GeoPrecision.nullable(),
  killed: int.nullable(),
  injured: int.nullable(),
  summary: z.string(),
};

export const GroupRow = z.object({ id: z.string(), ...WhatWhenWhere, article_count: int });

export function toGroup(row: unknown, sources: SourceRef[]): EventGroup {
  const r = GroupRow.parse(row);
  return {
    id: r.id,
    eventType: r.event_type,
    subEventType: r.sub_event_type,
    date: { start: r.date_start, end: r.date_end, precision: r.date_precision },
    location: r.location
      ? {
          name: r.location,
          admin1: r.admin1,
          admin1Code: r.admin1_code,
          country: r.country,
          iso2: r.country_iso2,
          lat: r.lat,
          lon: r.lon,
          precision: r.geo_precision,
        }
      : null,
    killed: r.killed,
    injured: r.injured,
    summary: r.summary,
    articleCount: r.article_count,
    sources,
  };
}

export const SourceRow = z.object({
  group_id: z.string(),
  event_id: z.string(),
  article_id: z.string(),
  title: z.string(),
  source_name: z.string().nullable(),
  source_domain: z.string().nullable(),
  url: z.string().nullable(),
  published_at: z.string().nullable(),
});

export function toSource(row: unknown): SourceRef & { groupId: string } {
  const r = SourceRow.parse(row);
  return {
    groupId: r.group_id,
    eventId: r.event_id,
    articleId: r.article_id,
    title: r.title,
    source: r.source_name ?? r.source_domain,
    url: r.url,
    publishedAt: r.published_at,
  };
}

export const CountRow = z.object({ n: int });
