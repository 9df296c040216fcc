/**
 * What a fetch on a user's behalf may do, and how it fails: apart from the fetching code, so reading them loads no
 * HTTP client.
 */
export interface FetchPolicy {
  /** Whole request, headers and body, in milliseconds. */
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** Loopback, private and link-local addresses are refused unless this is set. */
  allowPrivate: boolean;
  /** How whoever runs the fetch can allow private addresses, told when one is refused. */
  privateHint?: string;
}

export const DEFAULT_POLICY: FetchPolicy = {
  timeoutMs: 20_000,
  maxBytes: 16 * 1024 * 1024,
  maxRedirects: 5,
  allowPrivate: false,
  privateHint: "allow it with --allow-private",
};

export type FetchErrorCode =
  | "bad_url"
  | "private_address"
  | "timeout"
  | "too_large"
  | "too_many_redirects"
  | "http_status"
  | "content_type"
  | "network";

export class FetchError extends Error {
  override readonly name = "FetchError";
  constructor(
    readonly code: FetchErrorCode,
    message: string,
  ) {
    super(message);
  }
}
