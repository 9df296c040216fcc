import type { Article, Event } from "@sitrep/schema";
import { parseHttpUrl } from "../article/url.js";

export interface EventFeature {
  type: "Feature";
  id: string;
  geometry: { type: "Point"; coordinates: [number, number] };
  properties: {
    eventId: string;
    articleId: string;
    articleTitle: string;
    url: string | null;
    eventType: string;
    subEventType: string;
    dateStart: string | null;
    dateEnd: string | null;
    datePrecision: string;
    place: string;
    admin1: string | null;
    country: string | null;
    geoPrecision: string;
    killed: number | null;
    injured: number | null;
    salience: string;
    summary: string;
  };
}

export interface EventFeatureCollection {
  type: "FeatureCollection";
  features: EventFeature[];
}

/** The events that have coordinates, as GeoJSON points ([longitude, latitude], RFC 7946). */
export function toGeoJson(
  items: ReadonlyArray<{ article: Article; events: readonly Event[] }>,
): EventFeatureCollection {
  const features: EventFeature[] = [];
  for (const { article, events } of items) {
    for (const e of events) {
      const c = e.location?.coordinates;
      if (!e.location || !c) continue;
      features.push({
        type: "Feature",
        id: e.id,
        geometry: { type: "Point", coordinates: [c.lon, c.lat] },
        properties: {
          eventId: e.id,
          articleId: article.id,
          articleTitle: article.title,
          // Followed by whatever reads the file: javascript: and data: addresses are not given out.
          url: parseHttpUrl(article.url) ? article.url : null,
          eventType: e.type.eventType,
          subEventType: e.type.subEventType,
          dateStart: e.date.start,
          dateEnd: e.date.end,
          datePrecision: e.date.precision,
          place: e.location.name,
          admin1: e.location.admin1?.name ?? null,
          country: e.location.country?.name ?? null,
          geoPrecision: e.location.precision,
          killed: e.casualties.killed.value,
          injured: e.casualties.injured.value,
          salience: e.salience,
          summary: e.summary,
        },
      });
    }
  }
  return { type: "FeatureCollection", features };
}
