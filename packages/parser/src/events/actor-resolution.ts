import type { Actor, Attribution, Location } from "@sitrep/schema";
import type { Gazetteer } from "../places/gazetteer.js";

/**
 * Actors settled against the whole event, after merging:
 * - unnamed state forces ("forces responded") belong to the event's country;
 * - another state's forces are external forces, as ACLED codes them;
 * - a statement's actor is its speaker, taken from the attribution.
 */
export function resolveActors(
  actors: Actor[],
  ctx: { eventType: string; location: Location | null; attributions: Attribution[]; gazetteer: Gazetteer },
): Actor[] {
  const where = ctx.location?.country ?? null;
  let out = actors.map((a): Actor => {
    if (a.kind === "state_forces" && a.country === null && a.name === "State forces" && where) {
      return { ...a, name: `Military Forces of ${where.name}`, country: where.iso2 };
    }
    return a;
  });
  out = out.map((a) =>
    a.kind === "state_forces" && a.country && where && a.country !== where.iso2 ? { ...a, kind: "external_forces" } : a,
  );
  if (ctx.eventType === "Statement") {
    const said = ctx.attributions[0];
    const others = out.filter((a) => a.role !== "speaker").map((a) => ({ ...a, role: "party" as const }));
    if (said) {
      const iso2 = countryIn(said.source, ctx.gazetteer);
      const kind =
        said.sourceKind === "military" || said.sourceKind === "official"
          ? iso2 && where && iso2 !== where.iso2
            ? "external_forces"
            : "state_forces"
          : "unknown";
      return [{ name: said.source, text: said.source, role: "speaker", kind, country: iso2 }, ...others];
    }
    return others;
  }
  return dedupe(out);
}

function countryIn(text: string, gaz: Gazetteer): string | null {
  for (const w of text.split(/\s+/)) {
    const iso2 = gaz.countryByWord(w.replace(/['’]s$/, ""));
    if (iso2) return iso2;
  }
  return null;
}

function dedupe(actors: Actor[]): Actor[] {
  const seen = new Set<string>();
  return actors.filter((a) => {
    const key = `${a.name}|${a.role}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
