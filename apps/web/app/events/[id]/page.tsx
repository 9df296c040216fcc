import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EventCard } from "../../../components/event-card";
import { WorldMap } from "../../../components/world-map";
import { formatDay, formatEventDate, plural } from "../../../lib/format";
import { safeHref } from "../../../lib/safe-url";
import { getStore } from "../../../lib/store";

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  if (!/^[\w-]{1,100}$/.test(id)) return null;
  return (await getStore()).getEventGroup(id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const group = await load((await params).id);
  return { title: group ? `${group.subEventType}, ${formatEventDate(group.date)}` : "Event not found" };
}

export default async function EventPage({ params }: Props) {
  const group = await load((await params).id);
  if (!group) notFound();
  const l = group.location;
  const rep = group.members[0]?.event;
  return (
    <div className="event-layout">
      <div>
        <p className="meta">
          <a href="/events">Events</a> · {formatEventDate(group.date)}
        </p>
        <h1>
          {group.subEventType}
          {l ? ` in ${l.name}` : ""}
        </h1>
        <p className="standfirst">{group.summary}</p>
        <p className="meta">
          {group.killed === null ? "Toll not stated" : `${group.killed} killed`}
          {group.injured === null ? "" : `, ${group.injured} injured`} (the most conservative figure of{" "}
          {plural(group.articleCount, "source")})
        </p>
        <h2>
          {plural(group.articleCount, "report")}
          {group.members.length < group.articleCount ? (
            <span className="muted"> (the first {group.members.length} shown)</span>
          ) : null}
        </h2>
        <ol className="reports">
          {group.members.map(({ event, article }) => {
            const original = safeHref(article.url);
            return (
              <li key={event.id} data-nav-item>
                <h3>
                  <a href={`/articles/${article.id}`} data-nav-open>
                    {article.title || "Untitled"}
                  </a>
                </h3>
                <p className="meta">
                  {article.source.name ?? article.source.domain ?? "unknown source"} · {formatDay(article.publishedAt)}
                  {original ? (
                    <>
                      {" · "}
                      <a href={original} rel="noopener noreferrer nofollow" data-original>
                        original
                      </a>
                    </>
                  ) : null}
                </p>
                <blockquote>
                  {event.evidence.map((ev, i) => (
                    <p key={i}>{ev.text}</p>
                  ))}
                </blockquote>
              </li>
            );
          })}
        </ol>
      </div>
      <aside className="events-aside">
        {l && l.lat !== null && l.lon !== null ? (
          <WorldMap
            label={`Where: ${l.name}`}
            focus={{ lat: l.lat, lon: l.lon }}
            markers={[
              { id: group.id, lat: l.lat, lon: l.lon, killed: group.killed, eventType: group.eventType, label: l.name },
            ]}
          />
        ) : (
          <p className="muted">No coordinates for this place.</p>
        )}
        {rep ? <EventCard event={rep} n={0} /> : null}
      </aside>
    </div>
  );
}
