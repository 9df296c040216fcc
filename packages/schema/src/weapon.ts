import { z } from "zod";
import { Count } from "./primitives.js";

export const WeaponKind = z.enum([
  "rocket",
  "missile",
  "mortar",
  "artillery",
  "drone",
  "airstrike",
  "ied",
  "car_bomb",
  "suicide_bomb",
  "landmine",
  "grenade",
  "gun",
  "knife",
  "chemical",
  "explosive",
  "other",
]);
export type WeaponKind = z.infer<typeof WeaponKind>;

export const Weapon = z.object({
  kind: WeaponKind,
  /** The words of the article ("five rockets"). */
  text: z.string(),
  /** null when the text gives no number. */
  count: Count.nullable(),
});
export type Weapon = z.infer<typeof Weapon>;
