// People of an end-to-end test, each in a browser context of their own with the project's device
// (desktop or phone), signed in from the magic link the app emails them.
import type { Browser, Page, TestInfo } from "@playwright/test";
import type { AdvocateTeam, ApplicantNowFirst, ApplicantWithList, UndeliveredUrgent } from "../../support/e2e-fixtures";
import { linkEmailedTo } from "./mailbox";
import { expect } from "./test";

const port = Number(process.env.E2E_PORT ?? 3100);
const helperPort = Number(process.env.E2E_MAIL_PORT ?? port + 1);

/** A starting state of the e2e server's own, made for this test alone (see tests/support/e2e-fixtures.ts). */
async function fixture<T>(name: string): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${helperPort}/fixtures/${name}`, { method: "POST" });
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

/** A new team: an applicant, their advocate and a rival advocate. */
export const advocateTeam = () => fixture<AdvocateTeam>("advocate-team");

/** A new applicant with a list of 16. */
export const applicantWithList = () => fixture<ApplicantWithList>("applicant-with-list");

/** A new applicant with a pending offer, an overdue urgent task, an interview tomorrow and 22 programs. */
export const applicantNowFirst = () => fixture<ApplicantNowFirst>("applicant-now-first");

/** A new applicant whose urgent message failed by email and by push, unread. */
export const undeliveredUrgent = () => fixture<UndeliveredUrgent>("undelivered-urgent");

/** The two sizes a "now first" test checks in one run: a laptop and a phone. */
export const SIZES = [
  { name: "desktop", viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false },
  { name: "phone", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
] as const;
export type Size = (typeof SIZES)[number];

/** A browser context of one of SIZES (whatever the project's device), in the school's zone. */
export async function personAt(browser: Browser, info: TestInfo, size: Size): Promise<Page> {
  const context = await browser.newContext({
    viewport: size.viewport,
    isMobile: size.isMobile,
    hasTouch: size.hasTouch,
    timezoneId: "America/New_York",
    baseURL: info.project.use.baseURL,
  });
  return context.newPage();
}

/** A browser context with the project's viewport, touch and zone, and clipboard access. */
export async function newPerson(browser: Browser, info: TestInfo): Promise<Page> {
  const { viewport, hasTouch, isMobile, deviceScaleFactor, userAgent, timezoneId, baseURL } = info.project.use;
  const context = await browser.newContext({
    viewport,
    hasTouch,
    isMobile,
    deviceScaleFactor,
    userAgent,
    timezoneId,
    baseURL,
    permissions: ["clipboard-read", "clipboard-write"],
  });
  return context.newPage();
}

/** Signs in from the emailed link, in the project's device or at one of SIZES. */
export async function signIn(browser: Browser, info: TestInfo, email: string, lands: RegExp, size?: Size): Promise<Page> {
  const page = size ? await personAt(browser, info, size) : await newPerson(browser, info);
  await page.goto("/sign-in");
  await page.getByRole("region", { name: "Sign in with email" }).getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("region", { name: "Sign in with email" }).getByRole("status")).toContainText(email);
  await page.goto(await linkEmailedTo(email, `http://localhost:${port}/api/auth/callback/nodemailer`));
  await expect(page).toHaveURL(lands);
  return page;
}
