import type { NextConfig } from "next";

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The store is imported at run time, unbundled (see lib/store.ts), with everything it uses.
};

export default config;
