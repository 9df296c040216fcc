import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { parse as parseCsv } from "csv-parse/sync";

/** One input of the comparison: what the parser is given, named so both builds' rows line up. */
export interface CompareInput {
  id: string;
  input: string;
  format: "text" | "html" | "newsplease";
  url?: string;
}

const record = (r: Record<string, unknown>): string => JSON.stringify(r);

function jsonl<T>(path: string): T[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/**
 * Every input the project compares builds on, read from ../shared/eval (and the samples), fed as
 * the evaluations feed them. Sets that are missing are skipped and named on stderr.
 */
export function* compareInputs(shared: string, repo: string): Generator<CompareInput> {
  const at = (...p: string[]) => join(shared, "eval", ...p);
  for (const [set, dir] of [
    ["corpus", join(shared, "corpus")],
    ["sample", join(repo, "samples")],
  ] as const) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      yield { id: `${set}/${f}`, input: readFileSync(join(dir, f), "utf8"), format: "text" };
    }
  }
  if (existsSync(at("events", "acled-2022q1.csv"))) {
    const rows = parseCsv(readFileSync(at("events", "acled-2022q1.csv")), { columns: true }) as Record<
      string,
      string
    >[];
    for (const row of rows) {
      const published = new Date(Number(row.timestamp) * 1000).toISOString().slice(0, 10);
      const input = record({ title: null, maintext: row.notes, date_publish: published });
      yield { id: `acled/${row.event_id_cnty}`, input, format: "newsplease" };
    }
  }
  if (existsSync(at("events", "giveme5w1h"))) {
    for (const f of readdirSync(at("events", "giveme5w1h"))
      .filter((x) => x.endsWith(".json"))
      .sort()) {
      const d = JSON.parse(readFileSync(at("events", "giveme5w1h", f), "utf8")) as Record<string, string>;
      const input = record({
        title: d.title,
        description: d.description,
        maintext: d.text,
        date_publish: d.date_publish,
      });
      yield { id: `giveme5w1h/${f}`, input, format: "newsplease" };
    }
  }
  if (existsSync(at("article-extraction", "ground-truth.json"))) {
    const truth = JSON.parse(readFileSync(at("article-extraction", "ground-truth.json"), "utf8")) as Record<
      string,
      { url?: string }
    >;
    for (const [id, t] of Object.entries(truth)) {
      const html = gunzipSync(readFileSync(at("article-extraction", "html", `${id}.html.gz`))).toString("utf8");
      yield { id: `pages/${id}`, input: html, format: "html", url: t.url };
    }
  }
  for (const [set, file] of [
    ["realnews", at("events", "realnews-dev.jsonl")],
    ["geowebnews", at("places", "geowebnews.jsonl")],
    ["tr-news", at("places", "tr-news.jsonl")],
    ["timebank", at("dates", "timebank.jsonl")],
  ] as const) {
    if (!existsSync(file)) continue;
    for (const d of jsonl<Record<string, string | null>>(file)) {
      const input = record({ title: d.title ?? null, maintext: d.text, date_publish: d.date_publish ?? null });
      yield { id: `${set}/${d.id}`, input, format: "newsplease", url: d.url ?? undefined };
    }
  }
  if (existsSync(at("events", "muc4-dev.jsonl"))) {
    for (const d of jsonl<{ id: string; text: string }>(at("events", "muc4-dev.jsonl"))) {
      yield { id: `muc4/${d.id}`, input: d.text, format: "text" };
    }
  }
  if (existsSync(at("open-web", "evaldata.json"))) {
    const data = JSON.parse(readFileSync(at("open-web", "evaldata.json"), "utf8")) as Record<string, { file: string }>;
    for (const [url, d] of Object.entries(data)) {
      const html = gunzipSync(readFileSync(at("open-web", "pages", `${d.file}.gz`))).toString("utf8");
      yield { id: `open-web/${d.file}`, input: html, format: "html", url };
    }
  }
}
