// PostgreSQL itself stops in the middle of a stream of saves and starts again. An embedded
// cluster of this test's own (real PostgreSQL, stopped with the same fast shutdown `npm start`
// uses) serves a production app; four dean's-office writers keep inviting people over HTTP,
// as the browser does, while the cluster goes down and comes back. Every save the app
// acknowledged is in the database afterwards; every other one was told the database was
// unreachable (and, as the message says, nothing of it was saved), or, for a save whose COMMIT
// went out as the database stopped and that it could not check in time, that it cannot tell yet;
// the app serves again without a restart.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATABASE_IN_DOUBT_MESSAGE, DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/domain/action-result";
import { createDatabaseSession, sessionCookieName } from "@/lib/server/auth/session-cookie";
import { createPrismaClient, type Db } from "@/lib/server/core/db";
import { migrateDeploy } from "../../scripts/db/migrate-deploy";
import { startEmbedded, type DatabaseHandle } from "../../scripts/db/embedded";
import { createSchool } from "./support/fixtures";
import { ensureProductionBuild, freePort, startAppServer, type AppServer } from "../support/app-server";
import { callActionOverHttp, findBuiltAction } from "../support/http-action";

const WRITERS = 4;

let workspace: string;
let pgPort: number;
let cluster: DatabaseHandle;
let db: Db;
let app: AppServer;
let deanCookie: string;

beforeAll(async () => {
  ensureProductionBuild();
  // A folder the postgres system user can enter when the test runs as root.
  workspace = mkdtempSync(path.join(tmpdir(), "soap-desk-restart-"));
  chmodSync(workspace, 0o755);
  pgPort = await freePort();
  cluster = await startEmbedded({ dataDir: path.join(workspace, "postgres"), port: pgPort });
  await migrateDeploy(cluster.url, { quiet: true });
  db = createPrismaClient(cluster.url);
  const school = await createSchool(db, { now: new Date(), programs: 2 });
  const { sessionToken } = await createDatabaseSession(db, school.dean.userId, new Date());
  deanCookie = `${sessionCookieName(false)}=${sessionToken}`;
  const port = await freePort();
  app = await startAppServer(port, {
    DATABASE_URL: cluster.url,
    AUTH_URL: `http://localhost:${port}`,
    AUTH_SECRET: "database-restart-test-secret-0123456789abcdef",
  });
}, 240_000);

afterAll(async () => {
  await app?.stop();
  await db?.$disconnect();
  await cluster?.stop();
  rmSync(workspace, { recursive: true, force: true });
});

type Phase = "before" | "down" | "after";
interface Save {
  email: string;
  phase: Phase;
  outcome: "acknowledged" | "refused" | "in doubt";
}

describe("PostgreSQL stopping in the middle of a stream of saves", () => {
  it("keeps every acknowledged save, tells every other one, and serves again without a restart", async () => {
    const invite = findBuiltAction("app/dean/invitations/actions.ts", "createInvitationAction");
    const saves: Save[] = [];
    const surprises: string[] = [];
    let phase: Phase = "before";
    let running = true;
    let next = 0;

    const writer = async () => {
      while (running) {
        const n = next++;
        const email = `stream-${n}@school.test`;
        const input = { role: "APPLICANT", name: `Stream Person ${n}`, email, aamcId: String(72_000_000 + n), degreeType: "US_MD", specialty: "Surgery" };
        const during = phase;
        const answer = await callActionOverHttp(app.address, invite, input, deanCookie).catch((error: unknown) => ({ status: 0, result: undefined, error }));
        const result = answer.result;
        if (result?.ok) saves.push({ email, phase: during, outcome: "acknowledged" });
        else if (result && result.code === "UNAVAILABLE" && result.message === DATABASE_UNAVAILABLE_MESSAGE)
          saves.push({ email, phase: during, outcome: "refused" });
        else if (result && result.code === "UNAVAILABLE" && result.message === DATABASE_IN_DOUBT_MESSAGE)
          saves.push({ email, phase: during, outcome: "in doubt" });
        else surprises.push(`${email} (${during}): HTTP ${answer.status} ${JSON.stringify(result)}`);
        // Keeps the stream at a pace the outage is noticed in, not a tight loop of refusals.
        if (!result?.ok) await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const until = async (condition: () => boolean, what: string, ms = 60_000) => {
      const deadline = Date.now() + ms;
      while (!condition()) {
        if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}:\n${surprises.join("\n")}\n${app.output()}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    const count = (p: Phase, outcome: Save["outcome"]) => saves.filter((s) => s.phase === p && s.outcome === outcome).length;

    const writers = Array.from({ length: WRITERS }, writer);
    await until(() => count("before", "acknowledged") >= 20, "saves before the outage");

    // Stopped with writes in flight: PostgreSQL's fast shutdown ends their sessions mid-request.
    phase = "down";
    await cluster.stop();
    await until(() => count("down", "refused") >= 12, "refusals while the database is down");
    const health = await fetch(`${app.address}/api/health`);
    expect(health.status).toBe(503);

    cluster = await startEmbedded({ dataDir: path.join(workspace, "postgres"), port: pgPort });
    phase = "after";
    await until(() => count("after", "acknowledged") >= 20, "saves after the database came back");
    running = false;
    await Promise.all(writers);

    const acknowledged = saves.filter((s) => s.outcome === "acknowledged").map((s) => s.email);
    const refused = saves.filter((s) => s.outcome === "refused").map((s) => s.email);
    const inDoubt = saves.filter((s) => s.outcome === "in doubt").map((s) => s.email);
    const stored = new Set((await db.invitation.findMany({ where: { email: { startsWith: "stream-" } }, select: { email: true } })).map((i) => i.email));
    console.log(
      `Saves: ${saves.length + surprises.length} sent; acknowledged ${count("before", "acknowledged")} before, ` +
        `${count("down", "acknowledged")} while stopping, ${count("after", "acknowledged")} after; ` +
        `refused as unreachable ${refused.length}; in doubt ${inDoubt.length}; stored ${stored.size}.`,
    );

    expect(surprises, "every answer is a save, the database-unreachable refusal or the in-doubt answer").toEqual([]);
    expect(
      acknowledged.filter((email) => !stored.has(email)),
      "acknowledged saves missing from the database",
    ).toEqual([]);
    expect(
      refused.filter((email) => stored.has(email)),
      "refused saves that were stored anyway",
    ).toEqual([]);
    // A save in doubt may have been kept; at most one per writer was committing as it stopped.
    expect(inDoubt.length).toBeLessThanOrEqual(WRITERS);
    expect(stored.size - inDoubt.filter((email) => stored.has(email)).length).toBe(acknowledged.length);
    expect(refused.length).toBeGreaterThanOrEqual(12);

    // The same server, not restarted, answers pages and its health check again.
    expect((await fetch(`${app.address}/api/health`)).status).toBe(200);
    const page = await fetch(`${app.address}/dean/invitations`, { headers: { cookie: deanCookie }, redirect: "manual" });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("stream-0@school.test");
  }, 240_000);
});
