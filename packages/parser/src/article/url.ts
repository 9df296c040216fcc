const TRACKING_PARAMS = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ito|at_medium|at_campaign|ref|ref_src)$/i;

/** An absolute http(s) URL, or null for anything else. */
export function parseHttpUrl(raw: string | null | undefined): URL | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

/**
 * The form of a URL two copies of one article share: no fragment, no tracking parameters,
 * lower-case host without "www.", no trailing slash. Used for the article id.
 */
export function canonicalUrl(raw: string): string | null {
  const url = parseHttpUrl(raw);
  if (!url) return null;
  url.hash = "";
  url.hostname = url.hostname.toLowerCase().replace(/^www\./, "");
  for (const key of [...url.searchParams.keys()]) {
    if (TRACKING_PARAMS.test(key)) url.searchParams.delete(key);
  }
  url.searchParams.sort();
  let out = url.toString();
  if (url.pathname.length > 1 && out.endsWith("/")) out = out.slice(0, -1);
  return out.replace(/^http:/, "https:");
}

export function domainOf(raw: string | null | undefined): string | null {
  const url = parseHttpUrl(raw);
  return url ? url.hostname.toLowerCase().replace(/^www\./, "") : null;
}
