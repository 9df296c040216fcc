import type * as StoreModule from "@sitrep/store";
import type { Store } from "@sitrep/store";

/**
 * The store package as Node loads it, never bundled: it reads its gazetteer and starts its
 * workers from files beside its own, and Turbopack bundles workspace packages even when they
 * are listed in serverExternalPackages (vercel/next.js#84388), copying those files as public
 * assets. Every value the site takes from @sitrep/store comes through here (types are free), but
 * for @sitrep/store/filters, the filter model, which loads nothing beyond zod and the schema.
 */
export const storeModule: Promise<typeof StoreModule> = import(
  /* turbopackIgnore: true */ /* webpackIgnore: true */ "@sitrep/store"
);

// One store per server process, opened on first use: the default file, $SITREP_DB, or DATABASE_URL.
const holder = globalThis as typeof globalThis & { sitrepStore?: Promise<Store> };

export function getStore(): Promise<Store> {
  holder.sitrepStore ??= storeModule
    .then(({ Store }) => Store.open())
    .catch((error: unknown) => {
      holder.sitrepStore = undefined;
      throw error;
    });
  return holder.sitrepStore;
}
