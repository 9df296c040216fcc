import type { ReactNode } from "react";
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
export function FilterForm({
  action,
  params,
  kind,
}: {
  action: string;
  params: RawParams;
  kind: "articles" | "events";
}) {
  const v = (key: string) => value(params, key);
  const sorts = kind === "articles" ? ["newest", "oldest", "relevance"] : ["newest", "oldest", "deadliest"];
  // A labelled field; `name` is also the control's id and the URL parameter.
  const field = (name: string, label: string, control: ReactNode, wide = false) => (
    <div className={wide ? "field wide" : "field"}>
      <label htmlFor={name}>{label}</label>
      {control}
    </div>
  );
  const text = (name: string, placeholder: string, type = "text") => (
    <input id={name} name={name} type={type} defaultValue={v(name)} placeholder={placeholder || undefined} />
  );
  const choice = (name: string, options: Array<[value: string, label: string]>) => (
    <select id={name} name={name} defaultValue={v(name)}>
      {options.map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </select>
  );
  const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
  return (
    <form className="filters" action={action} method="get" role="search" aria-label={`Search ${kind}`}>
      {field(
        "q",
        "Search",
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={v("q")}
          placeholder='words, "a phrase", -not, prefix*'
          data-search-box
        />,
        true,
      )}
      {field("country", "Country", text("country", "Iraq or IQ"))}
      {field(
        "type",
        "Event type",
        choice("type", [["", "Any"], ...EventTypeName.options.map((t): [string, string] => [t, t])]),
      )}
      {field("source", "Source", text("source", "name or domain"))}
      {field("from", "From", text("from", "", "date"))}
      {field("to", "To", text("to", "", "date"))}
      {field(
        "fatalities",
        "Fatalities",
        choice("fatalities", [
          ["", "Any"],
          ["with", "With fatalities"],
          ["without", "Without"],
        ]),
      )}
      {kind === "articles" ? (
        <>
          {field(
            "read",
            "Read",
            choice("read", [
              ["", "Any"],
              ["no", "Unread"],
              ["yes", "Read"],
            ]),
          )}
          {field(
            "favourite",
            "Favourites",
            choice("favourite", [
              ["", "Any"],
              ["yes", "Favourites only"],
            ]),
          )}
        </>
      ) : null}
      {field(
        "sort",
        "Sort",
        choice(
          "sort",
          sorts.map((s): [string, string] => [s === "newest" ? "" : s, cap(s)]),
        ),
      )}
      <div className="actions">
        <button type="submit">Search</button>
        <a href={action}>Clear</a>
      </div>
    </form>
  );
}
