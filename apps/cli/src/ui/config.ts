import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { DEFAULT_BINDINGS, type Command } from "./keys.js";

/** ~/.config/sitrep/config.json (or $XDG_CONFIG_HOME/sitrep/config.json): keys and theme. */
export const UiConfig = z
  .object({
    theme: z.enum(["dark", "light"]).default("dark"),
    keys: z
      .partialRecord(
        z.enum(Object.keys(DEFAULT_BINDINGS) as [Command, ...Command[]]),
        z.array(z.string().min(1)).min(1),
      )
      .default({}),
  })
  .strict();
export type UiConfig = z.infer<typeof UiConfig>;

export function configPath(env: Record<string, string | undefined> = process.env): string {
  return join(env.XDG_CONFIG_HOME || join(homedir(), ".config"), "sitrep", "config.json");
}

/** The UI settings, or a message saying what is wrong with the file (defaults are used meanwhile). */
export function loadUiConfig(env: Record<string, string | undefined> = process.env): {
  config: UiConfig;
  bindings: Record<Command, string[]>;
  problem: string | null;
} {
  const path = configPath(env);
  let raw: unknown = {};
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOENT")
      return {
        config: UiConfig.parse({}),
        bindings: DEFAULT_BINDINGS,
        problem: `${path}: ${(error as Error).message}`,
      };
  }
  const parsed = UiConfig.safeParse(raw);
  if (!parsed.success)
    return {
      config: UiConfig.parse({}),
      bindings: DEFAULT_BINDINGS,
      problem: `${path}: ${z.prettifyError(parsed.error)}`,
    };
  return { config: parsed.data, bindings: { ...DEFAULT_BINDINGS, ...parsed.data.keys }, problem: null };
}

/** Colours by theme; none at all under NO_COLOR (https://no-color.org). */
export interface Theme {
  accent: string | undefined;
  card: string | undefined;
  dim: boolean;
}

export function themeFor(config: UiConfig, env: Record<string, string | undefined> = process.env): Theme {
  if (env.NO_COLOR) return { accent: undefined, card: undefined, dim: false };
  return config.theme === "light"
    ? { accent: "blue", card: "magenta", dim: true }
    : { accent: "cyan", card: "yellow", dim: true };
}
