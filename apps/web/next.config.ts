import type { NextConfig } from "next";

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The store opens native SQLite, PostgreSQL and worker threads: Node loads it from its build (dist/)
  // as it is, instead of the bundler.
  serverExternalPackages: ["@sitrep/store", "@sitrep/parser", "better-sqlite3", "pg", "piscina"],
};

export default config;
