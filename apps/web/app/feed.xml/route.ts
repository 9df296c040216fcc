import type { NextRequest } from "next/server";
import { Feed } from "feed";
import { badRequest, handle } from "../../lib/api";
import { articleQuery, fromSearchParams } from "../../lib/params";
import { safeHref } from "../../lib/safe-url";
import { getStore } from "../../lib/store";

/** GET /feed.xml?<filters>: an Atom feed of the latest 50 articles, of everything or of any search. */
export function GET(request: NextRequest) {
  return handle(async () => {
    const params = fromSearchParams(request.nextUrl.searchParams);
    const parsed = await articleQuery({ ...params, cursor: undefined, limit: "50" });
    if (!parsed.ok) return badRequest(parsed.message);
    const page = await (await getStore()).searchArticles(parsed.query);
    const origin = request.nextUrl.origin;
    const search = request.nextUrl.search;
    const feed = new Feed({
      title: parsed.query.q ? `Sitrep: ${parsed.query.q}` : "Sitrep: latest articles",
      id: `${origin}/feed.xml${search}`,
      link: `${origin}/${search}`,
      feedLinks: { atom: `${origin}/feed.xml${search}` },
      copyright: "Each article belongs to its publisher",
      updated: page.items[0]?.publishedAt ? new Date(page.items[0].publishedAt) : new Date(0),
      generator: "Sitrep",
    });
    for (const a of page.items) {
      const link = `${origin}/articles/${a.id}`;
      feed.addItem({
        title: a.title || "Untitled",
        id: link,
        link,
        date: a.publishedAt ? new Date(a.publishedAt) : new Date(0),
        description:
          [
            a.standfirst,
            a.events.length ? `Events: ${[...new Set(a.events.map((e) => e.subEventType))].join(", ")}` : null,
          ]
            .filter(Boolean)
            .join(" · ") || undefined,
        author:
          a.source.name || a.source.domain
            ? [{ name: a.source.name ?? a.source.domain ?? "", link: safeHref(a.url) ?? undefined }]
            : undefined,
      });
    }
    return new Response(feed.atom1(), { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
  });
}
