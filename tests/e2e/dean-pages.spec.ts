// Every dean's office page opens, reads and has no serious or critical axe violation, at desktop
// size and on a phone (the "phone" project); on a phone every table becomes a list of cards (the
// dashboard's keeps its sort links above), and no page is wider than the screen.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { goToSection } from "./support/nav";

async function signInAsDean(page: Page) {
  await page.goto("/");
  await page.getByRole("region", { name: "Dean's office" }).getByRole("button").first().click();
  await expect(page).toHaveURL(/\/dean$/);
}

/** Nothing on the page is wider than the screen. */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${page.url()} is ${overflow} px wider than the screen`).toBeLessThanOrEqual(0);
}

async function open(page: Page, section: string, heading: string | RegExp) {
  await goToSection(page, "Dean's office", section);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}

test("the dean's office pages read well and pass axe at this size", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAsDean(page);

  // Dashboard: live, filterable through the URL, sortable, and its table reachable by keyboard.
  await expect(page.getByRole("heading", { level: 1, name: "Cohort dashboard" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
  const table = page.getByRole("region", { name: "Applicants", exact: true });
  await expect(table).toHaveAttribute("tabindex", "0");
  await expect(table.getByRole("row")).not.toHaveCount(1);
  await expectNoSeriousA11yViolations(page);
  // A filter applies as it changes: no Apply button to press.
  await expect(page.getByRole("button", { name: "Apply filters" })).toHaveCount(0);
  await page.getByRole("combobox", { name: "Alert" }).selectOption("RED_FLAG_WITHOUT_ADVOCATE");
  await expect(page).toHaveURL(/alert=RED_FLAG_WITHOUT_ADVOCATE/);
  const filtered = page.getByRole("region", { name: "Applicants", exact: true }).locator("tbody tr");
  await expect(filtered).not.toHaveCount(0);
  for (const row of await filtered.all()) await expect(row).toContainText("Red flag without advocate");
  await page.getByRole("link", { name: "Applicant", exact: true }).click();
  await expect(page.getByRole("columnheader", { name: /Applicant/ })).toHaveAttribute("aria-sort", "ascending");
  await expect(page).toHaveURL(/alert=RED_FLAG_WITHOUT_ADVOCATE.*sort=name/);

  // One applicant.
  await filtered.first().getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 2, name: "Where they stand" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Assign an advocate" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Their list", exact: true }).getByRole("row")).not.toHaveCount(0);
  await expectNoSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);

  await open(page, "Programs", "Programs");
  await expectNoSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("region", { name: "Programs", exact: true }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 2, name: /Who it has heard from/ })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Back to programs" }).click();
  await page.getByRole("link", { name: "Import the List of Unfilled Programs" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import the List of Unfilled Programs" })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);

  await open(page, "People", "People");
  await expect(page.getByRole("button", { name: "Check the file" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Applicants", exact: true }).getByRole("row")).not.toHaveCount(0);
  await expectNoSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);
  await open(page, "Invitations", "Invitations");
  await expectNoSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);
  await open(page, "Settings", "Settings");
  await expect(page.getByRole("spinbutton", { name: /Faculty contact cap/ })).toHaveValue("8");
  await expectNoSeriousA11yViolations(page);
  await open(page, "Audit log", "Audit log");
  await expectNoSidewaysScroll(page);
  await expectNoSeriousA11yViolations(page);

  await open(page, "Dashboard", "Cohort dashboard");
  await expectNoSidewaysScroll(page);
});
