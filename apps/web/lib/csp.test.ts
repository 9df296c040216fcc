import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, staticPagePolicy } from "./csp";

describe("content security policy", () => {
  it("allows scripts only from the site or with the nonce, never inline or eval", () => {
    const csp = contentSecurityPolicy("abc123");
    const scripts = csp.split("; ").find((d) => d.startsWith("script-src"))!;
    expect(scripts).toContain("'nonce-abc123'");
    expect(scripts).not.toContain("unsafe-inline");
    expect(scripts).not.toContain("unsafe-eval");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("form-action 'self'");
  });
});

describe("the policy of pages rendered ahead of time", () => {
  it("allows only this site's script files", () => {
    const csp = staticPagePolicy();
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toMatch(/nonce|unsafe/);
    expect(csp).toContain("frame-ancestors 'none'");
  });
});
