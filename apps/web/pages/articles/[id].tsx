import type { GetStaticPaths, GetStaticProps } from "next";
import Head from "next/head";
import type { Event, ParseResult } from "@sitrep/schema";
import { EventCard } from "../../components/event-card";
import { HelpDialog } from "../../components/help-dialog";
import { MarkedText } from "../../components/marked-text";
import { SiteFooter, SiteHeader } from "../../components/site-chrome";
import { formatDay, plural } from "../../lib/format";
import type { Mark } from "../../lib/highlight";
import { safeHref } from "../../lib/safe-url";
import { getStore } from "../../lib/store";

// The reader is the page people open most, so it is built like a newspaper's: rendered once
// per article, kept, and served as it is (re-rendered at most every minute when asked again),
// as plain HTML with no framework JavaScript. The Pages Router does both; the App Router
// would send its runtime and inline scripts with every page (see README: the website).
export const config = { unstable_runtimeJS: false };

type Props = { result: ParseResult; groups: Record<string, string> };

const ID = /^a_[0-9a-f]{16}$/;

export const getStaticPaths: GetStaticPaths = async () => ({ paths: [], fallback: "blocking" });

export const getStaticProps: GetStaticProps<Props> = async ({ params }) => {
  const id = String(params?.id ?? "");
  const stored = ID.test(id) ? await (await getStore()).getArticle(id) : null;
  if (!stored) return { notFound: true, revalidate: 60 };
  return { props: { result: stored.result, groups: stored.groups }, revalidate: 60 };
};

/** The evidence of every event in one part of the article. */
function marksIn(events: Event[], part: "title" | "standfirst" | "body", paragraph: number | null): Mark[] {
  return events.flatMap((e, n) =>
    e.evidence
      .filter((ev) => ev.part === part && ev.paragraph === paragraph)
      .map((ev) => ({ start: ev.start, end: ev.end, event: n })),
  );
}

export default function ReaderPage({ result, groups }: Props) {
  const { article, events } = result;
  const original = safeHref(article.url);
  const source = article.source.name ?? article.source.domain;
  return (
    <>
      <Head>
        <title>{`${article.title || "Untitled"} · Sitrep`}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
      </Head>
      <SiteHeader theme={null} />
      <main id="main" tabIndex={-1}>
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
                <time dateTime={article.publishedAt ?? undefined}>
                  {article.publishedAt ? `Published ${formatDay(article.publishedAt)}` : "Publication date unknown"}
                </time>
                {article.updatedAt && article.updatedAt !== article.publishedAt ? (
                  <span> · updated {formatDay(article.updatedAt)}</span>
                ) : null}
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
            {article.tags.length > 0 ? <p className="tags">Tags: {article.tags.join(", ")}</p> : null}
            {article.related.length > 0 ? (
              <section className="related" aria-labelledby="related-title">
                <h2 id="related-title">Related</h2>
                <ul>
                  {article.related.map((r, i) => {
                    const href = safeHref(r.url);
                    return (
                      <li key={i}>
                        {href ? (
                          <a href={href} rel="noopener noreferrer nofollow">
                            {r.title}
                          </a>
                        ) : (
                          r.title
                        )}
                      </li>
                    );
                  })}
                </ul>
              </section>
            ) : null}
          </article>
          <aside className="events-aside" aria-labelledby="events-title">
            <h2 id="events-title">
              {events.length === 0 ? "No events found" : `${plural(events.length, "event")} reported`}
            </h2>
            {events.map((e, n) => (
              <EventCard key={e.id} event={e} n={n} groupId={groups[e.id]} />
            ))}
          </aside>
        </div>
      </main>
      <SiteFooter />
      <HelpDialog />
    </>
  );
}
