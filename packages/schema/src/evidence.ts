import { z } from "zod";

/**
 * A span of the article that reports the event. Offsets are UTF-16 code units into the
 * title, the standfirst, or `article.paragraphs[paragraph]`, end exclusive.
 */
export const Evidence = z
  .object({
    part: z.enum(["title", "standfirst", "body"]),
    /** Index into article.paragraphs for the body; null for title and standfirst. */
    paragraph: z.number().int().min(0).nullable(),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    text: z.string().min(1),
  })
  .refine((e) => e.end > e.start, { message: "end must be after start", path: ["end"] })
  .refine((e) => (e.part === "body") === (e.paragraph !== null), {
    message: "body evidence needs a paragraph index, title and standfirst have none",
    path: ["paragraph"],
  });
export type Evidence = z.infer<typeof Evidence>;
