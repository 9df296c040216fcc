// Writes json-schema/parse-result.schema.json from the zod models. Run after changing them;
// a test fails while the committed file and the models disagree.
import { writeFileSync, mkdirSync } from "node:fs";
import { parseResultJsonSchema } from "../src/json-schema.js";

const out = new URL("../json-schema/parse-result.schema.json", import.meta.url);
mkdirSync(new URL("../json-schema/", import.meta.url), { recursive: true });
writeFileSync(out, JSON.stringify(parseResultJsonSchema(), null, 2) + "\n");
console.log(`wrote ${out.pathname}`);
