import { z } from "zod";
import { Article } from "./article.js";
import { Event } from "./event.js";
import { Mentions } from "./mentions.js";

/** Something the parser noticed and worked around; the result is still usable. */
export const ParseWarning = z.object({
  code: z.string(),
  message: z.string(),
});
export type ParseWarning = z.infer<typeof ParseWarning>;

export const ParseResult = z.object({
  article: Article,
  events: z.array(Event),
  /** Results stored before mentions existed read as none. */
  mentions: Mentions.default({ places: [], dates: [] }),
  warnings: z.array(ParseWarning),
});
export type ParseResult = z.infer<typeof ParseResult>;
