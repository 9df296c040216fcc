import type { Facets } from "@sitrep/store";
import { withParams, type RawParams } from "../lib/params";

/** Counts of the matches by country, event type and source; each a link that narrows the search. */
export function FacetList({ facets, params }: { facets: Facets; params: RawParams }) {
  const groups = [
    { title: "Country", key: "country", items: facets.countries },
    { title: "Event type", key: "type", items: facets.eventTypes },
    { title: "Source", key: "source", items: facets.sources },
  ];
  return (
    <aside className="facets" aria-label="Narrow the search">
      <p className="facet-note">
        {facets.capped ? `Counts over the newest ${facets.matched.toLocaleString("en-GB")} matches` : `${facets.matched.toLocaleString("en-GB")} matching articles`}
      </p>
      {groups.map((g) =>
        g.items.length === 0 ? null : (
          <section key={g.key}>
            <h2>{g.title}</h2>
            <ul>
              {g.items.map((f) => {
                const active = params[g.key] === f.value;
                return (
                  <li key={f.value}>
                    <a href={`/${withParams(params, { [g.key]: active ? undefined : f.value, cursor: undefined })}`} aria-current={active ? "true" : undefined}>
                      <span>{f.label}</span> <span className="count">{f.count.toLocaleString("en-GB")}</span>
                    </a>
                  </li>
                );
              })}
            </ul>
          </section>
        ),
      )}
    </aside>
  );
}
