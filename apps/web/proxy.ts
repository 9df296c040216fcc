import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, staticPagePolicy } from "./lib/csp";

function secure(response: NextResponse, csp: string): NextResponse {
  response.headers.set("content-security-policy", csp);
  response.headers.set("x-content-type-options", "nosniff");
  response.headers.set("referrer-policy", "strict-origin-when-cross-origin");
  return response;
}

/**
 * A fresh nonce and CSP for every page; Next reads the request's header and puts the nonce on
 * its scripts. The reader (/articles/...) is rendered ahead of time and has no inline script at
 * all, so its policy allows this site's script files and nothing else.
 */
export function proxy(request: NextRequest) {
  const dev = process.env.NODE_ENV === "development";
  if (request.nextUrl.pathname.startsWith("/articles/")) return secure(NextResponse.next(), staticPagePolicy(dev));
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, dev);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  return secure(NextResponse.next({ request: { headers } }), csp);
}

export const config = {
  // Pages only: API responses, feeds and static files need no nonce.
  matcher: [{ source: "/((?!api|feed.xml|_next/static|_next/image|favicon.ico|sitrep.js).*)" }],
};
