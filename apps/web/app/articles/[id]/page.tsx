import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { Event } from "@sitrep/schema";
import { EventCard } from "../../../components/event-card";
import { MarkedText } from "../../../components/marked-text";
import { formatDay, plural } from "../../../lib/format";
import type { Mark } from "../../../lib/highlight";
import { safeHref } from "../../../lib/safe-url";
import { getStore } from "../../../lib/store";

type Props = { params: Promise<{ id: string }> };

const ID = /^a_[0-9a-f]{16}$/;

async function load(id: string) {
  if (!ID.test(id)) return null;
  return (await getStore()).getArticle(id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const stored = await load((await params).id);
  return { title: stored?.result.article.title || "Article not found" };
}

/** The evidence of every event in one part of the article. */
function marksIn(events: Event[], part: "title" | "standfirst" | "body", paragraph: number | null): Mark[] {
  return events.flatMap((e, n) => e.evidence.filter((ev) => ev.part === part && ev.paragraph === paragraph).map((ev) => ({ start: ev.start, end: ev.end, event: n })));
}

export default async function ReaderPage({ params }: Props) {
  const { id } = await params;
  const stored = await load(id);
  if (!stored) notFound();
  const { article, events } = stored.result;
  const original = safeHref(article.url);
  const source = article.source.name ?? article.source.domain;
  return (
    <div className="reader-layout">
      <article className="reader" aria-labelledby="article-title">
        <header>
          <p className="meta">
            {source ? <span>{source}</span> : null}
            {article.section ? <span> · {article.section}</span> : null}
          </p>
          <h1 id="article-title">
            <MarkedText text={article.title || "Untitled"} marks={marksIn(events, "title", null)} />
          </h1>
          {article.standfirst ? (
            <p className="standfirst">
              <MarkedText text={article.standfirst} marks={marksIn(events, "standfirst", null)} />
            </p>
          ) : null}
          <p className="meta">
            {article.authors.length > 0 ? <span>By {article.authors.join(", ")} · </span> : null}
            <time dateTime={article.publishedAt ?? undefined}>{article.publishedAt ? `Published ${formatDay(article.publishedAt)}` : "Publication date unknown"}</time>
            {article.updatedAt && article.updatedAt !== article.publishedAt ? <span> · updated {formatDay(article.updatedAt)}</span> : null}
            <span> · {plural(article.readingTimeMinutes, "min")} read</span>
          </p>
          {original ? (
            <p>
              <a href={original} rel="noopener noreferrer nofollow" data-original>
                Read the original at {article.source.domain ?? "the source"}
              </a>
            </p>
          ) : null}
        </header>
        {article.image && (article.image.caption || article.image.credit) ? (
          <figure className="lead-image">
            <figcaption>
              {article.image.caption}
              {article.image.credit ? <span className="credit"> Credit: {article.image.credit}</span> : null}
            </figcaption>
          </figure>
        ) : null}
        <div className="body">
          {article.paragraphs.map((p, i) => (
            <p key={i}>
              <MarkedText text={p} marks={marksIn(events, "body", i)} />
            </p>
          ))}
        </div>
        {article.tags.length > 0 ? (
          <p className="tags">
            Tags:{" "}
            {article.tags.map((t, i) => (
              <span key={t}>
                {i > 0 ? ", " : ""}
                {t}
              </span>
            ))}
          </p>
        ) : null}
        {article.related.length > 0 ? (
          <section className="related" aria-labelledby="related-title">
            <h2 id="related-title">Related</h2>
            <ul>
              {article.related.map((r, i) => {
                const href = safeHref(r.url);
                return <li key={i}>{href ? <a href={href} rel="noopener noreferrer nofollow">{r.title}</a> : r.title}</li>;
              })}
            </ul>
          </section>
        ) : null}
      </article>
      <aside className="events-aside" aria-labelledby="events-title">
        <h2 id="events-title">{events.length === 0 ? "No events found" : `${plural(events.length, "event")} reported`}</h2>
        {events.map((e, n) => (
          <EventCard key={e.id} event={e} n={n} groupId={stored.groups[e.id]} />
        ))}
      </aside>
    </div>
  );
}
