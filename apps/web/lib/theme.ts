import { z } from "zod";

export const Theme = z.enum(["light", "dark", "system"]);
export type Theme = z.infer<typeof Theme>;
export const THEME_COOKIE = "sitrep-theme";

/** The theme a cookie asks for; anything else is "system". */
export function themeOf(cookie: string | undefined): Theme {
  const parsed = Theme.safeParse(cookie);
  return parsed.success ? parsed.data : "system";
}
