// Smoke: each role signs in to the demo school and sees its seeded data, read through the server.
import { expect, test } from "./support/test";
import { expectNoSeriousA11yViolations } from "./support/axe";

test("the home page lists demo people for every role", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "SOAP Desk", level: 1 })).toBeVisible();
  for (const heading of ["Applicants", "Faculty advocates", "Dean's office"]) {
    await expect(page.getByRole("heading", { name: heading })).toBeVisible();
  }
  await expectNoSeriousA11yViolations(page);
});

test("an applicant sees their list, tasks and strategy", async ({ page }) => {
  await page.goto("/");
  const first = page.getByRole("region", { name: "Applicants" }).getByRole("button").first();
  await first.click();
  await expect(page).toHaveURL(/\/applicant$/);
  await expect(page.getByRole("heading", { name: "My SOAP workspace" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "My target list" })).toBeVisible();
  await expect(page.locator("section[aria-labelledby=targets-heading] li").first()).toBeVisible();
  await expect(page.getByText(/Applied \d+ \/ 45/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("an advocate sees assigned applicants with a state per program", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("region", { name: "Faculty advocates" }).getByRole("button").first().click();
  await expect(page).toHaveURL(/\/advocate$/);
  await expect(page.getByRole("heading", { name: "My applicants" })).toBeVisible();
  await expect(page.getByText(/Applied in SOAP/).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("main").getByRole("heading", { level: 2 }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/advocate\/applicants\//);
  await expect(
    page.getByText(/Ready: you can contact the program|Waiting for the applicant's email|Done: you have contacted the program/).first(),
  ).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("the dean's office sees the cohort with alerts and a funnel", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("region", { name: "Dean's office" }).getByRole("button").first().click();
  await expect(page).toHaveURL(/\/dean$/);
  await expect(page.getByRole("heading", { name: "Cohort dashboard" })).toBeVisible();
  const rows = page.locator("section[aria-labelledby=applicants-heading] tbody tr");
  expect(await rows.count()).toBeGreaterThanOrEqual(10);
  await expect(rows.getByText("Red flag without advocate").first()).toBeVisible();
  await expect(page.getByRole("table", { name: "The cohort's outreach funnel: programs at each stage" })).toContainText("Targeted");
  await expectNoSeriousA11yViolations(page);

  // "Needs attention now": a card per kind of alert; one click filters the table, in the address.
  const attention = page.getByRole("region", { name: "Needs attention now" });
  const card = attention.getByRole("link", { name: /^\d+ Red flag without advocate/ });
  const count = Number((await card.textContent())?.match(/^\d+/)?.[0]);
  expect(count).toBeGreaterThan(0);
  await card.click();
  await expect(page).toHaveURL(/\/dean\?alert=RED_FLAG_WITHOUT_ADVOCATE/);
  await expect(rows).toHaveCount(count);
  for (const row of await rows.all()) await expect(row).toContainText("Red flag without advocate");
  await expect(attention.getByRole("link", { name: /Red flag without advocate/ })).toHaveAttribute("aria-current", "true");
  await attention.getByRole("link", { name: "Show every applicant" }).click();
  await expect(page).toHaveURL(/\/dean$/);
  expect(await rows.count()).toBeGreaterThan(count);
});
