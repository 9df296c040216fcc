/**
 * Continents, world regions and seas: places news names that are no country's. Kept by hand, as
 * aliases.ts is; the point is a conventional centre (near GeoNames' where it has one), for a map and
 * for distance, not a boundary. `adjectives` are the words that name the place as a demonym names a
 * country ("European", "Middle Eastern"); `caseSensitive` names match only as written ("EU").
 */
export interface WorldRegion {
  name: string;
  kind: "region" | "water";
  lat: number;
  lon: number;
  names: readonly string[];
  adjectives: readonly string[];
  caseSensitive?: readonly string[];
}

const region = (
  name: string,
  lat: number,
  lon: number,
  names: string[] = [],
  adjectives: string[] = [],
  caseSensitive: string[] = [],
): WorldRegion => ({ name, kind: "region", lat, lon, names: [name, ...names], adjectives, caseSensitive });
const water = (
  name: string,
  lat: number,
  lon: number,
  names: string[] = [],
  adjectives: string[] = [],
): WorldRegion => ({
  name,
  kind: "water",
  lat,
  lon,
  names: [name, ...names],
  adjectives,
});

export const WORLD_REGIONS: readonly WorldRegion[] = [
  region("Africa", 7.19, 21.09, [], ["African"]),
  region("Asia", 29.84, 89.3, [], ["Asian"]),
  region("Europe", 48.69, 9.14, ["European Union", "Continental Europe"], ["European"], ["EU"]),
  region("North America", 46.07, -100.55, [], ["North American"]),
  region("South America", -14.6, -57.66, [], ["South American"]),
  region("Latin America", -4.4, -61.3, [], ["Latin American"]),
  region("Central America", 12.8, -85.6, [], ["Central American"]),
  region("Oceania", -18.31, 138.52, ["Australasia"], []),
  region("Antarctica", -78.16, 16.41, [], ["Antarctic"]),
  region("Middle East", 29.3, 42.5, ["Mideast"], ["Middle Eastern"]),
  region("Caribbean", 15.0, -73.0, ["West Indies"], ["Caribbean"]),
  region("Southeast Asia", 6.0, 110.0, ["South-East Asia", "South East Asia"], ["Southeast Asian"]),
  region("South Asia", 22.0, 78.0, [], ["South Asian"]),
  region("Central Asia", 45.0, 68.0, [], ["Central Asian"]),
  region("East Asia", 35.0, 115.0, [], ["East Asian"]),
  region("Eastern Europe", 50.0, 30.0, [], ["Eastern European"]),
  region("Western Europe", 48.0, 4.0, [], ["Western European"]),
  region("Scandinavia", 63.0, 14.0, [], ["Scandinavian"]),
  region("Balkans", 43.0, 20.0, ["Balkan Peninsula"], ["Balkan"]),
  region("Sahel", 15.0, 5.0, [], ["Sahelian"]),
  region("Horn of Africa", 8.0, 45.0, [], []),
  region("West Africa", 12.0, -3.0, [], ["West African"]),
  region("East Africa", 0.0, 37.0, [], ["East African"]),
  region("North Africa", 27.0, 14.0, [], ["North African"]),
  region("Southern Africa", -25.0, 25.0, [], []),
  region("Sub-Saharan Africa", 0.0, 20.0, [], ["Sub-Saharan"]),
  region("Arctic", 80.0, 0.0, [], ["Arctic"]),
  water("Atlantic Ocean", 10.0, -33.0, ["Atlantic", "North Atlantic", "South Atlantic"], ["Atlantic", "transatlantic"]),
  water("Pacific Ocean", 0.0, -160.0, ["Pacific", "South Pacific", "North Pacific"], ["Pacific", "Asia-Pacific"]),
  water("Indian Ocean", -10.0, 80.0),
  water("Mediterranean Sea", 35.0, 18.0, ["Mediterranean"], ["Mediterranean"]),
  water("Black Sea", 43.0, 35.0),
  water("Red Sea", 20.0, 38.5),
  water("Caspian Sea", 42.0, 50.5, ["Caspian"]),
  water("Persian Gulf", 27.0, 51.0, ["Arabian Gulf"]),
  water("Baltic Sea", 58.0, 20.0, ["Baltic"], ["Baltic"]),
  water("North Sea", 56.0, 3.0),
  water("South China Sea", 12.0, 113.0),
  water("East China Sea", 29.0, 125.0),
  water("Caribbean Sea", 15.0, -75.0),
  water("Gulf of Mexico", 25.0, -90.0),
  water("Gulf of Aden", 12.0, 48.0),
  water("Sea of Japan", 40.0, 135.0),
  water("Aegean Sea", 39.0, 25.0, ["Aegean"]),
  water("Arabian Sea", 15.0, 65.0),
  water("English Channel", 50.2, -1.0),
  water("Strait of Hormuz", 26.6, 56.5),
  water("Bay of Bengal", 15.0, 88.0),
];
