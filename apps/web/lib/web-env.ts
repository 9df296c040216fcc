import { z } from "zod";
import type { FetchPolicy } from "@sitrep/store";
import { storeModule } from "./store";

const WebEnv = z.object({
  /** "1" lets the add-by-URL form fetch loopback and private addresses (tests, a home lab). Off by default. */
  SITREP_ALLOW_PRIVATE_FETCH: z.enum(["0", "1"]).default("0"),
});

/** What the website fetches on a reader's behalf: public addresses only, 5 MB, 15 s, 5 redirects. */
export async function webFetchPolicy(env: NodeJS.ProcessEnv = process.env): Promise<FetchPolicy> {
  const { DEFAULT_POLICY } = await storeModule;
  const parsed = WebEnv.safeParse(env);
  if (!parsed.success) throw new Error(`Bad environment: ${z.prettifyError(parsed.error)}`);
  return {
    ...DEFAULT_POLICY,
    timeoutMs: 15_000,
    maxBytes: 5 * 1024 * 1024,
    maxRedirects: 5,
    allowPrivate: parsed.data.SITREP_ALLOW_PRIVATE_FETCH === "1",
    privateHint: undefined,
  };
}
