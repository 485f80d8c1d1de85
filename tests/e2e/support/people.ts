// People of an end-to-end test, each in a browser context of their own with the project's device
// (desktop or phone), signed in from the magic link the app emails them.
import type { Browser, Page, TestInfo } from "@playwright/test";
import type { AdvocateTeam, ApplicantWithList } from "../../support/e2e-fixtures";
import { linkEmailedTo } from "./mailbox";
import { expect } from "./test";

const port = Number(process.env.E2E_PORT ?? 3100);
const helperPort = Number(process.env.E2E_MAIL_PORT ?? port + 1);

/** A new team for this test alone (see tests/support/e2e-fixtures.ts). */
export async function advocateTeam(): Promise<AdvocateTeam> {
  const response = await fetch(`http://127.0.0.1:${helperPort}/fixtures/advocate-team`, { method: "POST" });
  expect(response.status).toBe(200);
  return (await response.json()) as AdvocateTeam;
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

export async function signIn(browser: Browser, info: TestInfo, email: string, lands: RegExp): Promise<Page> {
  const page = await newPerson(browser, info);
  await page.goto("/sign-in");
  await page.getByRole("region", { name: "Sign in with email" }).getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("region", { name: "Sign in with email" }).getByRole("status")).toContainText(email);
  await page.goto(await linkEmailedTo(email, `http://localhost:${port}/api/auth/callback/nodemailer`));
  await expect(page).toHaveURL(lands);
  return page;
}

/** A new applicant with a list of 16 for this test alone (see tests/support/e2e-fixtures.ts). */
export async function applicantWithList(): Promise<ApplicantWithList> {
  const response = await fetch(`http://127.0.0.1:${helperPort}/fixtures/applicant-with-list`, { method: "POST" });
  expect(response.status).toBe(200);
  return (await response.json()) as ApplicantWithList;
}
