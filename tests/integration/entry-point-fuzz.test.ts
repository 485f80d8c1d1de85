// Every server action and route handler of app/ (tests/support/entry-points.ts), driven with
// arbitrary and hostile input by every kind of person: nobody, the owning applicant, another
// applicant, the assigned advocate and an unassigned one, the dean's office, and each role of
// another school. For every call: (a) nothing fails on our side (no INTERNAL answer, no 5xx), and
// a refusal says what was wrong in a sentence; (b) a refusal leaves the whole database as it was;
// (c) after the accepted calls, every page of each person they touched still renders, and stored
// markup comes back as text. Entry points that need the real request (Auth.js, request headers)
// are called over HTTP on a production server; the others in-process, as the matrix calls them.

import fc from "fast-check";
import Papa from "papaparse";
import webpush from "web-push";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/domain/action-result";
import type { Actor } from "@/lib/server/core/actor";
import { ManualClock } from "@/lib/server/core/clock";
import { createDatabaseSession, sessionCookieName } from "@/lib/server/auth/session-cookie";
import { createTestDatabase, type TestDatabase } from "./support/test-database";
import { createSchool, type SchoolFixture } from "./support/fixtures";
import { buildWorld, callEntry, INPUTS, SIGNED_IN_INPUTS, type World } from "./support/entry-world";
import { databaseFingerprint } from "./support/database-fingerprint";
import { findEntryExports, type FoundExport } from "../support/entry-points";
import { ensureProductionBuild, freePort, startAppServer, type AppServer } from "../support/app-server";
import { callActionOverHttp, findBuiltAction } from "../support/http-action";

const clock = new ManualClock(new Date("2026-04-08T14:00:00Z"));
let t: TestDatabase;
let home: SchoolFixture;
let away: SchoolFixture;
let app: AppServer;

const entries = await findEntryExports();

/** Entry points whose work needs the request Next.js gives them (Auth.js, headers()): called over HTTP. */
const OVER_HTTP = new Set([
  "signIn.requestMagicLink",
  "signIn.singleSignOn",
  "session.signOut",
  "auth.get",
  "auth.post",
  "demo.signIn",
  "setup.createSchool",
  // They read the server's push settings, as the app server has them.
  "push.subscribe",
  "push.turnOff",
  "push.removeDevice",
]);

const ROLE_FAMILIES = {
  outsiders: ["nobody", "another school's applicant", "another school's advocate", "another school's dean"],
  bystanders: ["another applicant", "an unassigned advocate"],
  insiders: ["the owner", "the assigned advocate", "the dean's office"],
} as const;
type Role = (typeof ROLE_FAMILIES)[keyof typeof ROLE_FAMILIES][number];
const RUNS_PER_FAMILY = Number(process.env.FUZZ_RUNS ?? 15);
// A fixed seed, so that every run of the test command tries the same inputs (a failure reprints
// its seed and path). FUZZ_SEED=<n> tries others; FUZZ_SEED=random a new one each run.
const SEED = process.env.FUZZ_SEED === "random" ? undefined : Number(process.env.FUZZ_SEED ?? 20261130);

// ---- hostile values --------------------------------------------------------------------------

const SCRIPT = "<script>alert(1)</script>";
const HTML = [SCRIPT, "<img src=x onerror=alert(1)>", '"><svg onload=alert(1)>'];
const FORMULAS = ['=HYPERLINK("http://evil.example","Click")', "+1+1", "@SUM(1)", "-2+3", "=cmd|' /C calc'!A0"];
const DATES = [
  "+275760-09-13T00:00:00Z",
  "+275760-09-13T00:00:00.001Z",
  "-271821-04-20T00:00:00Z",
  "0000-01-01",
  "2026-02-30",
  "2026-13-01T00:00:00Z",
  "",
  "not a date",
  "99999-01-01T00:00:00Z",
  "1970-01-01T00:00:00Z",
  "2026-04-09T15:00:00+14:00",
  0,
  -1,
  8.64e15,
  8.64e15 + 1,
  1e20,
];
// Past 2 ** 31 - 1 a number no longer fits a 32-bit database column.
const NUMBERS = ["NaN", "Infinity", "-Infinity", "1e308", "0x10", " 12 ", "١٢", -1, 0, 1e308, 2 ** 53, -0, 0.5, 1.5, Number.MAX_VALUE, NaN, Infinity];
const BEYOND_32_BITS = [2 ** 31, 3_000_000_000, -(2 ** 31) - 1, "2147483648", "3000000000", "99999999999999999999"];
const SQLISH = ["' OR 1=1 --", "1; DROP TABLE users; --", "%", "_", "\\", "' UNION SELECT * FROM sessions --"];
const WRONG_TYPES = [0, 1, -1, true, false, null, undefined, [], {}, [1, "a"], { a: 1 }];
const ODD_TEXT = [
  "\u0000",
  "a\u0000b",
  "\u0001",
  "a\u001fb",
  "\u007f",
  "\u0085",
  "\ud800",
  " ",
  "\t\n",
  "null",
  "undefined",
  "true",
  "$undefined",
  "é".normalize("NFD"),
];
const EXTRA_KEYS = ["schoolId", "applicantId", "advocateId", "userId", "role", "id", "__proto__", "constructor", "prototype", "isAdmin"];

/** A very long string: few of them, they are slow to carry around. */
const hugeString = fc
  .tuple(fc.constantFrom(100_000, 1_000_000, 2_000_000), fc.constantFrom("a", "é", "<", "😀", SCRIPT))
  .map(([n, unit]) => unit.repeat(Math.ceil(n / unit.length)));

/** Ids that are not the ones the input should carry: another school's, another kind's, made up. */
function foreignIds(world: World): fc.Arbitrary<string> {
  const ours = [world.taskId, world.interviewId, world.offerId, world.connectionId, world.invitationId, world.owner, world.assignedAdvocateId];
  const theirs = [...away.programIds, away.dean.userId, away.schoolId, home.schoolId];
  return fc.oneof(fc.constantFrom(...ours, ...theirs), fc.uuid(), fc.stringMatching(/^c[a-z0-9]{24}$/), fc.constantFrom(...SQLISH));
}

function hostileValue(world: World): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...WRONG_TYPES), weight: 3 },
    { arbitrary: fc.constantFrom(...DATES), weight: 3 },
    { arbitrary: fc.constantFrom(...NUMBERS), weight: 3 },
    { arbitrary: fc.constantFrom(...BEYOND_32_BITS), weight: 2 },
    { arbitrary: foreignIds(world), weight: 3 },
    { arbitrary: fc.constantFrom(...HTML, ...FORMULAS), weight: 3 },
    { arbitrary: fc.constantFrom(...ODD_TEXT), weight: 2 },
    { arbitrary: fc.oneof(fc.string(), fc.string({ unit: "binary" })), weight: 2 },
    { arbitrary: fc.array(fc.oneof(fc.string(), foreignIds(world)), { maxLength: 60 }), weight: 1 },
    { arbitrary: fc.anything({ maxDepth: 2 }), weight: 1 },
    { arbitrary: hugeString, weight: 1 },
    { arbitrary: fc.array(fc.array(hugeString, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 }), weight: 1 },
  );
}

const PROGRAM_HEADER = "Program Code,Program Name,Specialty,Position Type,City,State,Setting,Tier,Open Positions";

/** A CSV of the kind the importers read, with hostile cells. */
function hostileCsv(world: World): fc.Arbitrary<string> {
  const cell = fc.oneof(
    fc.constantFrom(...HTML, ...FORMULAS, ...SQLISH, ...ODD_TEXT, ...BEYOND_32_BITS.map(String), "", '"', '""', "a,b", "line\nbreak"),
    fc.string(),
    foreignIds(world),
  );
  const header = fc.constantFrom(
    "Name,Email,AAMC ID,Specialty,Degree",
    "Program Code,Program Name,Specialty,City,State,Positions",
    "name,email,aamcid,specialty,name",
    "",
  );
  const row = fc.array(cell, { minLength: 0, maxLength: 7 }).map((cells) => cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(","));
  return fc.oneof(
    fc.tuple(header, fc.array(row, { maxLength: 6 }), fc.constantFrom("\n", "\r\n")).map(([h, rows, newline]) => [h, ...rows].join(newline)),
    fc.constantFrom(
      "Name,Email,AAMC ID,Specialty\n" + `${SCRIPT},=HYPERLINK("x"),12345678,+1+1\n`,
      "\uFEFF" + "Name,Email\n".repeat(3),
      "\u0000,\u0000\n",
      // A program row that is right in every column but its Open Positions, past what the column holds.
      `${PROGRAM_HEADER}\n1000140C0,Harbor IM,Internal Medicine,C,Albany,NY,COMMUNITY,MID,3000000000`,
      `${PROGRAM_HEADER}\n1000140C0,Harbor IM,Internal Medicine,C,Albany,NY,COMMUNITY,MID,2147483648`,
    ),
    hugeString,
  );
}

type Mutation =
  | { kind: "valid" }
  | { kind: "replace"; pick: number; inArray: boolean; value: unknown }
  | { kind: "drop"; picks: number[] }
  | { kind: "extra"; key: string; value: unknown }
  | { kind: "whole"; value: unknown }
  | { kind: "csv"; csv: string }
  | { kind: "html"; field: string };

function mutations(world: World, takesCsv: boolean): fc.Arbitrary<Mutation> {
  const value = hostileValue(world);
  return fc.oneof(
    { arbitrary: fc.constant<Mutation>({ kind: "valid" }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constant("replace" as const), pick: fc.nat(), inArray: fc.boolean(), value }), weight: 8 },
    { arbitrary: fc.record({ kind: fc.constant("drop" as const), picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }) }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constant("extra" as const), key: fc.constantFrom(...EXTRA_KEYS), value }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constant("whole" as const), value }), weight: 2 },
    ...(takesCsv ? [{ arbitrary: fc.record({ kind: fc.constant("csv" as const), csv: hostileCsv(world) }), weight: 8 }] : []),
  );
}

/** The valid input with the mutation applied. */
function mutate(valid: unknown, mutation: Mutation): unknown {
  if (mutation.kind === "valid") return valid;
  if (mutation.kind === "whole") return mutation.value;
  const input = { ...(valid as Record<string, unknown>) };
  const keys = Object.keys(input);
  switch (mutation.kind) {
    case "csv":
      return { ...input, csv: mutation.csv };
    case "html":
      return { ...input, [mutation.field]: withHtml(input[mutation.field]) };
    case "drop":
      for (const pick of mutation.picks) if (keys.length > 0) delete input[keys[pick % keys.length]!];
      return input;
    case "extra":
      // As JSON.parse makes it: an own property, even for "__proto__".
      Object.defineProperty(input, mutation.key, { value: mutation.value, enumerable: true, writable: true, configurable: true });
      return input;
    case "replace": {
      if (keys.length === 0) return { [EXTRA_KEYS[mutation.pick % EXTRA_KEYS.length]!]: mutation.value };
      const key = keys[mutation.pick % keys.length]!;
      const current = input[key];
      if (mutation.inArray && Array.isArray(current) && current.length > 0) {
        const copy = [...(current as unknown[])];
        copy[mutation.pick % copy.length] = mutation.value;
        input[key] = copy;
      } else input[key] = mutation.value;
      return input;
    }
  }
}

/** Markup put into a text field (or into each line of a list of them). */
function withHtml(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((line) => `${String(line)} ${SCRIPT}`);
  return `${String(value ?? "")} ${SCRIPT}`;
}

// ---- people, sessions, pages -----------------------------------------------------------------

interface People {
  world: World;
  byRole: Record<Role, Actor | null>;
}

/** A school's policy and seasons as the fixtures made them. */
type Settings = Awaited<ReturnType<typeof settingsOf>>;
async function settingsOf(schoolId: string) {
  const policy = await t.db.schoolPolicy.findUniqueOrThrow({ where: { schoolId } });
  const seasons = await t.db.season.findMany({ where: { schoolId }, include: { offerRounds: true } });
  return { schoolId, policy, seasons };
}
let settings: Settings[];

/**
 * Puts each school's policy and seasons back as the fixtures made them: an accepted fuzzed
 * setting (at most one application, say) is a valid choice of the dean's office, and must not
 * decide what the next entry point's world can be built with.
 */
async function restoreSettings(): Promise<void> {
  for (const { schoolId, policy, seasons } of settings) {
    const { id: _id, schoolId: _school, createdAt: _created, updatedAt: _updated, ...values } = policy;
    await t.db.schoolPolicy.update({ where: { schoolId }, data: values });
    await t.db.offerRound.deleteMany({ where: { schoolId } });
    await t.db.season.deleteMany({ where: { schoolId, id: { notIn: seasons.map((season) => season.id) } } });
    for (const { offerRounds, id, schoolId: _s, createdAt: _c, updatedAt: _u, ...season } of seasons) {
      await t.db.season.update({ where: { id }, data: season });
      await t.db.offerRound.createMany({ data: offerRounds });
    }
  }
}

async function peopleFor(): Promise<People> {
  await restoreSettings();
  const { world, owner, assigned } = await buildWorld(t.db, clock, home);
  const byRole: Record<Role, Actor | null> = {
    nobody: null,
    "the owner": owner,
    "another applicant": await home.addApplicant(),
    "the assigned advocate": assigned,
    "an unassigned advocate": await home.addAdvocate(),
    "the dean's office": home.dean,
    "another school's applicant": await away.addApplicant(),
    "another school's advocate": await away.addAdvocate(),
    "another school's dean": away.dean,
  };
  return { world, byRole };
}

async function cookieFor(actor: Actor | null): Promise<string | undefined> {
  if (!actor) return undefined;
  const { sessionToken } = await createDatabaseSession(t.db, actor.userId, new Date());
  return `${sessionCookieName(false)}=${sessionToken}`;
}

/** Every page of one person: their screens, and the records of the world's applicant they may open. */
async function pagesOf(actor: Actor, world: World): Promise<{ path: string; mayBeMissing: boolean }[]> {
  const fixed = (paths: string[]) => paths.map((path) => ({ path, mayBeMissing: false }));
  const records = (paths: string[]) => paths.map((path) => ({ path, mayBeMissing: true }));
  const programs = world.programs.slice(0, 4);
  if (actor.role === "APPLICANT") {
    const targets = await t.db.target.findMany({ where: { applicantId: actor.applicantId! }, select: { programId: true } });
    return [
      ...fixed([
        "/applicant",
        "/applicant/list",
        "/applicant/messages",
        "/applicant/offers",
        "/applicant/profile",
        "/notifications",
        "/notifications/settings",
      ]),
      ...fixed(targets.map((target) => `/applicant/programs/${target.programId}`)),
    ];
  }
  if (actor.role === "ADVOCATE") {
    const assigned = await t.db.advocateAssignment.findMany({ where: { advocateId: actor.advocateId!, active: true }, select: { applicantId: true } });
    return [
      ...fixed(["/advocate", "/advocate/connections", "/notifications", "/notifications/settings"]),
      ...assigned.flatMap(({ applicantId }) => [
        ...fixed([`/advocate/applicants/${applicantId}`]),
        ...records(programs.map((programId) => `/advocate/applicants/${applicantId}/programs/${programId}`)),
      ]),
    ];
  }
  const ownSchool = actor.schoolId === home.schoolId;
  return [
    ...fixed([
      "/dean",
      "/dean/audit",
      "/dean/delivery",
      "/dean/invitations",
      "/dean/people",
      "/dean/programs",
      "/dean/programs/import",
      "/dean/settings",
      "/notifications",
      "/notifications/settings",
    ]),
    ...fixed(["/dean/export/contacts", "/dean/export/dashboard"]),
    ...(ownSchool ? fixed([`/dean/applicants/${world.owner}`, `/dean/programs/${world.programs[0]}`]) : []),
  ];
}

/** An export is a file for a spreadsheet, not a page: there, no text cell may start a formula. */
function expectNoFormulaCells(csv: string, path: string) {
  const { data } = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true });
  const formulas = data.flat().filter((cell) => /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell));
  expect(formulas, `${path} has cells a spreadsheet runs as formulas`).toEqual([]);
}

const LIVE_MARKUP = /<script>alert\(1\)|<img src=x onerror|<svg onload/;

async function fetchPage(path: string, cookie: string | undefined): Promise<{ status: number; html: string }> {
  const response = await fetch(`${app.address}${path}`, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  return { status: response.status, html: await response.text() };
}

/** Renders every page of every person touched; each answers 200 (a record page may say 404) and shows no live markup. */
async function expectPagesRender(touched: Map<string, Actor>, world: World, entry: string) {
  for (const actor of touched.values()) {
    const cookie = await cookieFor(actor);
    const pages = await pagesOf(actor, world);
    for (let i = 0; i < pages.length; i += 4) {
      await Promise.all(
        pages.slice(i, i + 4).map(async ({ path, mayBeMissing }) => {
          const { status, html } = await fetchPage(path, cookie);
          const said = status >= 500 ? `; the server said:\n${app.output().slice(-3_000)}` : "";
          expect(mayBeMissing ? [200, 404] : [200], `${actor.role} ${path} after ${entry}${said}`).toContain(status);
          if (path.startsWith("/dean/export/")) expectNoFormulaCells(html, path);
          else expect(html, `${path} shows live markup after ${entry}`).not.toMatch(LIVE_MARKUP);
        }),
      );
    }
  }
}

/** Where a stored text field of an accepted input is shown, and to whom. */
const SHOWN: Record<string, { field: string; role: Role; path: (w: World) => string }> = {
  "narrative.save": { field: "reliability", role: "the owner", path: () => "/applicant/profile" },
  "narratives.saveByAdvocate": { field: "reliability", role: "the assigned advocate", path: (w) => `/advocate/applicants/${w.owner}` },
  "profile.update": { field: "specialty", role: "the owner", path: () => "/applicant/profile" },
  "connections.create": { field: "note", role: "the assigned advocate", path: () => "/advocate/connections" },
  "connections.update": { field: "note", role: "the assigned advocate", path: () => "/advocate/connections" },
  "contacts.logEmailSent": { field: "summary", role: "the owner", path: (w) => `/applicant/programs/${w.programs[0]}` },
  "overrides.create": { field: "reason", role: "the dean's office", path: (w) => `/dean/applicants/${w.owner}` },
  "invitations.create": { field: "name", role: "the dean's office", path: () => "/dean/invitations" },
  "settings.updateSeason": { field: "name", role: "the dean's office", path: () => "/dean/settings" },
};

// ---- calling ---------------------------------------------------------------------------------

interface Answer {
  accepted: boolean;
  /** What the test reports. */
  summary: unknown;
}

function judgeAction(result: ActionResult<unknown> | undefined, status = 200): Answer {
  expect(status, "an action answered with a server error").toBeLessThan(500);
  if (!result) return { accepted: status < 400, summary: { status } };
  if (result.ok) return { accepted: true, summary: { ok: true } };
  expect(["INTERNAL", "NETWORK"], `refused with ${result.code}: ${result.message}`).not.toContain(result.code);
  // A sentence: words, ending as a sentence ends.
  expect(result.message).toMatch(/^\S.*\w.*[.!?)"”]$/s);
  return { accepted: false, summary: { code: result.code } };
}

function notReady(text: string): boolean {
  try {
    return (JSON.parse(text) as { ok?: unknown }).ok === false;
  } catch {
    return false;
  }
}

async function judgeRoute(response: Response, server?: AppServer): Promise<Answer> {
  // The live feed never ends by itself; its status is all there is to see.
  const text = response.headers.get("content-type")?.includes("text/event-stream") ? (await response.body?.cancel(), "") : await response.text();
  // "Not ready, try again": readiness answers 503 saying which check failed (here: no job workers
  // run in the test's process). A deliberate answer, not a server error.
  if (response.status === 503 && response.headers.get("retry-after") && notReady(text)) return { accepted: false, summary: { status: 503 } };
  expect(response.status, `a route answered with a server error${server ? `; the server said:\n${server.output().slice(-3_000)}` : ""}`).toBeLessThan(500);
  return { accepted: response.status < 400, summary: { status: response.status } };
}

// Node's HTTP server refuses a request line over 16 KB before any app sees it: an address
// carries at most this much of a hostile value (the body carries all of it).
const ADDRESS_PART_LIMIT = 4_000;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function asPathSegments(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  // A lone surrogate cannot travel in an address: a browser sends U+FFFD for it.
  return list.map((segment) =>
    encodeURIComponent(
      (typeof segment === "string" ? segment : (JSON.stringify(segment) ?? "undefined")).slice(0, ADDRESS_PART_LIMIT).replace(LONE_SURROGATE, "\uFFFD"),
    ),
  );
}

function asForm(value: unknown): URLSearchParams {
  const form = new URLSearchParams();
  if (value !== null && typeof value === "object")
    for (const [key, item] of Object.entries(value)) form.append(key, typeof item === "string" ? item : String(JSON.stringify(item)));
  return form;
}

const QUERIES = fc.oneof(
  fc.constant(""),
  fc.constantFrom(...[...SQLISH, ...HTML, ...FORMULAS].map((v) => `?q=${encodeURIComponent(v)}`)),
  fc.constantFrom("?schoolId=x&applicantId=y&role=DEAN", "?%00", "?a=%ZZ", "?__proto__[isAdmin]=1", "?callbackUrl=http://evil.example"),
  fc.constantFrom("?q=%00", "?q=a%01b&q=%1F", "?page=3000000000", "?page=2147483648", "?q=%E0%A4", `?q=${"x".repeat(3_000)}`),
  fc
    .dictionary(fc.constantFrom(...EXTRA_KEYS, "csrfToken", "callbackUrl", "email", "token"), fc.string(), { maxKeys: 4 })
    .map((q) => `?${new URLSearchParams(q)}`),
);

async function callOverHttp(found: FoundExport, input: unknown, cookie: string | undefined, query: string): Promise<Answer> {
  if (found.kind === "action") {
    const { status, result } = await callActionOverHttp(app.address, findBuiltAction(found.file, found.key.split("#")[1]!), input, cookie);
    if (status >= 500) expect.fail(`the action answered ${status}; the server said:\n${app.output().slice(-3_000)}`);
    return judgeAction(result, status);
  }
  const method = found.key.endsWith("#POST") ? "POST" : "GET";
  const route = found.file.replace(/^app/, "").replace(/\/route\.ts$/, "");
  const segments = route.includes("[...nextauth]") ? asPathSegments((input as { nextauth?: unknown } | null)?.nextauth).join("/") : "";
  const url = `${app.address}${route.replace("[...nextauth]", segments).slice(0, ADDRESS_PART_LIMIT)}${query}`;
  const response = await fetch(url, {
    method,
    redirect: "manual",
    headers: { ...(cookie ? { cookie } : {}), origin: app.address },
    ...(method === "POST" ? { body: asForm(input) } : {}),
  });
  return judgeRoute(response, app);
}

/** A failure's report with long strings cut short: a counterexample may hold 2 million characters. */
function shortReport<Ts>(details: fc.RunDetails<Ts>): void {
  if (!details.failed) return;
  const cut = (_key: string, value: unknown) =>
    typeof value === "string" && value.length > 200 ? `${value.slice(0, 60)}… (${value.length} characters)` : value === undefined ? "<undefined>" : value;
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(
    `Property failed after ${details.numRuns} runs (seed ${details.seed}, path "${details.counterexamplePath}").\n` +
      `Counterexample: ${JSON.stringify(details.counterexample, cut)}\n${cause.slice(0, 4_000)}`,
  );
}

// ---- the properties ----------------------------------------------------------------------------

beforeAll(async () => {
  ensureProductionBuild();
  t = await createTestDatabase("fuzz");
  home = await createSchool(t.db, { now: clock.now(), programs: 5 });
  away = await createSchool(t.db, { now: clock.now(), programs: 1 });
  settings = [await settingsOf(home.schoolId), await settingsOf(away.schoolId)];
  const port = await freePort();
  const vapid = webpush.generateVAPIDKeys();
  app = await startAppServer(port, {
    DATABASE_URL: t.url,
    AUTH_URL: `http://127.0.0.1:${port}`,
    AUTH_SECRET: "entry-point-fuzz-secret-0123456789abcdef",
    VAPID_PUBLIC_KEY: vapid.publicKey,
    VAPID_PRIVATE_KEY: vapid.privateKey,
    VAPID_SUBJECT: "mailto:fuzz@school.test",
  });
}, 180_000);

afterAll(async () => {
  await app?.stop();
  await t?.drop();
});

/** A browser's push subscription at a public push service (nothing is ever sent to it here). */
/** The valid input of entry points with no entry in INPUTS (public and any-signed-in ones). */
const UNGUARDED_INPUTS: Record<string, (w: World) => unknown> = {
  "auth.get": () => ({ nextauth: ["session"] }),
  "auth.post": () => ({ nextauth: ["signout"] }),
  "invitations.accept": () => ({ token: "a".repeat(43) }),
  "signIn.requestMagicLink": () => ({ email: "someone@example.edu" }),
  "setup.createSchool": () => ({
    code: "ABCD-EFGH-JKLM",
    name: "Fuzzed School of Medicine",
    timeZone: "America/Chicago",
    deanName: "Fuzz Dean",
    deanEmail: "fuzz.dean@example.edu",
  }),
  "notifications.markRead": () => ({}),
  ...SIGNED_IN_INPUTS,
};

describe("every entry point, fuzzed, as everyone", () => {
  it("found the entry points", () => {
    expect(entries.length).toBeGreaterThan(40);
  });

  for (const found of entries) {
    it(found.key, { timeout: 120_000 }, async () => {
      const name = found.entry?.name ?? found.key;
      const { world, byRole } = await peopleFor();
      const validInput = () => (INPUTS[name] ?? UNGUARDED_INPUTS[name] ?? (() => ({})))(world);
      const takesCsv = typeof (validInput() as { csv?: unknown } | null)?.csv === "string";
      const overHttp = OVER_HTTP.has(name);
      const touched = new Map<string, Actor>();
      const shown = SHOWN[name];

      const touch = (actor: Actor) => {
        touched.set(actor.userId, actor);
        const school = actor.schoolId === home.schoolId ? "home" : "away";
        const around: Actor[] =
          school === "home"
            ? [byRole["the owner"]!, byRole["the assigned advocate"]!, home.dean]
            : [byRole["another school's applicant"]!, byRole["another school's advocate"]!, away.dean].filter(
                (a) => a.userId === actor.userId || a.role === "DEAN",
              );
        for (const person of around) touched.set(person.userId, person);
      };

      for (const [family, roles] of Object.entries(ROLE_FAMILIES)) {
        const examples: [Role, Mutation, string][] = family === "insiders" && shown ? [[shown.role, { kind: "html", field: shown.field }, ""]] : [];
        await fc.assert(
          fc.asyncProperty(fc.constantFrom(...roles), mutations(world, takesCsv), QUERIES, async (role, mutation, query) => {
            const actor = byRole[role];
            const input = mutate(validInput(), mutation);
            const cookie = overHttp ? await cookieFor(actor) : undefined;
            const before = await databaseFingerprint(t.db);
            let answer: Answer;
            if (overHttp) answer = await callOverHttp(found, input, cookie, query);
            else {
              const raw = await callEntry(t.db, clock, found, input, actor, found.kind === "route" ? query : "");
              answer = raw instanceof Response ? await judgeRoute(raw) : judgeAction(raw);
            }
            if (!answer.accepted) {
              expect(await databaseFingerprint(t.db), `${role} was refused (${JSON.stringify(answer.summary)}) but the database changed`).toEqual(before);
              return;
            }
            if (actor) touch(actor);
            if (shown && mutation.kind === "html" && role === shown.role) {
              const { status, html } = await fetchPage(shown.path(world), await cookieFor(actor));
              expect(status).toBe(200);
              expect(html, `${shown.path(world)} does not show the stored ${shown.field} as text`).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
              expect(html).not.toMatch(LIVE_MARKUP);
            }
          }),
          { numRuns: RUNS_PER_FAMILY, examples, reporter: shortReport, ...(SEED === undefined ? {} : { seed: SEED }) },
        );
      }
      await expectPagesRender(touched, world, found.key);
    });
  }
});
