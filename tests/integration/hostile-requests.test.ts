// Requests no browser of SOAP Desk's sends, answered in words by the production build, never
// with a server error. Text far beyond what a form allows, posted to a server action as the
// browser posts it: refused with the field's own message while the body fits the framework's
// limit, and by the HTTP front when it is over it (nothing is saved). Addresses with broken
// %-escapes, and Auth.js endpoints called with a callback address that is not one. Every page's
// query string, every server action's body and every route handler, fuzzed with what no browser
// sends (NUL and other control characters, lists of huge strings, numbers past 32 bits, bodies
// React cannot decode, posts from another site): never a server error, never an error in the log.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REQUEST_TOO_LARGE_MESSAGE } from "@/lib/domain/action-result";
import { NARRATIVE_LINE_MAX } from "@/lib/domain/schemas";
import { BAD_SIGN_IN_REQUEST, signInErrorMessage } from "@/lib/domain/sign-in-messages";
import { BODY_LIMIT_BYTES } from "@/lib/server/http/body-limit";
import { createDatabaseSession, sessionCookieName } from "@/lib/server/auth/session-cookie";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool } from "./support/fixtures";
import { ensureProductionBuild, freePort, startAppServer, type AppServer } from "../support/app-server";
import { builtActions, callActionOverHttp, findBuiltAction, type BuiltAction } from "../support/http-action";
import { databaseFingerprint } from "./support/database-fingerprint";

let t: TestDatabase;
let app: AppServer;
let cookie: string;
let applicantId: string;
let cookies: Record<"APPLICANT" | "ADVOCATE" | "DEAN", string>;

beforeAll(async () => {
  ensureProductionBuild();
  t = await createTestDatabase("oversized");
  const school = await createSchool(t.db, { now: new Date(), programs: 1 });
  const applicant = await school.addApplicant();
  applicantId = applicant.applicantId;
  const { sessionToken } = await createDatabaseSession(t.db, applicant.userId, new Date());
  cookie = `${sessionCookieName(false)}=${sessionToken}`;
  const sessionOf = async (userId: string) => `${sessionCookieName(false)}=${(await createDatabaseSession(t.db, userId, new Date())).sessionToken}`;
  cookies = { APPLICANT: cookie, ADVOCATE: await sessionOf((await school.addAdvocate()).userId), DEAN: await sessionOf(school.dean.userId) };
  const port = await freePort();
  app = await startAppServer(port, { DATABASE_URL: t.url, AUTH_URL: `http://localhost:${port}`, AUTH_SECRET: "oversized-input-test-secret-0123456789abcdef" });
}, 240_000);

afterAll(async () => {
  await app?.stop();
  await t?.drop();
});

describe("text far over a field's limit", () => {
  it("refuses 100 thousand characters in a narrative line with the field's own message", async () => {
    const save = findBuiltAction("app/applicant/actions.ts", "saveNarrativeAction");
    const answer = await callActionOverHttp(
      app.address,
      save,
      { strengths: ["x".repeat(100_000), "Reliable"], weaknessContext: [], reliability: "Never late." },
      cookie,
    );
    expect(answer.status).toBe(200);
    expect(answer.result).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      message: `A strength: keep it to one line (under ${NARRATIVE_LINE_MAX} characters).`,
    });
    expect(await t.db.narrative.count({ where: { applicantId } })).toBe(0);
  });

  it("refuses a save over the framework's body limit in words, before the app reads it", async () => {
    const save = findBuiltAction("app/applicant/actions.ts", "saveNarrativeAction");
    const huge = JSON.stringify([{ strengths: ["x".repeat(BODY_LIMIT_BYTES + 1), "Reliable"], weaknessContext: [], reliability: "Never late." }]);
    const response = await fetch(`${app.address}${save.page}`, {
      method: "POST",
      headers: { "next-action": save.id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin: app.address, cookie },
      body: huge,
    });
    // Exactly what Next.js's client throws as the action's error, and useServerAction shows.
    expect(response.status).toBe(413);
    expect(response.headers.get("content-type")).toBe("text/plain");
    expect(await response.text()).toBe(REQUEST_TOO_LARGE_MESSAGE);
    expect(await t.db.narrative.count({ where: { applicantId } })).toBe(0);
    // The server goes on serving.
    expect((await fetch(`${app.address}/api/health`)).status).toBe(200);
  });

  it("answers a form posted without JavaScript over the limit with a page that says nothing was saved", async () => {
    const body = new FormData();
    body.set("reliability", "y".repeat(BODY_LIMIT_BYTES + 10));
    const response = await fetch(`${app.address}/applicant/narrative`, { method: "POST", headers: { accept: "text/html", origin: app.address, cookie }, body });
    expect(response.status).toBe(413);
    const html = await response.text();
    expect(html).toContain("Nothing was saved");
    expect(html).toContain(REQUEST_TOO_LARGE_MESSAGE);
  });
});

describe("hostile addresses", () => {
  it("answers a path with a broken %-escape with 400 and a page that says so", async () => {
    for (const route of ["/api/auth/%F0%9F%9", "/dean/%ZZ"]) {
      const response = await fetch(`${app.address}${route}`, { headers: { accept: "text/html" } });
      expect(response.status).toBe(400);
      expect(await response.text()).toContain("That address is not valid");
    }
  });

  it("sends a sign-in request whose callback address is not one back to the sign-in page, which explains", async () => {
    for (const method of ["GET", "POST"]) {
      const response = await fetch(`${app.address}/api/auth/signout?callbackUrl=+`, { method, redirect: "manual", headers: { origin: app.address } });
      expect(response.status, method).toBeLessThan(500);
    }
    const post = await fetch(`${app.address}/api/auth/signout?callbackUrl=+`, { method: "POST", redirect: "manual", headers: { origin: app.address } });
    const landing = new URL(post.headers.get("location") ?? "", app.address);
    expect(`${landing.pathname}${landing.search}`).toBe(`/sign-in?error=${BAD_SIGN_IN_REQUEST}`);
    const page = await fetch(landing);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(signInErrorMessage(BAD_SIGN_IN_REQUEST)!);
  });
});

// ---- fuzzed: every page's query string, every action's body, every route handler ---------------

const RUNS = Number(process.env.FUZZ_RUNS ?? 15);
const SEED = process.env.FUZZ_SEED === "random" ? undefined : Number(process.env.FUZZ_SEED ?? 20261130);
const settings = { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) };

/**
 * What the server printed while `work` ran; it must hold no error (Next.js prints ⨯ before an
 * unhandled one). Auth.js logs the requests it refuses itself (a missing CSRF token, say) as
 * "[auth][error]": those are answered, not unhandled.
 */
async function quietly<T>(what: string, work: () => Promise<T>): Promise<T> {
  const before = app.output().length;
  const result = await work();
  // A log line is written as the answer goes out; give it a moment to arrive.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const printed = app.output().slice(before);
  const authJs = /\[auth\]\[error\]/.test(printed);
  expect(printed, `${what}: the server logged`).not.toMatch(authJs ? /⨯|unhandled/i : /error|⨯|unhandled|failed/i);
  return result;
}

async function expectAnswered(response: Response, what: string): Promise<string> {
  const text = response.headers.get("content-type")?.includes("text/event-stream") ? (await response.body?.cancel(), "") : await response.text();
  expect(response.status, `${what} answered ${response.status}: ${text.slice(0, 300)}\n${app.output().slice(-2_000)}`).toBeLessThan(500);
  expect(text).not.toContain("Something went wrong on our side");
  return text;
}

const HUGE = "x".repeat(1_000_001);
const CONTROL = [...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)), "\u007f", "\u0085", "\u009f"];

/** Values of a query string, as an attacker writes them (already %-encoded where they are). */
const QUERY_VALUE = fc.oneof(
  fc.constantFrom("%00", "a%00b", "%ZZ", "%E0%A4", "%", "%25", "%C0%80", "%ED%A0%80", "3000000000", "2147483648", "-1", "1e400", "NaN", "0x10", "1.5", ""),
  fc.constantFrom(...CONTROL).map((c) => encodeURIComponent(`search${c}`)),
  fc.string({ unit: "binary", maxLength: 20 }).map(encodeURIComponent),
  fc.constantFrom(2_000, 6_000).map((n) => "x".repeat(n)),
);
const QUERY_KEYS = [
  "q",
  "page",
  "heard",
  "specialty",
  "state",
  "positionType",
  "setting",
  "backups",
  "who",
  "applicantId",
  "programId",
  "action",
  "from",
  "to",
  "alert",
  "strategy",
  "advocate",
  "noAdvocate",
  "accepted",
  "sort",
  "dir",
  "error",
  "minutes",
  "program",
  "callbackUrl",
];
/** A query string: a few keys, some repeated (a list of values), with hostile values. */
const QUERY = fc
  .array(fc.tuple(fc.constantFrom(...QUERY_KEYS), fc.array(QUERY_VALUE, { minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 4 })
  .map((pairs) => `?${pairs.flatMap(([key, values]) => values.map((value) => `${key}=${value}`)).join("&")}`);

const PAGES: { path: string; as: keyof typeof cookies | null }[] = [
  ...["/dean", "/dean/programs", "/dean/audit", "/dean/people", "/dean/invitations", "/dean/settings", "/dean/programs/import", "/notifications"].map(
    (path) => ({
      path,
      as: "DEAN" as const,
    }),
  ),
  ...["/applicant", "/applicant/list", "/applicant/messages", "/applicant/offers", "/applicant/profile"].map((path) => ({ path, as: "APPLICANT" as const })),
  ...["/advocate", "/advocate/connections"].map((path) => ({ path, as: "ADVOCATE" as const })),
  ...["/", "/sign-in", "/sign-in/check-email", "/signed-in", `/invite/${"a".repeat(43)}`].map((path) => ({ path, as: null })),
];

/** Every route handler's address, with who calls it. */
const ROUTES: { path: string; as: keyof typeof cookies | null; post?: boolean }[] = [
  { path: "/api/health", as: null },
  { path: "/api/health/live", as: null },
  { path: "/api/health/ready", as: null },
  { path: "/api/dean/live", as: "DEAN" },
  { path: "/api/auth/session", as: "APPLICANT" },
  { path: "/api/auth/csrf", as: null },
  { path: "/api/auth/signout", as: null, post: true },
  { path: "/api/auth/signin/email", as: null, post: true },
  { path: "/api/demo/sign-in", as: null, post: true },
  { path: "/dean/export/contacts", as: "DEAN" },
  { path: "/dean/export/dashboard", as: "DEAN" },
  { path: "/applicant/interviews/x/ics", as: "APPLICANT" },
];

describe("every page's query string, fuzzed", () => {
  it("the pages read their query string through the one reader", () => {
    // Checked by tests/unit/query-string.test.ts; this list covers each of them.
    for (const page of ["/dean", "/dean/programs", "/dean/audit", "/applicant/list", "/applicant/messages", "/advocate/connections", "/sign-in"])
      expect(PAGES.map((p) => p.path)).toContain(page);
  });

  it("answers /dean/programs?q=%00 with the page", async () => {
    const response = await quietly("q=%00", () => fetch(`${app.address}/dean/programs?q=%00`, { headers: { cookie: cookies.DEAN } }));
    expect(response.status).toBe(200);
    await response.text();
  });

  for (const { path, as } of [...PAGES, ...ROUTES]) {
    it(`GET ${path}`, { timeout: 120_000 }, async () => {
      await fc.assert(
        fc.asyncProperty(QUERY, async (query) => {
          const response = await quietly(`${path}${query}`, () =>
            fetch(`${app.address}${path}${query}`, { redirect: "manual", headers: as ? { cookie: cookies[as] } : {} }),
          );
          await expectAnswered(response, `${path}${query}`);
        }),
        settings,
      );
    });
  }
});

/** A body as React's client would never send it, for a call whose Next-Action names a real action. */
const ACTION_BODY = fc.oneof(
  fc.constantFrom(
    "",
    "[{",
    "not json",
    '"hello"',
    "1",
    "null",
    "{}",
    '["$1"]',
    '["$h0"]',
    '["$T"]',
    '["$nzz"]',
    '["$Q1"]',
    '["$@9"]',
    '["$K1"]',
    '["$B1"]',
    "\u0000",
    JSON.stringify(Array(1_001).fill(1)),
    "[".repeat(5_000) + "]".repeat(5_000),
  ),
  // Lists holding huge strings, as deep as a list of lists of them.
  fc.constantFrom([HUGE, "x"], [[HUGE, HUGE]], [{ strengths: [HUGE, "x"] }], [{ a: [[HUGE, 1]] }]).map((args) => JSON.stringify(args)),
  // Numbers past what a 32-bit column holds, and text with control characters, in every field an action has.
  fc
    .record({
      number: fc.constantFrom(3_000_000_000, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1e308, "3000000000"),
      text: fc.constantFrom(...CONTROL.map((c) => `a${c}b`)),
    })
    .map(({ number, text }) =>
      JSON.stringify([
        Object.fromEntries(
          ["openPositions", "round", "durationMinutes", "step2Score", "page", "maxApplications", "csv", "q", "name", "programId"].map((key, i) => [
            key,
            i % 2 ? text : number,
          ]),
        ),
      ]),
    ),
  fc.string({ unit: "binary", maxLength: 200 }),
);

function cookieForAction(action: BuiltAction): string | undefined {
  // Signing out would end the session the other calls use.
  if (action.file.includes("(auth)") || action.file.includes("sign-out")) return undefined;
  if (action.file.startsWith("app/dean/")) return cookies.DEAN;
  if (action.file.startsWith("app/advocate/")) return cookies.ADVOCATE;
  return cookies.APPLICANT;
}

function multipartOf(fields: [string, string][]): { body: Buffer; type: string } {
  const boundary = "----soapdesk-fuzz";
  const parts = fields.map(([name, value]) => `--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return { body: Buffer.from(`${parts.join("")}--${boundary}--\r\n`), type: `multipart/form-data; boundary=${boundary}` };
}

describe("every server action's body, fuzzed", () => {
  const actions = builtActions();

  it("found the actions", () => {
    expect(actions.length).toBeGreaterThan(30);
  });

  it("refuses a list holding a million-character string in words, with nothing saved", async () => {
    const save = findBuiltAction("app/applicant/actions.ts", "saveNarrativeAction");
    const before = await databaseFingerprint(t.db);
    const response = await quietly("a huge string in a list", () =>
      fetch(`${app.address}${save.page}`, {
        method: "POST",
        headers: { "next-action": save.id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin: app.address, cookie },
        body: JSON.stringify([[HUGE, "x"]]),
      }),
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toBe("SOAP Desk could not read what was sent, so nothing was saved. Reload the page and try again.");
    expect(await databaseFingerprint(t.db)).toEqual(before);
  });

  it("still runs an action called with a form's fields in a multipart body (as useActionState calls it)", async () => {
    const save = findBuiltAction("app/applicant/actions.ts", "saveNarrativeAction");
    const { body, type } = multipartOf([
      ["1_reliability", "x"],
      ["0", '["$undefined","$K1"]'],
    ]);
    const response = await quietly("a form's fields", () =>
      fetch(`${app.address}${save.page}`, {
        method: "POST",
        headers: { "next-action": save.id, "content-type": type, accept: "text/x-component", origin: app.address, cookie },
        body: new Uint8Array(body),
      }),
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("INVALID_INPUT");
  });

  for (const action of actions) {
    it(`${action.file}#${action.exportedName}`, { timeout: 180_000 }, async () => {
      await fc.assert(
        fc.asyncProperty(ACTION_BODY, fc.boolean(), async (raw, multipart) => {
          const sent = multipart ? multipartOf([["0", raw]]) : { body: Buffer.from(raw), type: "text/plain;charset=UTF-8" };
          const actor = cookieForAction(action);
          const response = await quietly(`${action.exportedName} with ${raw.slice(0, 80)}`, () =>
            fetch(`${app.address}${action.page}`, {
              method: "POST",
              redirect: "manual",
              headers: {
                "next-action": action.id,
                "content-type": sent.type,
                accept: "text/x-component",
                origin: app.address,
                ...(actor ? { cookie: actor } : {}),
              },
              body: new Uint8Array(sent.body),
            }),
          );
          const text = await expectAnswered(response, action.exportedName);
          expect(text).not.toContain('"INTERNAL"');
        }),
        settings,
      );
    });
  }
});

describe("posts from another site", () => {
  const ORIGINS = ["http://evil.example", "null", "::not a url::", "http://127.0.0.1:1", "https://127.0.0.1"];

  it("refuses every action called from another site with 403 and a sentence, nothing saved, nothing logged", async () => {
    for (const action of builtActions()) {
      for (const origin of ORIGINS) {
        const before = await databaseFingerprint(t.db);
        const response = await quietly(`${action.exportedName} from ${origin}`, () =>
          fetch(`${app.address}${action.page}`, {
            method: "POST",
            redirect: "manual",
            headers: { "next-action": action.id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin, cookie: cookies.DEAN },
            body: "[{}]",
          }),
        );
        expect(response.status, `${action.exportedName} from ${origin}`).toBe(403);
        expect(await response.text()).toBe("This request came from another website, so SOAP Desk did not act on it. Nothing was saved.");
        expect(await databaseFingerprint(t.db)).toEqual(before);
      }
    }
  });

  it("refuses a form posted from another site without JavaScript with a page that says so", async () => {
    const save = findBuiltAction("app/applicant/actions.ts", "saveNarrativeAction");
    const { body, type } = multipartOf([
      [`$ACTION_ID_${save.id}`, ""],
      ["reliability", "Never late."],
    ]);
    const response = await quietly("a cross-site form", () =>
      fetch(`${app.address}${save.page}`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": type, accept: "text/html", origin: "http://evil.example", cookie },
        body: new Uint8Array(body),
      }),
    );
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("This request came from another website");
  });

  it("answers a form without JavaScript whose bound action's description is broken with 400", async () => {
    const save = findBuiltAction("app/applicant/actions.ts", "saveNarrativeAction");
    const { body, type } = multipartOf([
      ["$ACTION_REF_1", ""],
      ["$ACTION_1:0", `{"id":"${save.id}","bound":"$@1`],
    ]);
    const response = await quietly("a broken bound action", () =>
      fetch(`${app.address}${save.page}`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": type, accept: "text/html", origin: app.address, cookie },
        body: new Uint8Array(body),
      }),
    );
    expect(response.status).toBe(400);
  });

  it("every route handler posted to from another site or with a broken body: no server error", async () => {
    for (const { path } of ROUTES.filter((route) => route.post)) {
      for (const origin of ORIGINS) {
        for (const body of ["", "a=%ZZ", "\u0000", "callbackUrl=http://evil.example", "email=" + "x".repeat(100_000)]) {
          const response = await quietly(`POST ${path} from ${origin}`, () =>
            fetch(`${app.address}${path}`, {
              method: "POST",
              redirect: "manual",
              headers: { origin, "content-type": "application/x-www-form-urlencoded" },
              body,
            }),
          );
          await expectAnswered(response, `POST ${path}`);
        }
      }
    }
  });
});
