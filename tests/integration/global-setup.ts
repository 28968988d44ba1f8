/**
 * Integration tests run against a real PostgreSQL: a fresh embedded cluster (or DATABASE_URL_TEST),
 * migrated with our runner and seeded with the demo kabupaten, once per run.
 */
import type { TestProject } from "vitest/node";
import pg from "pg";
import { prepareDb, type PreparedDb } from "../../scripts/lib/prepare-db.ts";

let database: PreparedDb | null = null;

export default async function setup(project: TestProject) {
  const external = process.env.DATABASE_URL_TEST;
  if (external) {
    // Start from an empty schema on the given database.
    const c = new pg.Client({ connectionString: external });
    await c.connect();
    await c.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    await c.end();
    process.env.DATABASE_URL = external;
  } else {
    delete process.env.DATABASE_URL;
  }
  database = await prepareDb({ name: process.env.PANTAU_PG_TEST_NAME || "pg-test", port: Number(process.env.PANTAU_PG_TEST_PORT || 5434), seed: true, fresh: true, ephemeral: true, log: () => undefined });
  process.env.DATABASE_URL = database.url;
  project.provide("databaseUrl", database.url);
  return async () => {
    await database?.stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
