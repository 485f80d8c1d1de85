// Now first, on a freshly seeded demo, at 1280x800 and at 390x844: the demo is put back to its
// starting point (the home page's reset), and then
// - the season is in the middle of SOAP, programs contacting first, with an offer round open now,
//   and no page of the applicant's says "SOAP has ended";
// - the applicant with the pending offer finds its countdown and Accept inside the first
//   viewport, above the tasks;
// - the advocate finds "Your next actions" before the applicant list;
// - the dean's office clicks an alert card and sees the table filtered, the filter in the URL.
import type { Browser, Page, TestInfo } from "@playwright/test";
import { expect, test } from "./support/test";
import { personAt, SIZES, type Size } from "./support/people";

async function demoPerson(browser: Browser, info: TestInfo, size: Size, group: string, name?: RegExp): Promise<Page> {
  const page = await personAt(browser, info, size);
  await page.goto("/");
  const people = page.getByRole("region", { name: group });
  await (name ? people.getByRole("button", { name }) : people.getByRole("button").first()).click();
  return page;
}

async function box(page: Page, locator: ReturnType<Page["locator"]>) {
  const b = await locator.boundingBox();
  if (!b) throw new Error(`not laid out on ${page.url()}`);
  return b;
}

test.beforeAll(async ({ browser }) => {
  // A freshly seeded demo: the reset the home page offers in demo mode.
  const page = await browser.newPage();
  await page.goto("/");
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Reset the demo school" }).click();
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: /reset|starting point/i })
      .first(),
  ).toBeVisible({ timeout: 60_000 });
  await page.close();
});

for (const size of SIZES) {
  test.describe(`at ${size.viewport.width}x${size.viewport.height}`, () => {
    test("the applicant with the pending offer opens on its countdown and Accept, above the tasks, in a live SOAP season", async ({ browser }, info) => {
      const page = await demoPerson(browser, info, size, "Applicants", /Olivia Brennan/);
      await expect(page).toHaveURL(/\/applicant$/);

      // The season: programs contact first, an offer round open now.
      const line = page.getByRole("region", { name: "Match Week" }).locator("summary");
      await expect(line).toContainText("Programs contact first");
      await expect(line).toContainText(/Round \d: answer by/);

      const now = page.getByRole("region", { name: "Needs you now" });
      const timer = now.getByRole("timer").first();
      const accept = now.getByRole("button", { name: /^Accept the offer from / }).first();
      await expect(timer).toHaveText(/(\d+ h )?\d+ min left/);
      await expect(timer).toBeInViewport({ ratio: 1 });
      await expect(accept).toBeInViewport({ ratio: 1 });
      const tasks = page.locator("section[aria-labelledby=tasks-heading]");
      await expect(tasks).toBeVisible();
      expect((await box(page, accept)).y).toBeLessThan((await box(page, tasks)).y);

      for (const path of ["/applicant", "/applicant/list", "/applicant/messages", "/applicant/offers", "/applicant/profile"]) {
        await page.goto(path);
        expect(await page.locator("body").innerText(), path).not.toContain("SOAP has ended");
      }
      await page.context().close();
    });

    test("the advocate opens on Your next actions, before the applicant list", async ({ browser }, info) => {
      const page = await demoPerson(browser, info, size, "Faculty advocates");
      await expect(page).toHaveURL(/\/advocate$/);
      const actions = page.getByRole("heading", { name: "Your next actions" });
      const applicants = page.getByRole("region", { name: "Your applicants" });
      await expect(actions).toBeInViewport();
      await expect(applicants).toBeVisible();
      expect((await box(page, actions)).y).toBeLessThan((await box(page, applicants)).y);
      await page.context().close();
    });

    test("the dean's office clicks an alert card and sees the table filtered, in the URL", async ({ browser }, info) => {
      const page = await demoPerson(browser, info, size, "Dean's office");
      await expect(page).toHaveURL(/\/dean$/);
      const attention = page.getByRole("region", { name: "Needs attention now" });
      const card = attention.getByRole("link", { name: /^\d+ Red flag without advocate/ });
      const count = Number((await card.textContent())?.match(/^\d+/)?.[0]);
      expect(count).toBeGreaterThan(0);
      await card.click();
      await expect(page).toHaveURL(/\/dean\?(.*&)?alert=RED_FLAG_WITHOUT_ADVOCATE/);
      const rows = page.getByRole("region", { name: "Applicants" }).locator("tbody [role=row]");
      await expect(rows).toHaveCount(count);
      for (const row of await rows.all()) await expect(row).toContainText("Red flag without advocate");
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.viewport.width);
      await page.context().close();
    });
  });
}
