import { z } from "zod";
import { IsoDateOrDateTime } from "./primitives.js";

export const InputFormat = z.enum(["text", "html", "feed", "newsplease"]);
export type InputFormat = z.infer<typeof InputFormat>;

export const Source = z.object({
  /** The publisher's name ("The New Arab"), when the input says it. */
  name: z.string().nullable(),
  /** The host without "www." ("newarab.com"), from the URL. */
  domain: z.string().nullable(),
});
export type Source = z.infer<typeof Source>;

export const ArticleImage = z.object({
  url: z.string().nullable(),
  caption: z.string().nullable(),
  credit: z.string().nullable(),
});
export type ArticleImage = z.infer<typeof ArticleImage>;

/** A promo or related-article link ("Read more: ..."), kept apart from the body. */
export const RelatedLink = z.object({
  title: z.string(),
  url: z.string().nullable(),
});
export type RelatedLink = z.infer<typeof RelatedLink>;

export const Provenance = z.object({
  format: InputFormat,
  parserVersion: z.string(),
});
export type Provenance = z.infer<typeof Provenance>;

export const Article = z.object({
  /** Stable: from the canonical URL when there is one, else from the content. */
  id: z.string().regex(/^a_[0-9a-f]{16}$/, "an article id is a_ and 16 hex digits"),
  url: z.string().nullable(),
  source: Source,
  title: z.string(),
  standfirst: z.string().nullable(),
  authors: z.array(z.string()),
  publishedAt: IsoDateOrDateTime.nullable(),
  updatedAt: IsoDateOrDateTime.nullable(),
  readingTimeMinutes: z.number().int().min(0),
  /** BCP 47 language tag, when known. */
  language: z.string().nullable(),
  image: z.object({ ...ArticleImage.shape }).nullable(),
  section: z.string().nullable(),
  /** The body, one entry a paragraph, as plain text. */
  paragraphs: z.array(z.string()),
  /** The body as plain text: the paragraphs joined by one blank line. */
  text: z.string(),
  tags: z.array(z.string()),
  related: z.array(RelatedLink),
  wordCount: z.number().int().min(0),
  provenance: Provenance,
});
export type Article = z.infer<typeof Article>;
