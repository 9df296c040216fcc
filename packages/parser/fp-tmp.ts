import { loadGazetteer } from "./src/index.js";
import { findPlaces } from "./src/events/places.js";
console.log(findPlaces(process.argv[2]!, loadGazetteer(), { countries: (process.env.C ?? "").split(",").filter(Boolean) }).map((p) => [p.text, p.location.name, p.location.kind, p.preposition]));
