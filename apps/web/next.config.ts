import type { NextConfig } from "next";

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Workspace packages are consumed from their builds (dist/), like every other app.
  transpilePackages: [],
};

export default config;
