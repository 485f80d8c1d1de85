// A save whose COMMIT reached PostgreSQL but whose answer was lost is told as what happened, never
// as "nothing was saved" when it was. A client reaches the database through a proxy that lets the
// COMMIT through and drops the connection before its answer; the client then asks the database
// (pg_xact_status) whether its transaction committed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATABASE_IN_DOUBT_MESSAGE } from "@/lib/domain/action-result";
import { AppError, isDatabaseUnavailable } from "@/lib/server/core/errors";
import { createPrismaClient, type Db } from "@/lib/server/core/db";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { DatabaseProxy } from "./support/database-proxy";
import { freePort } from "../support/app-server";

let t: TestDatabase;
let proxy: DatabaseProxy;
let client: Db;
const WAIT_MS = 2_000;

beforeAll(async () => {
  t = await createTestDatabase("commit_outcome");
  await t.db.$executeRawUnsafe("CREATE TABLE commit_probe (id text PRIMARY KEY)");
  const target = new URL(t.url);
  proxy = new DatabaseProxy(await freePort(), { host: target.hostname, port: Number(target.port || 5432) });
  await proxy.open();
  client = createPrismaClient(proxy.url(t.url), { commitCheckMs: WAIT_MS });
}, 60_000);

afterAll(async () => {
  await client?.$disconnect();
  await proxy?.cut();
  await t?.drop();
});

const save = (id: string) =>
  client.$transaction(async (tx) => {
    await tx.$executeRaw`INSERT INTO commit_probe (id) VALUES (${id})`;
    return `saved ${id}`;
  });
const stored = async (id: string) => (await t.db.$queryRaw<{ id: string }[]>`SELECT id FROM commit_probe WHERE id = ${id}`).length === 1;
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe("a transaction whose commit lost its answer", () => {
  it("answers as saved when the database says the commit was kept", async () => {
    proxy.loseAnswer("COMMIT");
    await expect(save("kept")).resolves.toBe("saved kept");
    expect(await stored("kept")).toBe(true);
  });

  it("says it cannot tell, not that nothing was saved, when the database stays away past the wait", async () => {
    let reopen: Promise<void> = Promise.resolve();
    proxy.loseAnswer("COMMIT", () => {
      reopen = proxy.cut().then(() => new Promise((resolve) => setTimeout(resolve, WAIT_MS + 1_000)));
    });
    const started = Date.now();
    const error = await failure(save("unknown"));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("UNAVAILABLE");
    expect((error as AppError).message).toBe(DATABASE_IN_DOUBT_MESSAGE);
    expect(Date.now() - started).toBeGreaterThanOrEqual(WAIT_MS);
    await reopen;
    await proxy.open();
    // It had been kept: "nothing was saved" would have been false.
    expect(await stored("unknown")).toBe(true);
  });

  it("is told as unreachable, with nothing saved, when the connection goes before the commit", async () => {
    proxy.loseAnswer("INSERT");
    const error = await failure(save("lost"));
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect((error as Error).message).not.toBe(DATABASE_IN_DOUBT_MESSAGE);
    expect(await stored("lost")).toBe(false);
  });

  it("is told as unreachable when a transaction that wrote nothing loses its commit's answer", async () => {
    proxy.loseAnswer("COMMIT");
    const error = await failure(client.$transaction(async (tx) => tx.$queryRaw`SELECT 1 AS one`));
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect((error as Error).message).not.toBe(DATABASE_IN_DOUBT_MESSAGE);
  });

  it("leaves a batch transaction and an ordinary one as they were", async () => {
    await client.$transaction([client.$executeRaw`INSERT INTO commit_probe (id) VALUES ('batch')`]);
    await expect(save("plain")).resolves.toBe("saved plain");
    expect(await stored("batch")).toBe(true);
    expect(await stored("plain")).toBe(true);
  });
});
