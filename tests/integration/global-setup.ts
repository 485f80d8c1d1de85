// Integration tests run against real PostgreSQL: TEST_DATABASE_URL's server when set (npm test
// sets it), otherwise the embedded one. Each test file clones its own database from a template
// migrated once per run.
import type { TestProject } from "vitest/node";
import { ensureDatabase } from "../../scripts/db/embedded";
import { prepareTemplate } from "../../scripts/db/test-template";

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const given = process.env.TEST_DATABASE_URL?.trim();
  const database = given ? { url: given, stop: async () => {} } : await ensureDatabase();
  await prepareTemplate(database.url);
  project.provide("adminUrl", database.url);
  return async () => {
    await database.stop();
  };
}
