import type { NextConfig } from "next";

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The store is imported at run time, unbundled (see lib/store.ts), with everything it uses.
  experimental: {
    // Rendered readers are kept in memory (50 MB, least recently used first), not written under
    // .next: the site's files do not grow with the corpus, and a restart on another store starts clean.
    isrFlushToDisk: false,
    // The add form takes 5 MB of text or a 5 MB file (see app/add/actions.ts); the multipart body
    // around it needs a little more. Past this Next answers 413 before the action runs.
    serverActions: { bodySizeLimit: "6mb" },
  },
  // Pages get theirs from proxy.ts; the API, the feed and the site's files are set here.
  async headers() {
    const nosniff = [{ key: "X-Content-Type-Options", value: "nosniff" }];
    return [
      { source: "/api/:path*", headers: nosniff },
      { source: "/feed.xml", headers: nosniff },
      { source: "/sitrep.js", headers: nosniff },
    ];
  },
};

export default config;
