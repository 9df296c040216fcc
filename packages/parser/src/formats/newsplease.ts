import { z } from "zod";
import { emptyDraft, type ArticleDraft } from "../article/build-article.js";
import { ParseError } from "../errors.js";

const text = z.string().nullish();

/** A news-please record. Crawlers leave any field null, so every one is optional. */
export const NewsPleaseRecord = z
  .object({
    title: text,
    title_page: text,
    title_rss: text,
    description: text,
    maintext: text,
    text: text,
    date_publish: text,
    date_modify: text,
    authors: z.array(z.string()).nullish(),
    url: text,
    source_domain: text,
    language: text,
    image_url: text,
  })
  .refine((r) => Boolean(r.maintext ?? r.text ?? r.title), {
    message: "a news-please record needs a title, maintext or text",
  });
export type NewsPleaseRecord = z.infer<typeof NewsPleaseRecord>;

/** news-please writes "2019-12-04 10:31:00" (UTC, no zone); ISO with a zone comes back as is. */
function normaliseDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const m = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2})?))?/.exec(raw.trim());
  if (!m?.[1]) return null;
  if (!m[2] || m[2] === "00:00:00" || m[2] === "00:00") return m[1];
  const time = m[2].length === 5 ? `${m[2]}:00` : m[2];
  return `${m[1]}T${time}Z`;
}

export function parseNewsPlease(record: unknown): ArticleDraft {
  const parsed = NewsPleaseRecord.safeParse(record);
  if (!parsed.success) throw new ParseError("invalid_record", z.prettifyError(parsed.error));
  const r = parsed.data;
  const draft = emptyDraft("newsplease");
  draft.title = r.title ?? r.title_page ?? r.title_rss ?? "";
  draft.standfirst = r.description ?? null;
  draft.paragraphs = (r.maintext ?? r.text ?? "").split(/\n+/);
  draft.publishedAt = normaliseDate(r.date_publish);
  draft.updatedAt = normaliseDate(r.date_modify);
  draft.authors = r.authors ?? [];
  draft.url = r.url ?? null;
  draft.sourceName = r.source_domain ?? null;
  draft.language = r.language ?? null;
  draft.image = r.image_url ? { url: r.image_url, caption: null, credit: null } : null;
  // Some crawls repeat the description as the first paragraph.
  if (draft.standfirst && draft.paragraphs[0]?.trim() === draft.standfirst.trim()) draft.paragraphs.shift();
  return draft;
}

/**
 * The records of a news-please file: one JSON object, a JSON array of them, or JSON lines (one
 * object a line, as news-please's JSON-lines output writes). Throws a ParseError naming the line
 * that is not JSON.
 */
export function newsPleaseRecords(text: string): unknown[] {
  const trimmed = text.trim();
  try {
    const whole: unknown = JSON.parse(trimmed);
    return Array.isArray(whole) ? whole : [whole];
  } catch (error) {
    const lines = trimmed.split(/\r?\n/);
    if (lines.length < 2) throw new ParseError("invalid_record", `not valid JSON: ${(error as Error).message}`);
    return lines.flatMap((line, i) => {
      if (!line.trim()) return [];
      try {
        return [JSON.parse(line) as unknown];
      } catch (e) {
        throw new ParseError("invalid_record", `line ${i + 1} is not valid JSON: ${(e as Error).message}`);
      }
    });
  }
}
