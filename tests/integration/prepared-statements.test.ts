// The app's Prisma client prepares each statement once per connection, named after its text, so
// PostgreSQL parses it once and can keep its plan; a statement past the client's limit is sent
// unnamed, as before, and still answers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { createPrismaClient, preparedStatementNames, type Db } from "@/lib/server/core/db";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";

let t: TestDatabase;
let school: SchoolFixture;

beforeAll(async () => {
  t = await createTestDatabase("prepared_statements");
  school = await createSchool(t.db, { now: new Date("2026-03-16T14:00:00Z"), programs: 3 });
});
afterAll(async () => t?.drop());

/** The statements this connection keeps, read on the same connection inside a transaction. */
async function preparedOnConnection(db: Db, run: (tx: Parameters<Parameters<Db["$transaction"]>[0]>[0]) => Promise<unknown>) {
  return db.$transaction(async (tx) => {
    await run(tx);
    await run(tx);
    return tx.$queryRaw<{ name: string; statement: string }[]>`SELECT name, statement FROM pg_prepared_statements`;
  });
}

describe("prepared statements", () => {
  it("names a statement after its text and prepares it once on the connection", async () => {
    const rows = await preparedOnConnection(t.db, (tx) => tx.program.findMany({ where: { schoolId: school.schoolId }, orderBy: { name: "asc" } }));
    const programs = rows.filter((r) => r.statement.includes(`FROM "public"."programs"`));
    expect(programs).toHaveLength(1);
    expect(programs[0]!.name).toMatch(/^p_[\w-]{27}$/);
    // The answer is the same as an unprepared one.
    const direct = new pg.Client({ connectionString: t.url });
    await direct.connect();
    const names = (await direct.query<{ name: string }>("SELECT name FROM programs WHERE school_id = $1 ORDER BY name", [school.schoolId])).rows;
    await direct.end();
    const again = await t.db.program.findMany({ where: { schoolId: school.schoolId }, orderBy: { name: "asc" } });
    expect(again.map((p) => p.name)).toEqual(names.map((n) => n.name));
  });

  it("sends statements unnamed once the client has named its limit, and they still answer", async () => {
    const names = preparedStatementNames(2);
    expect(names({ sql: "SELECT 1" })).toBe(names({ sql: "SELECT 1" }));
    expect(names({ sql: "SELECT 2" })).not.toBe(names({ sql: "SELECT 1" }));
    expect(names({ sql: "SELECT 3" })).toBeUndefined();
    expect(names({ sql: "SELECT 1" })).toMatch(/^p_/);

    const db = createPrismaClient(t.url, { preparedStatements: 1 });
    try {
      const rows = await preparedOnConnection(db, async (tx) => {
        await tx.school.findFirst({ where: { id: school.schoolId } });
        await tx.program.count({ where: { schoolId: school.schoolId } });
      });
      expect(rows.filter((r) => r.name.startsWith("p_"))).toHaveLength(1);
      expect(await db.program.count({ where: { schoolId: school.schoolId } })).toBe(3);
    } finally {
      await db.$disconnect();
    }
  });
});
