// Fresh stores for tests, on both engines; exported as @sitrep/store/testing for other packages' tests.
import { mkdtempSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { StoreLocation } from "./config.js";

/** The PostgreSQL the tests use: CI's and the developers' local server unless told otherwise. */
export const TEST_POSTGRES_URL =
  process.env.SITREP_TEST_DATABASE_URL ?? `postgres://${userInfo().username}@127.0.0.1:5432/test`;

export interface TestEngine {
  name: "sqlite" | "postgres";
  /** A fresh, empty store location, and how to throw it away. */
  fresh(): Promise<{ location: StoreLocation; drop(): Promise<void> }>;
}

export const sqliteEngine: TestEngine = {
  name: "sqlite",
  fresh: async () => ({
    location: { engine: "sqlite", path: join(mkdtempSync(join(tmpdir(), "sitrep-store-")), "sitrep.db") },
    drop: async () => undefined,
  }),
};

/**
 * A database of its own per call, created on the test server and dropped afterwards. When the
 * server cannot be reached this throws, and the tests fail: they are never skipped.
 */
export const postgresEngine: TestEngine = {
  name: "postgres",
  fresh: async () => {
    const name = `sitrep_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 5000 });
    try {
      await admin.connect();
    } catch (error) {
      throw new Error(`cannot connect to the test PostgreSQL at ${TEST_POSTGRES_URL}: ${(error as Error).message}`);
    }
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(TEST_POSTGRES_URL);
    url.pathname = `/${name}`;
    return {
      location: { engine: "postgres", url: url.toString() },
      drop: async () => {
        const c = new pg.Client({ connectionString: TEST_POSTGRES_URL });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  },
};

export const ENGINES: TestEngine[] = [sqliteEngine, postgresEngine];
