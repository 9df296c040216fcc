import { z } from "zod";

/**
 * Where in the article a span lies. Offsets are UTF-16 code units into the title, the standfirst,
 * or `article.paragraphs[paragraph]`, end exclusive.
 */
export const SpanFields = z.object({
  part: z.enum(["title", "standfirst", "body"]),
  /** Index into article.paragraphs for the body; null for title and standfirst. */
  paragraph: z.number().int().min(0).nullable(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string().min(1),
});

/** The checks every span passes, for schemas that add fields to SpanFields. */
export function checkedSpan<T extends z.ZodType<z.infer<typeof SpanFields>>>(schema: T) {
  return schema
    .refine((e) => e.end > e.start, { message: "end must be after start", path: ["end"] })
    .refine((e) => (e.part === "body") === (e.paragraph !== null), {
      message: "body spans need a paragraph index, title and standfirst have none",
      path: ["paragraph"],
    });
}

/** A span of the article that reports the event. */
export const Evidence = checkedSpan(SpanFields);
export type Evidence = z.infer<typeof Evidence>;
