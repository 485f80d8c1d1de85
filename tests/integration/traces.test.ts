// Traces: a production server with OTEL_EXPORTER_OTLP_ENDPOINT set sends its spans over OTLP
// (HTTP, JSON) to a receiver on loopback: a page request's span with the database statements it
// ran under it, a server action call the HTTP front answered itself with its statements under it,
// and a job's span with its statements, all from the service soap-desk.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDatabaseSession, sessionCookieName } from "@/lib/server/auth/session-cookie";
import { scheduleJob } from "@/lib/server/jobs/queue";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { ensureProductionBuild, freePort, startAppServer, type AppServer } from "../support/app-server";
import { callActionOverHttp, findBuiltAction } from "../support/http-action";

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
}
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes?: { key: string; value: OtlpValue }[];
}
interface ReceivedSpan extends OtlpSpan {
  service: string | undefined;
}
interface OtlpExport {
  resourceSpans?: { resource?: { attributes?: { key: string; value: OtlpValue }[] }; scopeSpans?: { spans?: OtlpSpan[] }[] }[];
}

const SECRET = { AUTH_SECRET: "traces-test-secret-0123456789abcdef" };
let t: TestDatabase;
let school: SchoolFixture;
let receiver: Server;
let server: AppServer;
const received: ReceivedSpan[] = [];

function attribute(span: OtlpSpan, key: string): string | undefined {
  const value = span.attributes?.find((a) => a.key === key)?.value;
  return value?.stringValue ?? (value?.intValue === undefined ? undefined : String(value.intValue));
}

/** An OTLP/HTTP receiver for traces, as a collector would answer (JSON only: what the server sends). */
function startReceiver(): Promise<number> {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      if (req.method !== "POST" || req.url !== "/v1/traces" || !req.headers["content-type"]?.startsWith("application/json")) {
        res.writeHead(400).end();
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as OtlpExport;
      for (const resource of body.resourceSpans ?? []) {
        const service = resource.resource?.attributes?.find((a) => a.key === "service.name")?.value.stringValue;
        for (const scope of resource.scopeSpans ?? []) for (const span of scope.spans ?? []) received.push({ ...span, service });
      }
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  return new Promise((resolve) => receiver.listen(0, "127.0.0.1", () => resolve((receiver.address() as AddressInfo).port)));
}

/** The spans from `span` up to its trace's root, following each parent. */
function chainOf(span: ReceivedSpan): ReceivedSpan[] {
  const chain = [span];
  for (let at = span; at.parentSpanId;) {
    const parent = received.find((s) => s.traceId === at.traceId && s.spanId === at.parentSpanId);
    if (!parent) break;
    chain.push(parent);
    at = parent;
  }
  return chain;
}

async function waitFor<T>(find: () => T | undefined, what: string): Promise<T> {
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; await sleep(100)) {
    const found = find();
    if (found) return found;
  }
  throw new Error(`No ${what} within 20 s. Received: ${received.map((s) => s.name).join(", ")}\n${server.output()}`);
}

const isStatement = (span: ReceivedSpan) => span.name === "prisma:client:db_query" || attribute(span, "db.query.text") !== undefined;

beforeAll(async () => {
  ensureProductionBuild();
  t = await createTestDatabase("traces");
  school = await createSchool(t.db, { now: new Date(), programs: 2 });
  const otlp = await startReceiver();
  const port = await freePort();
  server = await startAppServer(port, {
    DATABASE_URL: t.url,
    AUTH_URL: `http://127.0.0.1:${port}`,
    ...SECRET,
    OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${otlp}`,
    OTEL_BSP_SCHEDULE_DELAY: "200",
  });
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await new Promise((resolve) => receiver?.close(resolve));
  await t?.drop();
});

describe("traces over OTLP", () => {
  it("sends a page request's span with the database statements it ran beneath it", async () => {
    const { sessionToken } = await createDatabaseSession(t.db, school.dean.userId, new Date());
    const page = await fetch(`${server.address}/dean`, { headers: { cookie: `${sessionCookieName(false)}=${sessionToken}` }, redirect: "manual" });
    expect(page.status).toBe(200);

    // The request's own span: Next.js's, the root of its trace.
    const request = await waitFor(
      () =>
        received.find(
          (s) => !s.parentSpanId && attribute(s, "next.span_type") === "BaseServer.handleRequest" && /\/dean$/.test(attribute(s, "http.target") ?? s.name),
        ),
      "span for GET /dean",
    );
    expect(request.service).toBe("soap-desk");
    const statements = await waitFor(() => {
      const under = received.filter((s) => s.traceId === request.traceId && isStatement(s));
      return under.length > 0 ? under : undefined;
    }, "database statement span under the request");
    for (const statement of statements) expect(chainOf(statement).at(-1)?.spanId).toBe(request.spanId);
    expect(statements.some((s) => /\bSELECT\b/i.test(attribute(s, "db.query.text") ?? ""))).toBe(true);
    // The statements' values are parameters, not in the text: the session token looked up is nowhere.
    expect(JSON.stringify(received)).not.toContain(sessionToken);
  });

  it("sends the span of a server action call the front answered itself, with its statements beneath it", async () => {
    const markRead = findBuiltAction("app/notifications/actions.ts", "markNotificationsReadAction");
    const cookieFrom = async (now: Date) => `${sessionCookieName(false)}=${(await createDatabaseSession(t.db, school.dean.userId, now)).sessionToken}`;
    // A session Auth.js must extend (its last extension two days old) is Next.js's to answer;
    // that call also loads the action into the server, where the front finds it.
    const throughNext = await callActionOverHttp(server.address, markRead, {}, await cookieFrom(new Date(Date.now() - 2 * 86_400_000)));
    const answered = await fetch(`${server.address}${markRead.page}`, {
      method: "POST",
      headers: {
        "next-action": markRead.id,
        "content-type": "text/plain;charset=UTF-8",
        accept: "text/x-component",
        origin: server.address,
        cookie: await cookieFrom(new Date()),
      },
      body: "[{}]",
    });
    expect(answered.status).toBe(200);
    expect(answered.headers.get("content-type")).toBe("text/x-component");
    expect(answered.headers.get("cache-control")).toBe("no-cache, no-store, max-age=0, must-revalidate");
    const body = await answered.text();
    expect(body).toMatch(/^0:\{"a":"\$@1","q":"","i":false,"b":"[^"]+"\}\n1:/);
    const result = { ok: true, warnings: [], message: "Nothing unread.", refresh: true };
    expect(JSON.parse(body.split("\n")[1]!.slice(2))).toEqual(result);
    expect(throughNext.result).toEqual(result);

    // The front's span, the root of its trace, named for the action, with the statements beneath it.
    const call = await waitFor(() => received.find((s) => !s.parentSpanId && s.name === "server action notifications.markRead"), "span for the call");
    expect(attribute(call, "soap_desk.action")).toBe("notifications.markRead");
    const statements = await waitFor(() => {
      const under = received.filter((s) => s.traceId === call.traceId && isStatement(s));
      return under.length > 0 ? under : undefined;
    }, "database statement span under the call");
    for (const statement of statements) expect(chainOf(statement).at(-1)?.spanId).toBe(call.spanId);
    // The other call was Next.js's: its request span, and no span of the front's.
    const next = await waitFor(
      () => received.find((s) => !s.parentSpanId && attribute(s, "next.span_type") === "BaseServer.handleRequest" && attribute(s, "http.method") === "POST"),
      "Next.js's span for the other call",
    );
    expect(received.some((s) => s.traceId === next.traceId && s.name.startsWith("server action"))).toBe(false);
  });

  it("sends a job's span with its statements beneath it", async () => {
    await scheduleJob(t.db, "send-email", { emailId: "no-such-email" }, { runAt: new Date(), now: new Date() });
    const job = await waitFor(() => received.find((s) => s.name === "job send-email"), "span for the send-email job");
    expect(job.service).toBe("soap-desk");
    expect(attribute(job, "job.name")).toBe("send-email");
    const statements = await waitFor(() => {
      const under = received.filter((s) => s.traceId === job.traceId && isStatement(s));
      return under.length > 0 ? under : undefined;
    }, "database statement span under the job");
    for (const statement of statements) expect(chainOf(statement).map((s) => s.spanId)).toContain(job.spanId);
  });
});
