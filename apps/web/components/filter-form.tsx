import { EventTypeName } from "@sitrep/schema";
import type { RawParams } from "../lib/params";

const value = (params: RawParams, key: string) => {
  const v = params[key];
  return (Array.isArray(v) ? v[0] : v) ?? "";
};

/**
 * The search and its filters as a plain GET form: the URL holds the whole query, so a search
 * can be bookmarked and shared, and the form works without JavaScript.
 */
export function FilterForm({ action, params, kind }: { action: string; params: RawParams; kind: "articles" | "events" }) {
  const v = (key: string) => value(params, key);
  const sorts = kind === "articles" ? ["newest", "oldest", "relevance"] : ["newest", "oldest", "deadliest"];
  return (
    <form className="filters" action={action} method="get" role="search" aria-label={`Search ${kind}`}>
      <div className="field wide">
        <label htmlFor="q">Search</label>
        <input id="q" name="q" type="search" defaultValue={v("q")} placeholder='words, "a phrase", -not, prefix*' data-search-box />
      </div>
      <div className="field">
        <label htmlFor="country">Country</label>
        <input id="country" name="country" defaultValue={v("country")} placeholder="Iraq or IQ" />
      </div>
      <div className="field">
        <label htmlFor="type">Event type</label>
        <select id="type" name="type" defaultValue={v("type")}>
          <option value="">Any</option>
          {EventTypeName.options.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="source">Source</label>
        <input id="source" name="source" defaultValue={v("source")} placeholder="name or domain" />
      </div>
      <div className="field">
        <label htmlFor="from">From</label>
        <input id="from" name="from" type="date" defaultValue={v("from")} />
      </div>
      <div className="field">
        <label htmlFor="to">To</label>
        <input id="to" name="to" type="date" defaultValue={v("to")} />
      </div>
      <div className="field">
        <label htmlFor="fatalities">Fatalities</label>
        <select id="fatalities" name="fatalities" defaultValue={v("fatalities")}>
          <option value="">Any</option>
          <option value="with">With fatalities</option>
          <option value="without">Without</option>
        </select>
      </div>
      {kind === "articles" ? (
        <>
          <div className="field">
            <label htmlFor="read">Read</label>
            <select id="read" name="read" defaultValue={v("read")}>
              <option value="">Any</option>
              <option value="no">Unread</option>
              <option value="yes">Read</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="favourite">Favourites</label>
            <select id="favourite" name="favourite" defaultValue={v("favourite")}>
              <option value="">Any</option>
              <option value="yes">Favourites only</option>
            </select>
          </div>
        </>
      ) : null}
      <div className="field">
        <label htmlFor="sort">Sort</label>
        <select id="sort" name="sort" defaultValue={v("sort")}>
          {sorts.map((s) => (
            <option key={s} value={s === "newest" ? "" : s}>
              {s[0]!.toUpperCase() + s.slice(1)}
            </option>
          ))}
        </select>
      </div>
      <div className="actions">
        <button type="submit">Search</button>
        <a href={action}>Clear</a>
      </div>
    </form>
  );
}
