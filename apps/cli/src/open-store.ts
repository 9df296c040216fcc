import {
  Store,
  StoreConfigError,
  StoreWriteError,
  describeLocation,
  storeLocation,
  type StoreLocation,
} from "@sitrep/store";
import type { Io } from "./io.js";

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** The store the command works on: --db, else $DATABASE_URL, else $SITREP_DB, else the user's data directory. */
export function locate(io: Io, db?: string): StoreLocation {
  if (db) return /^postgres(?:ql)?:\/\//.test(db) ? { engine: "postgres", url: db } : { engine: "sqlite", path: db };
  try {
    return storeLocation(io.env);
  } catch (error) {
    if (error instanceof StoreConfigError)
      throw new CliError(
        `sitrep: bad store settings in the environment:\n  ${error.message.replace(/\n/g, "\n  ")}`,
        2,
      );
    throw error;
  }
}

export async function openStore(io: Io, db?: string): Promise<Store> {
  const location = locate(io, db);
  try {
    return await Store.open(location);
  } catch (error) {
    throw new CliError(`sitrep: cannot open the store at ${describeLocation(location)}: ${(error as Error).message}`);
  }
}

/**
 * Runs fn with an open store and always closes it. A write the disk refused (full, read-only) is
 * said in words; when fn failed already, that failure is the one reported.
 */
export async function withStore<T>(io: Io, db: string | undefined, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(io, db);
  let result: T;
  try {
    result = await fn(store);
  } catch (error) {
    await store.close().catch(() => undefined);
    throw asCliError(error);
  }
  await store.close().catch((error: unknown) => {
    throw asCliError(error);
  });
  return result;
}

function asCliError(error: unknown): unknown {
  return error instanceof StoreWriteError ? new CliError(`sitrep: ${error.message}`) : error;
}
