import { toCsv } from "./csv-cell.js";
import {
  ACLED_GEO_PRECISION,
  ACLED_INTER_CODE,
  DISORDER_TYPE,
  type Actor,
  type Article,
  type Event,
} from "@sitrep/schema";

/** ACLED's 31 export columns, in ACLED's order. */
// prettier-ignore
export const ACLED_COLUMNS = [
  "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
  "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
  "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
  "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
] as const;
export type AcledRow = Record<(typeof ACLED_COLUMNS)[number], string>;

const FIRST_SIDE = new Set<Actor["role"]>([
  "perpetrator",
  "responder",
  "protester",
  "detainer",
  "claimant",
  "speaker",
  "accuser",
  "party",
]);
const SECOND_SIDE = new Set<Actor["role"]>(["target", "victim", "detainee", "accused"]);
const VIOLENT = new Set(["Battles", "Explosions/Remote violence", "Violence against civilians"]);
// ACLED codes an unnamed armed group as a political militia (inter 3).
const UNIDENTIFIED_INTER = 3;

/** The sources an event is reported by: the publishers' names, else their domains. */
export interface EventSources {
  articles: Article[];
}

/**
 * One ACLED row per event. Where ACLED has no way to say a thing Sitrep knows, nothing is
 * invented: an unknown death toll stays empty (ACLED would write 0), and Sitrep's own kinds
 * (statements, accusations...) keep their names with an empty disorder type.
 */
export function toAcledRows(items: ReadonlyArray<{ article: Article; events: readonly Event[] }>): AcledRow[] {
  return items.flatMap(({ article, events }) => events.map((e) => acledRow(e, [article])));
}

export function acledRow(e: Event, articles: readonly Article[]): AcledRow {
  const first = e.actors.filter((a) => FIRST_SIDE.has(a.role));
  const second = e.actors.filter((a) => SECOND_SIDE.has(a.role));
  const country = e.location?.country ?? null;
  const unidentified = first.length === 0 && VIOLENT.has(e.type.eventType);
  const actor1 = unidentified
    ? `Unidentified Armed Group (${country?.name ?? "International"})`
    : (first[0]?.name ?? "");
  const inter1 = unidentified ? UNIDENTIFIED_INTER : first[0] ? ACLED_INTER_CODE[first[0].kind] : null;
  const inter2 = second[0] ? ACLED_INTER_CODE[second[0].kind] : null;
  const interaction =
    inter1 === null ? "" : inter2 === null ? `${inter1}0` : `${Math.min(inter1, inter2)}${Math.max(inter1, inter2)}`;
  const date = e.date.start ?? "";
  const loc = e.location;
  const sources = [...new Set(articles.map((a) => a.source.name ?? a.source.domain ?? "").filter(Boolean))];
  const published = articles.map((a) => a.publishedAt).find((p): p is string => !!p);
  return {
    event_id_cnty: `${country?.iso3 ?? "XXX"}-${e.id}`,
    event_date: date,
    year: date.slice(0, 4),
    time_precision: String({ day: 1, week: 2, month: 3, quarter: 3, year: 3, vague: 3, unknown: 3 }[e.date.precision]),
    disorder_type: DISORDER_TYPE[e.type.eventType] ?? "",
    event_type: e.type.eventType,
    sub_event_type: e.type.subEventType,
    actor1,
    assoc_actor_1: uniqueNames(first.slice(1)),
    inter1: inter1 === null ? "" : String(inter1),
    actor2: second[0]?.name ?? "",
    assoc_actor_2: uniqueNames(second.slice(1)),
    inter2: inter2 === null ? "" : String(inter2),
    interaction,
    civilian_targeting: e.actors.some((a) => a.kind === "civilians" && (a.role === "victim" || a.role === "target"))
      ? "Civilian targeting"
      : "",
    iso: country?.isoNumeric === null || country?.isoNumeric === undefined ? "" : String(country.isoNumeric),
    region: country?.region ?? "",
    country: country?.name ?? "",
    admin1: loc?.admin1?.name ?? "",
    admin2: loc?.admin2?.name ?? "",
    admin3: "",
    location: loc?.name ?? "",
    latitude: loc?.coordinates ? String(loc.coordinates.lat) : "",
    longitude: loc?.coordinates ? String(loc.coordinates.lon) : "",
    geo_precision: loc ? String(ACLED_GEO_PRECISION[loc.precision]) : "",
    source: sources.join("; "),
    source_scale: "",
    notes: e.summary,
    fatalities: e.casualties.killed.value === null ? "" : String(e.casualties.killed.value),
    tags: [
      `salience=${e.salience}`,
      `stage=${e.stage}`,
      ...e.attributions.map((a) => `source=${a.source} (${a.certainty})`),
    ].join("; "),
    timestamp: published
      ? String(Math.floor(Date.parse(published.length === 10 ? `${published}T00:00:00Z` : published) / 1000))
      : "",
  };
}

function uniqueNames(actors: Actor[]): string {
  return [...new Set(actors.map((a) => a.name))].join("; ");
}

export function toAcledCsv(rows: readonly AcledRow[]): string {
  return toCsv(rows, ACLED_COLUMNS);
}
