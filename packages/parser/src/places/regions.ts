/** ACLED's region names, from the UN subregion with ACLED's own exceptions. */
const BY_SUBREGION: Record<string, string> = {
  "Western Asia": "Middle East",
  "Southern Asia": "South Asia",
  "South-Eastern Asia": "Southeast Asia",
  "Eastern Asia": "East Asia",
  "Central Asia": "Caucasus and Central Asia",
  "Northern Africa": "Northern Africa",
  "Western Africa": "Western Africa",
  "Middle Africa": "Middle Africa",
  "Eastern Africa": "Eastern Africa",
  "Southern Africa": "Southern Africa",
  "Northern Europe": "Europe",
  "Western Europe": "Europe",
  "Southern Europe": "Europe",
  "Eastern Europe": "Europe",
  "Central Europe": "Europe",
  "Southeast Europe": "Europe",
  "North America": "North America",
  "Central America": "Central America",
  Caribbean: "Caribbean",
  "South America": "South America",
  "Australia and New Zealand": "Oceania",
  Melanesia: "Oceania",
  Micronesia: "Oceania",
  Polynesia: "Oceania",
};

const EXCEPTIONS: Record<string, string> = {
  IR: "Middle East",
  AM: "Caucasus and Central Asia",
  AZ: "Caucasus and Central Asia",
  GE: "Caucasus and Central Asia",
  MX: "Central America",
  SD: "Northern Africa",
  CY: "Europe",
  TR: "Middle East",
};

export function acledRegion(iso2: string, subregion: string, region: string): string | null {
  return EXCEPTIONS[iso2] ?? BY_SUBREGION[subregion] ?? (region === "Antarctic" ? "Antarctica" : null);
}
