// No zod here: the browser script uses this too, and must stay small.
export const THEMES = ["light", "dark", "system"] as const;
export type Theme = (typeof THEMES)[number];
export const THEME_COOKIE = "sitrep-theme";

/** The theme a cookie asks for; anything else is "system". */
export function themeOf(cookie: string | undefined | null): Theme {
  return THEMES.find((t) => t === cookie) ?? "system";
}
