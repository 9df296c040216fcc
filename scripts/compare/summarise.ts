/** A row of dump.ts: one input's parse result, or the error it gave. */
export interface Row {
  id: string;
  result?: { events?: EventLike[]; article?: unknown; warnings?: unknown };
  error?: string;
}

interface EventLike {
  type?: { eventType?: string; subEventType?: string };
  date?: { start?: string | null };
  location?: { name?: string | null; country?: { iso2?: string } | null } | null;
  fatalities?: { killed?: number | null } | null;
}

/** An event in a few words, so a changed row reads at a glance. */
function brief(e: EventLike): string {
  const place = e.location
    ? `${e.location.name ?? "?"}${e.location.country ? `/${e.location.country.iso2}` : ""}`
    : "-";
  const killed = e.fatalities?.killed ?? "?";
  return `${e.type?.eventType}: ${e.type?.subEventType} | ${e.date?.start ?? "-"} | ${place} | killed ${killed}`;
}

/** What differs between two rows: the errors, the events, or else which part of the result. */
function difference(a: Row, b: Row): string[] {
  if (a.error !== b.error) return [`error: ${a.error ?? "none"} -> ${b.error ?? "none"}`];
  const ea = (a.result?.events ?? []).map(brief);
  const eb = (b.result?.events ?? []).map(brief);
  const lines = ea.filter((x) => !eb.includes(x)).map((x) => `- ${x}`);
  lines.push(...eb.filter((x) => !ea.includes(x)).map((x) => `+ ${x}`));
  if (lines.length > 0) return lines;
  const parts = Object.keys({ ...a.result, ...b.result }) as (keyof NonNullable<Row["result"]>)[];
  const changed = parts.filter((k) => JSON.stringify(a.result?.[k]) !== JSON.stringify(b.result?.[k]));
  return [`same events; differs in ${changed.join(", ")}`];
}

/** The row-by-row report: counts by set, then each changed row (the short report shows the first 40). */
export function summarise(
  before: Map<string, Row>,
  after: Map<string, Row>,
  label: string,
): { short: string; full: string } {
  const sets = new Map<string, { n: number; same: number; sameEvents: number }>();
  const changed: string[] = [];
  const otherwise: string[] = [];
  const ids = new Set([...before.keys(), ...after.keys()]);
  for (const id of ids) {
    const set = id.slice(0, id.indexOf("/"));
    const s = sets.get(set) ?? { n: 0, same: 0, sameEvents: 0 };
    sets.set(set, s);
    s.n++;
    const a = before.get(id);
    const b = after.get(id);
    if (a && b && JSON.stringify(a) === JSON.stringify(b)) {
      s.same++;
      s.sameEvents++;
      continue;
    }
    const lines = !a ? ["only in the work tree"] : !b ? ["only in the ref"] : difference(a, b);
    const eventsSame = lines.length === 1 && lines[0]!.startsWith("same events");
    if (eventsSame) s.sameEvents++;
    // Rows whose events changed come first: a change of mentions or warnings alone reads after them.
    (eventsSame ? otherwise : changed).push([id, ...lines.map((l) => `    ${l}`)].join("\n"));
  }
  changed.push(...otherwise);
  const total = [...sets.values()].reduce(
    (t, s) => ({ n: t.n + s.n, same: t.same + s.same, sameEvents: t.sameEvents + s.sameEvents }),
    { n: 0, same: 0, sameEvents: 0 },
  );
  const head = [
    `work tree against ${label}: ${total.same} of ${total.n} inputs identical, ${total.n - total.same} changed` +
      ` (${total.n - total.sameEvents} in their events)`,
    ...[...sets].map(
      ([set, s]) =>
        `  ${set.padEnd(12)} ${String(s.same).padStart(5)} of ${String(s.n).padStart(5)} identical,` +
        ` ${String(s.sameEvents).padStart(5)} with the same events`,
    ),
  ];
  const shown = changed.slice(0, 40);
  const more =
    changed.length > shown.length ? [`... ${changed.length - shown.length} more in .cache/compare/report.txt`] : [];
  return { short: [...head, ...shown, ...more].join("\n"), full: [...head, ...changed].join("\n") + "\n" };
}
