import type { Metadata } from "next";
import { ArticleItem } from "../components/article-item";
import { FacetList } from "../components/facet-list";
import { QueryError } from "../components/query-error";
import { FilterForm } from "../components/filter-form";
import { Pager } from "../components/pager";
import { articleQuery, withParams, type RawParams } from "../lib/params";
import { getStore } from "../lib/store";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const params = await searchParams;
  const parsed = await articleQuery(params);
  const store = await getStore();
  const searching = Object.keys(params).some((k) => k !== "cursor" && params[k]);
  const [page, facets] = parsed.ok
    ? await Promise.all([store.searchArticles(parsed.query), store.facets(parsed.query)])
    : [null, null];
  const feed = `/feed.xml${withParams(params, { cursor: undefined })}`;
  return (
    <div className="with-facets">
      <div className="primary">
        <h1>{searching ? "Search" : "Articles"}</h1>
        <FilterForm action="/" params={params} kind="articles" />
        {!parsed.ok ? (
          <QueryError message={parsed.message} />
        ) : page && page.items.length > 0 ? (
          <>
            <p className="tools">
              <a href={feed}>Atom feed of this view</a> ·{" "}
              <a href={`/api/export${withParams({ ...params, format: "jsonl" }, { cursor: undefined })}`}>JSON lines</a>
            </p>
            <ol className="items" aria-label="Articles">
              {page.items.map((a) => (
                <ArticleItem key={a.id} article={a} />
              ))}
            </ol>
            <Pager path="/" params={params} next={page.next} label="Article" />
          </>
        ) : searching ? (
          <p className="empty">No article matches this search. Try fewer words or filters.</p>
        ) : (
          <div className="empty">
            <p>No articles yet.</p>
            <p>
              <a href="/add">Add one</a>, or from a terminal run{" "}
              <code>sitrep ingest &lt;files, directories or URLs&gt;</code>.
            </p>
          </div>
        )}
      </div>
      {facets && facets.matched > 0 ? <FacetList facets={facets} params={params} /> : null}
    </div>
  );
}
