/**
 * Names news uses that the data packages do not carry, kept by hand: the alias, and the
 * gazetteer name (with its ISO country) it stands for. Add a line when a real article
 * needs one; the data packages stay the source of everything else.
 */
export const PLACE_ALIASES: ReadonlyArray<{ alias: string; name: string; iso2: string; admin1?: string }> = [
  { alias: "Ain al-Asad", name: "Al Asad Air Base", iso2: "IQ" },
  { alias: "Ain al-Assad", name: "Al Asad Air Base", iso2: "IQ" },
  { alias: "Ain al-Asad air base", name: "Al Asad Air Base", iso2: "IQ" },
  { alias: "Al-Asad air base", name: "Al Asad Air Base", iso2: "IQ" },
  { alias: "Balad air base", name: "Balad Southeast Airport", iso2: "IQ" },
  { alias: "Kurdistan", name: "Erbil", iso2: "IQ" },
  // Seats of government news names for their cities ("at the White House", "the Kremlin said").
  { alias: "White House", name: "Washington", iso2: "US", admin1: "US-DC" },
  { alias: "Capitol Hill", name: "Washington", iso2: "US", admin1: "US-DC" },
  { alias: "Kremlin", name: "Moscow", iso2: "RU", admin1: "RU-MOW" },
  { alias: "Downing Street", name: "London", iso2: "GB", admin1: "GB-ENG" },
];

/**
 * Provinces by the short names news uses for them ("Rajouri district, J&K", "Hangu, KPK"),
 * with the ISO 3166-2 code of the province they stand for.
 */
export const PROVINCE_ALIASES: Readonly<Record<string, string>> = {
  "J&K": "IN-JK",
  KPK: "PK-KP",
  Salahuddin: "IQ-SD",
  // Cameroon is bilingual: its regions by their French names, as the country's own press writes them.
  "Extrême-Nord": "CM-EN",
  "Nord-Ouest": "CM-NW",
  "Sud-Ouest": "CM-SW",
};

/** What headlines call a country's people that the data does not: "Brits blame Brexit". */
export const DEMONYM_ALIASES: Readonly<Record<string, string>> = {
  brits: "GB",
  brit: "GB",
  yanks: "US",
  aussies: "AU",
  aussie: "AU",
  kiwis: "NZ",
  // Adjectives news uses where the data has another demonym (Filipino, Saudi Arabian, South Korean).
  philippine: "PH",
  saudi: "SA",
  korean: "KR",
};

/** Country names news uses that world-countries spells otherwise. */
export const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  "u.s.": "US",
  "united states": "US",
  america: "US",
  "u.k.": "GB",
  britain: "GB",
  "great britain": "GB",
  "the uk": "GB",
  "the us": "US",
  drc: "CD",
  "dr congo": "CD",
  "ivory coast": "CI",
  burma: "MM",
  "west bank": "PS",
  gaza: "PS",
  "gaza strip": "PS",
  "south korea": "KR",
  // "Sudanese nationals living in Korea": the South, as news writes it.
  korea: "KR",
  "north korea": "KP",
  russia: "RU",
  syria: "SY",
  iran: "IR",
  // Names the data has since changed, still the ones most news and ACLED use.
  turkey: "TR",
  "czech republic": "CZ",
  swaziland: "SZ",
  macedonia: "MK",
  "cape verde": "CV",
  "east timor": "TL",
  "democratic republic of congo": "CD",
  "republic of congo": "CG",
  "congo-brazzaville": "CG",
  "congo-kinshasa": "CD",
};
