import { z } from "zod";

export const ActorRole = z.enum([
  "perpetrator",
  "target",
  "victim",
  "responder",
  "detainer",
  "detainee",
  "protester",
  "claimant",
  "accused",
  "accuser",
  "speaker",
  "party",
]);
export type ActorRole = z.infer<typeof ActorRole>;

/** ACLED's actor categories (inter codes 1-8) plus unknown. */
export const ActorKind = z.enum([
  "state_forces",
  "rebel_group",
  "political_militia",
  "identity_militia",
  "rioters",
  "protesters",
  "civilians",
  "external_forces",
  "unknown",
]);
export type ActorKind = z.infer<typeof ActorKind>;

export const ACLED_INTER_CODE: Record<ActorKind, number | null> = {
  state_forces: 1,
  rebel_group: 2,
  political_militia: 3,
  identity_militia: 4,
  rioters: 5,
  protesters: 6,
  civilians: 7,
  external_forces: 8,
  unknown: null,
};

export const Actor = z.object({
  /** A normalised name ("Military Forces of Iraq", "Unidentified Armed Group"). */
  name: z.string(),
  /** The words of the article, as written. */
  text: z.string(),
  role: ActorRole,
  kind: ActorKind,
  /** ISO 3166-1 alpha-2 of the state the actor belongs to, where known. */
  country: z.string().length(2).nullable(),
});
export type Actor = z.infer<typeof Actor>;
