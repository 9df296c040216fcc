/**
 * The Content Security Policy: scripts only from this site or carrying this response's nonce
 * (Next's own bootstrap), no inline script or event handler, no plugins, no framing,
 * styles from our stylesheet, images from here or https (lead images), forms posting here only.
 */
export function contentSecurityPolicy(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self'${dev ? " 'unsafe-inline'" : ` 'nonce-${nonce}'`}`,
    "img-src 'self' https: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** For pages rendered ahead of time without inline script: this site's script files only. */
export function staticPagePolicy(dev = false): string {
  return contentSecurityPolicy("", dev)
    .split("; ")
    .map((d) =>
      d.startsWith("script-src")
        ? `script-src 'self'${dev ? " 'unsafe-eval'" : ""}`
        : d.startsWith("style-src")
          ? `style-src 'self'${dev ? " 'unsafe-inline'" : ""}`
          : d,
    )
    .join("; ");
}
