// Words for people on every page of the three roles, at 1280 × 800 and on a 390 × 844 phone: no
// enum name (SCREAMING_SNAKE), no id-shaped token, no "Unknown program" in what a person reads,
// and nothing wider than the phone. The dean's audit log is read after one action of every kind
// (made through the real use cases), one kind at a time, every "Before and after" opened.
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./support/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const helperPort = Number(process.env.E2E_MAIL_PORT ?? port + 1);

const SIZES = [
  { name: "desktop", viewport: { width: 1280, height: 800 }, isMobile: false },
  { name: "phone", viewport: { width: 390, height: 844 }, isMobile: true },
] as const;
type Size = (typeof SIZES)[number];

/** The stored codes that are one word, which the SCREAMING_SNAKE pattern cannot tell from a word. */
const ONE_WORD_CODES = [
  "APPLICANT",
  "ADVOCATE",
  "DEAN",
  "CHAIR",
  "RESIDENT",
  "FAMILY",
  "CLASSMATE",
  "UNIVERSITY",
  "COMMUNITY",
  "TOP",
  "MID",
  "FACULTY",
  "SELF",
  "OUTBOUND",
  "INBOUND",
  "EMAIL",
  "PHONE",
  "VOICEMAIL",
  "VIDEO",
  "SENT",
  "SPOKE",
  "DECLINED",
  "OTHER",
  "NUDGE",
  "OPEN",
  "DONE",
  "CANCELLED",
  "PENDING",
  "FAILED",
  "NOTIFICATION",
  "ACCEPTED",
  "REJECTED",
  "ACCEPT",
  "REJECT",
];

const CHECKS: { what: string; pattern: RegExp }[] = [
  { what: "an enum name", pattern: /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g },
  { what: "an id", pattern: /\bc(?=[a-z]*\d)[a-z0-9]{20,}\b/g },
  { what: "an id", pattern: /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi },
  { what: "a missing program", pattern: /Unknown program/gi },
];
const ONE_WORD = new RegExp(`\\b(?:${ONE_WORD_CODES.join("|")})\\b`, "g");

interface PageText {
  /** document.body.innerText: what is on screen, as the browser lays it out (capitals included). */
  inner: string;
  /** The visible text as written, before CSS capitalises a heading: where a one-word code would show. */
  written: string;
  scrollWidth: number;
  clientWidth: number;
  /** When the page is wider than the screen: the element that reaches furthest right, and its text. */
  widest: string;
}

/** What a person can read on the page now, with every disclosure opened. */
async function readPage(page: Page): Promise<PageText> {
  return page.evaluate(() => {
    for (const details of document.querySelectorAll("details")) details.open = true;
    const visible = (node: Node): boolean => {
      let element = node.parentElement;
      if (element && (element.tagName === "OPTION" || element.tagName === "OPTGROUP")) element = element.closest("select");
      return !!element && element.checkVisibility({ visibilityProperty: true, opacityProperty: false });
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const written: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, noscript, template")) continue;
      if (visible(node)) written.push(node.textContent ?? "");
    }
    const clientWidth = document.documentElement.clientWidth;
    let widest = "";
    let right = clientWidth;
    if (document.documentElement.scrollWidth > clientWidth) {
      for (const element of document.body.querySelectorAll("*")) {
        const edge = element.getBoundingClientRect().right;
        if (edge > right && element.children.length === 0) {
          right = edge;
          widest = `<${element.tagName.toLowerCase()}> "${(element.textContent ?? "").trim().slice(0, 60)}"`;
        }
      }
    }
    return {
      inner: document.body.innerText,
      written: written.join(" "),
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth,
      widest,
    };
  });
}

function around(text: string, index: number, length: number): string {
  return text
    .slice(Math.max(0, index - 40), index + length + 40)
    .replace(/\s+/g, " ")
    .trim();
}

/** Each problem of the page as one line naming the page and the offending text. */
function problemsOf(label: string, text: PageText, size: Size): string[] {
  const problems: string[] = [];
  for (const { what, pattern } of CHECKS) {
    for (const match of text.inner.matchAll(pattern))
      problems.push(`${label}: ${what} "${match[0]}" in "…${around(text.inner, match.index, match[0].length)}…"`);
  }
  for (const match of text.written.matchAll(ONE_WORD)) {
    problems.push(`${label}: the stored code "${match[0]}" in "…${around(text.written, match.index, match[0].length)}…"`);
  }
  if (size.name === "phone" && text.scrollWidth > text.clientWidth) {
    problems.push(`${label}: ${text.scrollWidth - text.clientWidth} px wider than the ${text.clientWidth} px phone (${text.widest || "no single element"})`);
  }
  return [...new Set(problems)];
}

async function personOn(browser: Browser, size: Size, role: string, who: RegExp | "first"): Promise<Page> {
  const context = await browser.newContext({
    viewport: size.viewport,
    isMobile: size.isMobile,
    hasTouch: size.isMobile,
    timezoneId: "America/New_York",
    baseURL: `http://localhost:${port}`,
  });
  const page = await context.newPage();
  await page.goto("/");
  const region = page.getByRole("region", { name: role });
  await (who === "first" ? region.getByRole("button").first() : region.getByRole("button", { name: who })).click();
  await expect(page).not.toHaveURL(/\/$/);
  return page;
}

/** Opens each path and returns its problems; `wait` names something that shows the page is there. */
async function checkPages(page: Page, size: Size, paths: string[]): Promise<string[]> {
  const problems: string[] = [];
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), `${path} opens`).toBeLessThan(400);
    await expect(page.locator("h1").first()).toBeVisible();
    problems.push(...problemsOf(`${path} (${size.name})`, await readPage(page), size));
  }
  return problems;
}

/** The distinct links on the page whose paths match, in order, at most `limit`. */
async function linksTo(page: Page, path: string, pattern: RegExp, limit = 50): Promise<string[]> {
  await page.goto(path);
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return [...new Set(hrefs.filter((href) => pattern.test(href)))].slice(0, limit);
}

function expectNone(problems: string[]) {
  expect(problems, `Words or widths a person should not meet:\n${problems.join("\n")}`).toEqual([]);
}

test.describe.configure({ timeout: 300_000 });

for (const size of SIZES) {
  test(`every applicant page reads as words, ${size.name}`, async ({ browser }) => {
    const problems: string[] = [];
    for (const who of [/Olivia Brennan/, /Jordan Alvarez/, /Hannah Mercer/]) {
      const page = await personOn(browser, size, "Applicants", who);
      const programs = await linksTo(page, "/applicant/list", /^\/applicant\/programs\/[^/]+$/, 4);
      expect(programs.length, "the list links to its programs").toBeGreaterThan(0);
      problems.push(
        ...(await checkPages(page, size, [
          "/applicant",
          "/applicant/list",
          "/applicant/messages",
          "/applicant/offers",
          "/applicant/profile",
          "/notifications",
          "/notifications/settings",
          ...programs,
        ])),
      );
      await page.context().close();
    }
    expectNone(problems);
  });

  test(`every advocate page reads as words, ${size.name}`, async ({ browser }) => {
    const problems: string[] = [];
    for (const who of [/Eleanor Hargrove/, /Priyanka Desai/]) {
      const page = await personOn(browser, size, "Faculty advocates", who);
      const applicants = await linksTo(page, "/advocate", /^\/advocate\/applicants\/[^/]+$/);
      expect(applicants.length, "the advocate's home links to their applicants").toBeGreaterThan(0);
      const programs: string[] = [];
      for (const applicant of applicants) programs.push(...(await linksTo(page, applicant, /^\/advocate\/applicants\/[^/]+\/programs\/[^/]+$/, 3)));
      problems.push(
        ...(await checkPages(page, size, ["/advocate", "/advocate/connections", "/notifications", "/notifications/settings", ...applicants, ...programs])),
      );
      await page.context().close();
    }
    expectNone(problems);
  });

  test(`every dean's office page reads as words, ${size.name}`, async ({ browser }) => {
    const page = await personOn(browser, size, "Dean's office", "first");
    const applicants = await linksTo(page, "/dean", /^\/dean\/applicants\/[^/]+$/);
    const programs = await linksTo(page, "/dean/programs?heard=1", /^\/dean\/programs\/(?!import)[^/]+$/, 12);
    expect(applicants.length, "the dashboard links to every applicant").toBeGreaterThan(5);
    expect(programs.length, "the program list links to programs").toBeGreaterThan(0);
    const problems = await checkPages(page, size, [
      "/dean",
      "/dean/programs",
      "/dean/programs/import",
      "/dean/people",
      "/dean/invitations",
      "/dean/delivery",
      "/dean/settings",
      "/dean/audit",
      "/notifications",
      "/notifications/settings",
      ...applicants,
      ...programs,
    ]);
    expectNone(problems);
  });
}

test("the audit log reads as words after one action of every kind, at both sizes", async ({ browser }) => {
  const response = await fetch(`http://127.0.0.1:${helperPort}/fixtures/audit-every-kind`, { method: "POST" });
  const made = (await response.json()) as { actions?: string[]; error?: string };
  expect(made.error, "every kind of action was made").toBeUndefined();
  const actions = made.actions ?? [];
  // Every kind a person of the demo school can cause; the school's creation happens elsewhere.
  expect(actions.length).toBeGreaterThanOrEqual(35);

  const problems: string[] = [];
  for (const size of SIZES) {
    const page = await personOn(browser, size, "Dean's office", "first");
    for (const action of actions) {
      await page.goto(`/dean/audit?action=${encodeURIComponent(action)}`);
      await expect(page.getByRole("status").filter({ hasText: /^Showing/ })).toBeVisible();
      const label = `/dean/audit after "${action}" (${size.name})`;
      const text = await readPage(page);
      expect(text.inner, `${label} lists the entry`).not.toContain("No entries match");
      problems.push(...problemsOf(label, text, size));
    }
    await page.context().close();
  }
  expectNone(problems);
});
