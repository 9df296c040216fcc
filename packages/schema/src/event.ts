import { z } from "zod";
import { Actor } from "./actor.js";
import { Attribution } from "./attribution.js";
import { Casualties } from "./casualties.js";
import { Effect } from "./effect.js";
import { EventDate } from "./event-date.js";
import { Evidence } from "./evidence.js";
import { Location } from "./place.js";
import { EventType } from "./taxonomy.js";
import { Weapon } from "./weapon.js";

export const Stage = z.enum(["happened", "attempted", "foiled", "threatened"]);
export type Stage = z.infer<typeof Stage>;

/** main: the article's news; related: reported alongside it; background: recalled from before. */
export const Salience = z.enum(["main", "related", "background"]);
export type Salience = z.infer<typeof Salience>;

export const Event = z.object({
  /** Stable within an article: `${articleId}-e${n}`. */
  id: z.string(),
  articleId: z.string(),
  type: EventType,
  date: EventDate,
  location: Location.nullable(),
  actors: z.array(Actor),
  weapons: z.array(Weapon),
  casualties: Casualties,
  effects: z.array(Effect),
  stage: Stage,
  attributions: z.array(Attribution),
  evidence: z.array(Evidence).min(1, "every event needs at least one evidence span"),
  salience: Salience,
  /** One plain sentence a reader can scan. */
  summary: z.string().min(1),
});
export type Event = z.infer<typeof Event>;
