import type { Facets } from "@sitrep/store";
import { monthLabel, monthRange } from "../lib/format";
import { withParams, type RawParams } from "../lib/params";

/** Counts of the matches by country, event type, source and month; each a link that narrows the search. */
export function FacetList({ facets, params }: { facets: Facets; params: RawParams }) {
  const groups = [
    { title: "Country", key: "country", items: facets.countries },
    { title: "Event type", key: "type", items: facets.eventTypes },
    { title: "Source", key: "source", items: facets.sources },
  ];
  return (
    <aside className="facets" aria-label="Narrow the search">
      <p className="facet-note">
        {facets.capped
          ? `Counts over the newest ${facets.matched.toLocaleString("en-GB")} matches`
          : `${facets.matched.toLocaleString("en-GB")} matching articles`}
      </p>
      {facets.months.length > 1 || params.from || params.to ? (
        <section>
          <h2>Published</h2>
          <ul>
            {facets.months.map((m) => {
              const [from, to] = monthRange(m.value);
              const active = params.from === from && params.to === to;
              // A month chosen already is unchosen by its link.
              const range = active ? { from: undefined, to: undefined } : { from, to };
              return (
                <li key={m.value}>
                  <a
                    href={`/${withParams(params, { ...range, cursor: undefined })}`}
                    aria-current={active ? "true" : undefined}
                  >
                    <span>{monthLabel(m.value)}</span> <span className="count">{m.count.toLocaleString("en-GB")}</span>
                  </a>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      {groups.map((g) =>
        g.items.length === 0 ? null : (
          <section key={g.key}>
            <h2>{g.title}</h2>
            <ul>
              {g.items.map((f) => {
                const active = params[g.key] === f.value;
                return (
                  <li key={f.value}>
                    <a
                      href={`/${withParams(params, { [g.key]: active ? undefined : f.value, cursor: undefined })}`}
                      aria-current={active ? "true" : undefined}
                    >
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
