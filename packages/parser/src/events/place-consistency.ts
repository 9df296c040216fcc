// What the places one sentence names say of each other: a town found abroad is dropped where the
// sentence says it is a part of another place, or names places of another country by their names.
import type { Location } from "@sitrep/schema";
import type { Gazetteer } from "../places/gazetteer.js";
import { nameVariants, normaliseName } from "../places/normalise-name.js";
import { HEAD_SUFFIX } from "./framed-places.js";
import type { PlaceMention } from "./place-candidates.js";
import { either, oneOf } from "../text/pattern.js";

/** "Al Birr mosque in ", "Lyttelton in ", "Dur al Naft area of ": a feature of the place named next. */
const features = oneOf`
  area
  neighbou?rhood
  quarter
  mosque
  church
  checkpoint
  market
  bridge
  square
  camp
  highway
  road
  street
  gate
  junction
  roundabout
  base
  port
  beach
  park
  lighthouse
  hill
  valley
  village
  town
  locality
  landing site
`;
const outskirts = oneOf`
  countryside
  outskirts
  suburbs
  vicinity
`;
const WITHIN_NEXT = new RegExp(
  either`
    ^\s+(?:(${features})\s+)?(?:in|of|within)\s+(?:the\s+)?(?:(?:[\w-]+\s+)?${outskirts}\s+of\s+)?$
  `.source,
  "i",
);

/**
 * "Houthi fighters shot two civilians near Al Birr mosque in Ibb city": a town of another country
 * (Birr, Ireland) or province named as a part of the next place is that place's own part, not
 * the town elsewhere.
 */
export function partOfNextPlace(
  p: PlaceMention,
  next: PlaceMention | undefined,
  text: string,
  gaz: Gazetteer,
): boolean {
  if (
    !next ||
    (p.location.kind !== "town" && p.location.kind !== "facility") ||
    next.location.kind === "country" ||
    !p.location.country ||
    !next.location.country
  )
    return false;
  // Abroad, or in another province: "Chinatown in New York" is not California's Chinatown.
  const elsewhere =
    p.location.country.iso2 !== next.location.country.iso2 ||
    (!!p.location.admin1 && !!next.location.admin1 && p.location.admin1.code !== next.location.admin1.code);
  const within = elsewhere ? WITHIN_NEXT.exec(text.slice(p.end, next.start)) : null;
  if (!within) return false;
  // "Lyttelton in Centurion": without a feature's word, only a place within a larger one
  // ("Neustadt in Holstein" is a name).
  const population = (l: Location) => (l.gazetteerId ? (gaz.place(l.gazetteerId)?.population ?? 0) : 0);
  return !!within[1] || next.location.kind === "province" || population(next.location) > population(p.location);
}

/**
 * "Turkish forces shelled Khaneh village in the countryside of Ain al Arab in Aleppo governorate":
 * a town found only by another of its names (Khaneh for Piranshahr, Iran), or a village of unknown
 * size, is not it when the sentence names another country's province or town by its own name,
 * and none of the town's own. A village of unknown size is not it either where the sentence names
 * another province of its country and not its own ("Pauk Taw village ... (Sagaing district,
 * Sagaing region)" is not the Pauk Taw of Yangon).
 */
export function placedElsewhere(p: PlaceMention, all: readonly PlaceMention[], gaz: Gazetteer): boolean {
  const id = p.location.gazetteerId;
  if (!id?.startsWith("p:") || !p.location.country) return false;
  // A village of unknown size, named bare (no brackets or comma that placed it), kept only where
  // the text introduced it.
  const entry = gaz.place(id);
  const unknownSize = !!entry && entry.population === 0 && entry.commonWord && !/[(,]/.test(p.text);
  if (
    !unknownSize &&
    !gaz.lookup(normaliseName(p.text.replace(HEAD_SUFFIX, ""))).some((e) => e.id === id && e.alternate)
  )
    return false;
  // "Ain al Arab city in Aleppo governorate", "Aleppo governorate": the text begins with the place's own name.
  const byOwnName = (q: PlaceMention) => {
    const names = nameVariants(q.location.name);
    return nameVariants(q.text).some((t) => names.some((n) => t.startsWith(n)));
  };
  const own = all.filter((q) => q !== p && q.location.kind !== "country" && q.location.country && byOwnName(q));
  const home = p.location.country.iso2;
  const atHome = own.filter((q) => q.location.country!.iso2 === home);
  // Unless the sentence also names a place of the town's own country ("near San Francisco Gotera, Morazan").
  if (own.some((q) => q.location.country!.iso2 !== home) && atHome.length === 0) return true;
  const province = p.location.admin1?.code;
  return (
    unknownSize &&
    !!province &&
    atHome.some((q) => q.location.admin1) &&
    !atHome.some((q) => q.location.admin1?.code === province)
  );
}
