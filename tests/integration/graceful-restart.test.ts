// A production server stopped with SIGTERM (a deploy, a restart) in the middle of a stream of
// writes, with a dean's live stream open and a slow upload in flight. Readiness fails first while
// the server still accepts; then new connections are refused, never reset; the upload that began
// before the listener closed is finished and saved; the live stream is told to reconnect and ends;
// every write the server acknowledged is in the database; the process exits 0.
import { request, type IncomingMessage } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "@/lib/server/core/clock";
import { createDatabaseSession, sessionCookieName } from "@/lib/server/auth/session-cookie";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { applyTo, contextFor } from "./support/flows";
import { ensureProductionBuild, freePort, startAppServer, type AppServer } from "../support/app-server";
import { openEventStream } from "../support/event-stream";
import { callActionOverHttp, findBuiltAction, type ActionAddress } from "../support/http-action";

const WRITERS = 3;
const DELAY_MS = 1_500;
const SECRET = { AUTH_SECRET: "graceful-restart-test-secret-0123456789abcdef" };

let t: TestDatabase;
let school: SchoolFixture;
let app: AppServer;
let applicantCookie: string;
let deanCookie: string;
let programId: string;
let logEmail: ActionAddress;

async function cookieFor(userId: string): Promise<string> {
  const { sessionToken } = await createDatabaseSession(t.db, userId, new Date());
  return `${sessionCookieName(false)}=${sessionToken}`;
}

beforeAll(async () => {
  ensureProductionBuild();
  t = await createTestDatabase("restart");
  const clock = new ManualClock(new Date());
  school = await createSchool(t.db, { now: clock.now(), programs: 2 });
  const applicant = await school.addApplicant();
  programId = school.programIds[0]!;
  await applyTo(contextFor(t.db, clock)(applicant), applicant.applicantId, [programId]);
  applicantCookie = await cookieFor(applicant.userId);
  deanCookie = await cookieFor(school.dean.userId);
  logEmail = findBuiltAction("app/applicant/actions.ts", "logEmailSentAction");
  const port = await freePort();
  app = await startAppServer(port, {
    DATABASE_URL: t.url,
    AUTH_URL: `http://localhost:${port}`,
    ...SECRET,
    SHUTDOWN_DELAY_MS: String(DELAY_MS),
    SHUTDOWN_DRAIN_MS: "10000",
  });
}, 240_000);

afterAll(async () => {
  if (app && (await Promise.race([app.exited.then(() => true), sleep(0).then(() => false)])) === false) await app.stop();
  await t?.drop();
});

/** A GET on a connection of its own (closed after the answer): the status, or the error's code. */
function probe(url: string): Promise<{ status?: number; code?: string; body?: string }> {
  return new Promise((resolve) => {
    const req = request(url, { agent: false }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode, body }));
      res.on("error", (error: NodeJS.ErrnoException) => resolve({ code: error.code ?? error.message }));
    });
    req.on("error", (error: NodeJS.ErrnoException) => resolve({ code: error.code ?? error.message }));
    req.end();
  });
}

const unreadyCount = (probes: { status?: number }[]) => probes.filter((p) => p.status === 503).length;

/** The code of a failed fetch's socket error (ECONNREFUSED, ECONNRESET, UND_ERR_SOCKET ...). */
function errorCode(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? String(error);
}

describe("health", () => {
  it("answers liveness without asking anything, and readiness with each of its checks", async () => {
    const live = await fetch(`${app.address}/api/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ ok: true });
    const ready = await fetch(`${app.address}/api/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ok: true, accepting: true, database: "reachable", migrations: "applied", workers: "running" });
    // The combined check the start-up scripts wait on answers as before.
    expect((await fetch(`${app.address}/api/health`)).status).toBe(200);
  });

  it("is not ready while one of the code's migrations is missing from the database, and alive all the same", async () => {
    const [last] = await t.db.$queryRaw<{ id: string }[]>`SELECT id FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1`;
    await t.db.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = now() WHERE id = ${last!.id}`;
    try {
      const ready = await fetch(`${app.address}/api/health/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ ok: false, database: "reachable", migrations: "1 pending" });
      expect((await fetch(`${app.address}/api/health/live`)).status).toBe(200);
    } finally {
      await t.db.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = NULL WHERE id = ${last!.id}`;
    }
    expect((await fetch(`${app.address}/api/health/ready`)).status).toBe(200);
  });
});

describe("SIGTERM during a stream of writes and an open live stream", () => {
  it(
    "fails readiness first, refuses and never resets, finishes what is in flight, keeps every acknowledged write and exits 0",
    { timeout: 120_000 },
    async () => {
      const stream = await openEventStream(`${app.address}/api/dean/live`, { cookie: deanCookie });
      expect(stream.status).toBe(200);
      await stream.next((e) => e.event === "status", 0);

      let exited = false;
      const exitCode = app.exited.then((code) => {
        exited = true;
        return code;
      });

      // Readiness, asked every 25 ms on a fresh connection each time, as a load balancer does (more
      // often): two 503s in a row and it sends no new connection to this instance.
      const probes: { at: number; status?: number; code?: string }[] = [];
      let takenOut = false;
      let listenerClosed = false;
      const prober = (async () => {
        while (!exited) {
          const at = Date.now();
          const answer = await probe(`${app.address}/api/health/ready`);
          probes.push({ at, ...answer });
          if (answer.status === 503 && probes.at(-2)?.status === 503) takenOut = true;
          if (answer.code === "ECONNREFUSED") listenerClosed = true;
          await sleep(25);
        }
      })();

      // Applicants logging emails, as the browser's server action calls do, through the load
      // balancer: until it takes the instance out, then once more straight to it after its
      // listener closed. (Connections made at the very instant a listener closes are reset by the
      // kernel, which had queued them for a process that no longer accepts: keeping new connections
      // away from that instant is what the delay and readiness are for.)
      const acknowledged: { summary: string; at: number }[] = [];
      const refusedAt: number[] = [];
      const surprises: string[] = [];
      let n = 0;
      const write = async () => {
        const summary = `Restart write ${n++}`;
        try {
          const answer = await callActionOverHttp(app.address, logEmail, { programId, summary }, applicantCookie);
          if (answer.status === 200 && answer.result?.ok) acknowledged.push({ summary, at: Date.now() });
          else surprises.push(`${summary}: HTTP ${answer.status} ${JSON.stringify(answer.result)}`);
        } catch (error) {
          const code = errorCode(error);
          if (code === "ECONNREFUSED" && listenerClosed) refusedAt.push(Date.now());
          else surprises.push(`${summary}: ${code}`);
        }
      };
      const writer = async () => {
        while (!takenOut) await write();
        while (!listenerClosed && !exited) await sleep(10);
        await write();
      };
      const writers = Array.from({ length: WRITERS }, writer);
      while (acknowledged.length < 15) await sleep(20);

      // A save whose upload began before the stop, and ends after the listener closed.
      const body = JSON.stringify([{ programId, summary: "Slow upload" }]);
      const half = Math.floor(body.length / 2);
      let slowRequest: ReturnType<typeof request> | undefined;
      const slow = new Promise<{ status?: number; text: string }>((resolve, reject) => {
        const req = request(`${app.address}${logEmail.page}`, {
          method: "POST",
          agent: false,
          headers: {
            "next-action": logEmail.id,
            "content-type": "text/plain;charset=UTF-8",
            "content-length": Buffer.byteLength(body),
            accept: "text/x-component",
            origin: app.address,
            cookie: applicantCookie,
          },
        });
        req.on("response", (res: IncomingMessage) => {
          let text = "";
          res.on("data", (chunk: Buffer) => (text += chunk.toString()));
          res.on("end", () => resolve({ status: res.statusCode, text }));
          res.on("error", reject);
        });
        req.on("error", reject);
        req.write(body.slice(0, half));
        slowRequest = req;
      });
      await sleep(100);

      const stoppedAt = Date.now();
      app.kill("SIGTERM");
      // Alive while it drains: nothing should restart it.
      while (!takenOut) await sleep(10);
      expect((await probe(`${app.address}/api/health/live`)).status).toBe(200);

      // The listener closes after the delay: a fresh connection is refused. Then the upload ends.
      while (!probes.some((p) => p.at >= stoppedAt && p.code === "ECONNREFUSED")) {
        if (Date.now() - stoppedAt > 15_000) throw new Error(`The listener did not close:\n${JSON.stringify(probes.slice(-5))}\n${app.output()}`);
        await sleep(20);
      }
      slowRequest!.end(body.slice(half));
      const slowAnswer = await slow;

      const code = await Promise.race([exitCode, sleep(30_000).then(() => "still running")]);
      await Promise.all([prober, ...writers]);
      const output = app.output();
      console.log(
        `Writes acknowledged: ${acknowledged.length} (${acknowledged.filter((w) => w.at > stoppedAt).length} after SIGTERM); ` +
          `readiness 503 answered ${unreadyCount(probes)} times; listener closed ${Math.min(...probes.filter((p) => p.code === "ECONNREFUSED").map((p) => p.at)) - stoppedAt} ms after SIGTERM.`,
      );
      expect(code, output).toBe(0);
      expect(output).toContain("Stopping: readiness now fails");

      // Nothing but answers and refused connections.
      expect(surprises, output).toEqual([]);
      expect(probes.filter((p) => p.status === undefined && p.code !== "ECONNREFUSED").map((p) => p.code)).toEqual([]);

      // Readiness: 200 before the stop, 503 from the stop until the listener closed, and 503 was
      // answered before the first refused connection.
      const before = probes.filter((p) => p.at < stoppedAt - 50);
      expect(before.length).toBeGreaterThan(0);
      expect(before.every((p) => p.status === 200)).toBe(true);
      const firstRefused = Math.min(...probes.filter((p) => p.code === "ECONNREFUSED").map((p) => p.at));
      const unready = probes.filter((p) => p.status === 503);
      expect(unready.length).toBeGreaterThan(0);
      expect(unready[0]!.at).toBeLessThan(firstRefused);
      expect(firstRefused - stoppedAt).toBeGreaterThanOrEqual(DELAY_MS - 100);
      expect(probes.filter((p) => p.at > firstRefused).every((p) => p.code === "ECONNREFUSED")).toBe(true);

      // The server kept serving writes while readiness failed, and then refused (not reset) them.
      expect(acknowledged.filter((w) => w.at > stoppedAt).length).toBeGreaterThan(0);
      expect(refusedAt.length).toBe(WRITERS);
      expect(Math.min(...refusedAt)).toBeGreaterThanOrEqual(firstRefused);

      // The request in flight when the listener closed finished and was saved.
      expect(slowAnswer.status).toBe(200);
      expect(slowAnswer.text).toContain('"ok":true');

      // Every acknowledged write is in the database.
      const stored = new Set((await t.db.contact.findMany({ where: { programId }, select: { summary: true } })).map((c) => c.summary));
      expect(acknowledged.filter((w) => !stored.has(w.summary)).map((w) => w.summary)).toEqual([]);
      expect(stored.has("Slow upload")).toBe(true);

      // The live stream heard it should reconnect, when the listener closed, and then ended.
      const notice = stream.events.find((e) => e.event === "reconnect");
      expect(notice, JSON.stringify(stream.events)).toBeDefined();
      expect(notice!.at).toBeGreaterThanOrEqual(stoppedAt + DELAY_MS - 100);
      expect(await Promise.race([stream.closed, sleep(1_000).then(() => null)])).toBeGreaterThanOrEqual(notice!.at);
    },
  );
});
