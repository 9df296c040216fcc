import envPaths from "env-paths";
import { join } from "node:path";
import { z } from "zod";

/** The store's settings, read from the environment (a boundary like any other). */
export const StoreEnv = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(?:ql)?:\/\//, "DATABASE_URL must be a postgres:// or postgresql:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  SITREP_DB: z
    .string()
    .min(1)
    .optional()
    .or(z.literal("").transform(() => undefined)),
});

export type StoreLocation = { engine: "sqlite"; path: string } | { engine: "postgres"; url: string };

/** PostgreSQL when DATABASE_URL is set; otherwise SQLite at $SITREP_DB, or in the user's data directory. */
export function storeLocation(env: Record<string, string | undefined> = process.env): StoreLocation {
  const parsed = StoreEnv.safeParse(env);
  if (!parsed.success) throw new StoreConfigError(z.prettifyError(parsed.error));
  if (parsed.data.DATABASE_URL) return { engine: "postgres", url: parsed.data.DATABASE_URL };
  return {
    engine: "sqlite",
    path: parsed.data.SITREP_DB ?? join(envPaths("sitrep", { suffix: "" }).data, "sitrep.db"),
  };
}

export class StoreConfigError extends Error {
  override readonly name = "StoreConfigError";
}

/** The store could not write, for a reason outside the program: a full disk, a read-only file. */
export class StoreWriteError extends Error {
  override readonly name = "StoreWriteError";
}

/** Where a store lives, for messages: the file, or the database URL without its password. */
export function describeLocation(location: StoreLocation): string {
  if (location.engine === "sqlite") return location.path;
  try {
    const url = new URL(location.url);
    if (url.password) url.password = "***";
    return url.toString();
  } catch {
    return "postgres";
  }
}
