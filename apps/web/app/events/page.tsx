import type { Metadata } from "next";
import type { EventGroup } from "@sitrep/store";
import { QueryError } from "../../components/query-error";
import { FilterForm } from "../../components/filter-form";
import { Pager } from "../../components/pager";
import { WorldMap } from "../../components/world-map";
import { typeClass } from "../../lib/event-style";
import { formatEventDate, formatLongDay, placeLine, plural } from "../../lib/format";
import { eventQuery, withParams, type RawParams } from "../../lib/params";
import { getStore } from "../../lib/store";

export const metadata: Metadata = { title: "Events" };

/** Events by the day they began, in the page's order; undated ones last. */
function byDay(items: EventGroup[]): Array<[string, EventGroup[]]> {
  const days = new Map<string, EventGroup[]>();
  for (const g of items) {
    const day = g.date.start ?? "undated";
    days.set(day, [...(days.get(day) ?? []), g]);
  }
  return [...days];
}

function placeOf(g: EventGroup): string {
  return placeLine(g.location?.name, g.location?.admin1, g.location?.country);
}

export default async function EventsPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const params = await searchParams;
  const parsed = await eventQuery(params);
  const page = parsed.ok ? await (await getStore()).searchEvents(parsed.query) : null;
  const exportLink = (format: string) => `/api/export${withParams({ ...params, format }, { cursor: undefined })}`;
  return (
    <>
      <h1>Events</h1>
      <FilterForm action="/events" params={params} kind="events" />
      {!parsed.ok ? (
        <QueryError message={parsed.message} />
      ) : page && page.items.length > 0 ? (
        <>
          <p className="tools">
            Export this view: <a href={exportLink("acled")}>ACLED CSV</a> · <a href={exportLink("geojson")}>GeoJSON</a>
          </p>
          <div className="timeline-map">
            <section className="timeline" aria-label="Timeline">
              {byDay(page.items).map(([day, groups]) => (
                <section key={day} className="day" aria-labelledby={`day-${day}`}>
                  <h2 id={`day-${day}`}>{day === "undated" ? "Date unknown" : formatLongDay(day)}</h2>
                  <ol className="items">
                    {groups.map((g) => (
                      <li key={g.id} className={`event-item ${typeClass(g.eventType)}`} data-nav-item>
                        <h3>
                          <span className="swatch" aria-hidden="true" />
                          <a href={`/events/${g.id}`} data-nav-open>
                            {g.subEventType}
                          </a>{" "}
                          <span className="muted">in {placeOf(g)}</span>
                        </h3>
                        <p>{g.summary}</p>
                        <p className="meta">
                          {g.date.start !== g.date.end || g.date.precision !== "day" ? (
                            <span>{formatEventDate(g.date)} · </span>
                          ) : null}
                          <span>{g.killed === null ? "toll not stated" : `${g.killed} killed`}</span>
                          {g.injured ? <span>, {g.injured} injured</span> : null} ·{" "}
                          <span>{plural(g.articleCount, "source")}: </span>
                          {g.sources.slice(0, 3).map((s, i) => (
                            <span key={s.articleId}>
                              {i > 0 ? "; " : ""}
                              <a href={`/articles/${s.articleId}`}>{s.source ?? s.title}</a>
                            </span>
                          ))}
                          {g.articleCount > 3 ? <span> and {g.articleCount - 3} more</span> : null}
                        </p>
                      </li>
                    ))}
                  </ol>
                </section>
              ))}
              <Pager path="/events" params={params} next={page.next} label="Event" />
            </section>
            <WorldMap
              label="Map of the events listed"
              markers={page.items.map((g) => ({
                id: g.id,
                lat: g.location?.lat ?? null,
                lon: g.location?.lon ?? null,
                killed: g.killed,
                eventType: g.eventType,
                label:
                  `${g.subEventType} in ${placeOf(g)}, ${formatEventDate(g.date)}` +
                  (g.killed ? `, ${g.killed} killed` : ""),
                href: `/events/${g.id}`,
              }))}
            />
          </div>
        </>
      ) : (
        <p className="empty">
          {Object.keys(params).length > 0
            ? "No event matches these filters."
            : "No events yet: add articles and Sitrep codes the events they report."}
        </p>
      )}
    </>
  );
}
