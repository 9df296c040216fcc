import { Store } from "@sitrep/store";

// One store per server process, opened on first use: the default file, $SITREP_DB, or DATABASE_URL.
const holder = globalThis as typeof globalThis & { sitrepStore?: Promise<Store> };

export function getStore(): Promise<Store> {
  holder.sitrepStore ??= Store.open().catch((error: unknown) => {
    holder.sitrepStore = undefined;
    throw error;
  });
  return holder.sitrepStore;
}
