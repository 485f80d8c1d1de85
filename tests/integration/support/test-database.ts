// A private database per test file, cloned from the migrated template: tests never share rows.
import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { dropDatabase } from "../../../scripts/db/server-databases";
import { cloneFromTemplate } from "../../../scripts/db/test-template";
import { createPrismaClient, type Db } from "@/lib/server/core/db";

export interface TestDatabase {
  db: Db;
  url: string;
  drop: () => Promise<void>;
}

export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const adminUrl = inject("adminUrl");
  const name = `soap_test_${label.replace(/[^a-z0-9]/gi, "_").toLowerCase()}_${randomBytes(3).toString("hex")}`;
  const url = await cloneFromTemplate(adminUrl, name);
  const db = createPrismaClient(url);
  return {
    db,
    url,
    drop: async () => {
      await db.$disconnect();
      await dropDatabase(adminUrl, name);
    },
  };
}
