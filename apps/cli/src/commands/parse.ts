import { z } from "zod";
import { ParseError, toAcledCsv, toAcledRows, toGeoJson } from "@sitrep/parser/light";
import { InputFormat, type ParseResult } from "@sitrep/schema";
import type { Io } from "../io.js";
import { readInput } from "../read-input.js";

export const ParseCommandOptions = z
  .object({
    format: z.union([z.literal("auto"), InputFormat.exclude(["feed"])]).default("auto"),
    publishedAt: z
      .union([z.iso.date(), z.iso.datetime({ offset: true })], {
        error: "expected a date (2019-12-04) or an ISO date-time (2019-12-04T10:30:00Z)",
      })
      .optional(),
    url: z.url({ protocol: /^https?$/, error: "expected an http(s) URL" }).optional(),
    json: z.boolean().default(false),
    jsonl: z.boolean().default(false),
    export: z.enum(["acled", "geojson"], { error: "expected acled or geojson" }).optional(),
  })
  .refine((o) => [o.json, o.jsonl, o.export !== undefined].filter(Boolean).length <= 1, {
    message: "choose one output: --json, --jsonl or --export",
  });
export type ParseCommandOptions = z.infer<typeof ParseCommandOptions>;

export interface ParsedInput extends ParseResult {
  file: string;
}

/**
 * `sitrep parse`: every input parsed in order, every failure reported on its own line on
 * stderr while the others still print. Returns the exit code: 0, or 1 when any input failed.
 */
export async function runParse(files: string[], options: ParseCommandOptions, io: Io): Promise<number> {
  // The full parser (HTML, feeds, language) loads only for this command.
  const { parse } = await import("@sitrep/parser");
  const results: ParsedInput[] = [];
  let failed = 0;
  for (const file of files) {
    const read = await readInput(file, io);
    const label = file === "-" ? "<stdin>" : file;
    if (!read.ok) {
      io.stderr(`sitrep: ${label}: ${read.problem}\n`);
      failed++;
      continue;
    }
    try {
      const result = parse(read.bytes, { format: options.format, publishedAt: options.publishedAt, url: options.url });
      results.push({ file, ...result });
      for (const w of result.warnings) io.stderr(`sitrep: ${label}: warning: ${w.message}\n`);
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      io.stderr(`sitrep: ${label}: ${error.message}\n`);
      failed++;
    }
  }
  write(results, options, io);
  return failed > 0 ? 1 : 0;
}

/** A result as the JSON outputs print it: the parse result's fields in its order, and the file when several. */
function shown(r: ParsedInput, withFile: boolean) {
  const result = { article: r.article, events: r.events, mentions: r.mentions, warnings: r.warnings };
  return withFile ? { file: r.file, ...result } : result;
}

function write(results: ParsedInput[], options: ParseCommandOptions, io: Io) {
  if (options.export === "acled") {
    io.stdout(toAcledCsv(toAcledRows(results)));
  } else if (options.export === "geojson") {
    io.stdout(JSON.stringify(toGeoJson(results), null, 2) + "\n");
  } else if (options.jsonl || (!options.json && results.length > 1)) {
    for (const r of results) io.stdout(JSON.stringify(shown(r, true)) + "\n");
  } else if (results.length === 1) {
    const [r] = results;
    io.stdout(JSON.stringify(shown(r!, false), null, 2) + "\n");
  } else if (results.length > 1) {
    io.stdout(
      JSON.stringify(
        results.map((r) => shown(r, true)),
        null,
        2,
      ) + "\n",
    );
  }
}
