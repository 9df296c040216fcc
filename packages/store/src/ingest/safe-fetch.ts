import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import ipaddr from "ipaddr.js";
import { Agent, fetch, type Dispatcher } from "undici";
import { DEFAULT_POLICY, FetchError, type FetchPolicy } from "./fetch-policy.js";

export { DEFAULT_POLICY, FetchError, type FetchErrorCode, type FetchPolicy } from "./fetch-policy.js";

/** Content types an article or a feed can arrive as. */
const ACCEPTED = new RegExp(
  `^(?:${[
    "text\\/html",
    "application\\/xhtml\\+xml",
    "text\\/plain",
    "application\\/json",
    "application\\/feed\\+json",
    "application\\/(?:rss|atom|rdf)\\+xml",
    "application\\/xml",
    "text\\/xml",
  ].join("|")})\\b`,
  "i",
);

export type FetchResult =
  | {
      status: "ok";
      url: string;
      contentType: string;
      bytes: Uint8Array;
      etag: string | null;
      lastModified: string | null;
    }
  | { status: "not_modified"; url: string };

/** Unicast addresses on the public internet; everything else (loopback, private, link-local, ...) is not. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).isIPv4MappedAddress())
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return parsed.range() === "unicast";
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * The address check happens where the connection is made, on the address actually used, so a
 * name that resolves to a public address when checked and a private one when used (DNS
 * rebinding) is refused too.
 */
function guardedLookup(hostname: string, options: { all?: boolean }, callback: LookupCallback): void {
  dnsLookup(hostname, { all: true }, (err, addresses) => {
    if (err) return callback(err, []);
    const list = addresses as LookupAddress[];
    const refused = list.find((a) => !isPublicAddress(a.address));
    if (refused) {
      const error: NodeJS.ErrnoException = new Error(
        `${hostname} resolves to ${refused.address}, a private or local address`,
      );
      error.code = "EPRIVATE";
      return callback(error, []);
    }
    if (options.all) return callback(null, list);
    callback(null, list[0]!.address, list[0]!.family);
  });
}

const guardedAgent = new Agent({ connect: { lookup: guardedLookup as never } });
const openAgent = new Agent({});

/**
 * GET a URL as a careful crawler would: http(s) only, a time limit on the whole exchange, a
 * size cap enforced while reading, redirects followed by hand (each hop checked), a content
 * type that can hold an article or a feed, and conditional requests (ETag, Last-Modified).
 */
export async function safeFetch(
  rawUrl: string,
  policy: FetchPolicy = DEFAULT_POLICY,
  conditional: { etag?: string | null; lastModified?: string | null } = {},
): Promise<FetchResult> {
  const signal = AbortSignal.timeout(policy.timeoutMs);
  const dispatcher: Dispatcher = policy.allowPrivate ? openAgent : guardedAgent;
  let url = parseUrl(rawUrl);
  for (let hop = 0; ; hop++) {
    if (
      !policy.allowPrivate &&
      ipaddr.isValid(url.hostname.replace(/^\[|\]$/g, "")) &&
      !isPublicAddress(url.hostname.replace(/^\[|\]$/g, ""))
    ) {
      throw new FetchError("private_address", withHint(`${url.hostname} is a private or local address`, policy));
    }
    const headers: Record<string, string> = {
      "user-agent": "Sitrep/0.1 (+news reader)",
      accept: [
        "text/html",
        "application/xhtml+xml",
        "application/rss+xml",
        "application/atom+xml",
        "application/feed+json",
        "application/json;q=0.9",
        "text/plain;q=0.8",
        "*/*;q=0.1",
      ].join(","),
    };
    if (conditional.etag) headers["if-none-match"] = conditional.etag;
    if (conditional.lastModified) headers["if-modified-since"] = conditional.lastModified;
    let response: Awaited<ReturnType<typeof fetch>>;
    try {
      response = await fetch(url, { redirect: "manual", signal, dispatcher, headers });
    } catch (error) {
      throw describeNetworkError(error, url, policy);
    }
    if ([301, 302, 303, 307, 308].includes(response.status)) {
      await response.body?.cancel();
      const location = response.headers.get("location");
      if (!location) throw new FetchError("http_status", `${url} redirected (${response.status}) without saying where`);
      if (hop + 1 > policy.maxRedirects)
        throw new FetchError("too_many_redirects", `more than ${policy.maxRedirects} redirects from ${rawUrl}`);
      url = parseUrl(new URL(location, url).toString());
      continue;
    }
    if (response.status === 304) {
      await response.body?.cancel();
      return { status: "not_modified", url: url.toString() };
    }
    if (response.status < 200 || response.status > 299) {
      await response.body?.cancel();
      throw new FetchError("http_status", `${url} answered HTTP ${response.status}`);
    }
    const contentType = response.headers.get("content-type") ?? "";
    if (contentType && !ACCEPTED.test(contentType)) {
      await response.body?.cancel();
      throw new FetchError("content_type", `${url} is ${contentType.split(";")[0]}, not a page or a feed`);
    }
    const declared = Number(response.headers.get("content-length") ?? "0");
    if (declared > policy.maxBytes) {
      await response.body?.cancel();
      throw new FetchError("too_large", `${url} is ${declared} bytes, more than the ${policy.maxBytes} byte limit`);
    }
    const bytes = await readCapped(response, policy, url);
    return {
      status: "ok",
      url: url.toString(),
      contentType,
      bytes,
      etag: response.headers.get("etag"),
      lastModified: response.headers.get("last-modified"),
    };
  }
}

function parseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchError("bad_url", `not a URL: ${raw}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new FetchError("bad_url", `only http and https URLs are fetched, not ${url.protocol}`);
  return url;
}

async function readCapped(
  response: Awaited<ReturnType<typeof fetch>>,
  policy: FetchPolicy,
  url: URL,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body ?? []) {
      size += chunk.byteLength;
      // Leaving the loop cancels the stream.
      if (size > policy.maxBytes)
        throw new FetchError("too_large", `${url} is more than the ${policy.maxBytes} byte limit`);
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    throw describeNetworkError(error, url, policy);
  }
  return Buffer.concat(chunks);
}

function describeNetworkError(error: unknown, url: URL, policy: FetchPolicy): FetchError {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e.name === "TimeoutError" || e.name === "AbortError")
    return new FetchError("timeout", `${url} did not answer within ${policy.timeoutMs / 1000} s`);
  if (e.cause?.code === "EPRIVATE")
    return new FetchError("private_address", withHint(e.cause.message ?? "a private or local address", policy));
  return new FetchError("network", `${url}: ${e.cause?.message ?? e.message ?? "network error"}`);
}

function withHint(message: string, policy: FetchPolicy): string {
  return policy.privateHint ? `${message} (${policy.privateHint})` : message;
}
