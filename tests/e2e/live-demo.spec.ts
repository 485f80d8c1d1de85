// The demo right after seeding, at desktop size and on a phone: the season is in the middle of
// SOAP, in program-initiated mode, with offer round 2 open now. The applicant with the pending
// offer (Olivia Brennan) reads it in the banner's one line on every page, opens the details on
// demand, and finds the offer's deadline counting down; no page says "SOAP has ended". The dean's
// dashboard shows the same offer with its deadline.
import { expect, test } from "./support/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { newPerson } from "./support/people";
const PAGES = ["/applicant", "/applicant/list", "/applicant/messages", "/applicant/offers", "/applicant/profile"];

test("right after seeding the demo is in the middle of SOAP: programs contact first, round 2 open, the offer counting down", async ({ browser }, info) => {
  test.setTimeout(120_000);
  const page = await newPerson(browser, info);
  await page.goto("/");
  await page
    .getByRole("region", { name: "Applicants" })
    .getByRole("button", { name: /Olivia Brennan/ })
    .click();
  await expect(page).toHaveURL(/\/applicant$/);

  // The banner: one line, the mode and the open round's deadline; the details on demand.
  const banner = page.getByRole("region", { name: "Match Week" });
  const line = banner.locator("summary");
  await expect(line).toContainText("SOAP · Programs contact first");
  await expect(line.getByText("Programs contact first")).toBeVisible();
  await expect(line.getByText(/^Round 2: answer by/)).toBeVisible();
  await expect(line).toContainText(/Round 2: answer by .*\d (AM|PM) E[SD]T/);
  const box = await line.boundingBox();
  expect(box?.height).toBeLessThanOrEqual(48);
  await expect(banner.getByText("Match Week: SOAP is open now")).toBeHidden();
  await line.click();
  await expect(banner.getByText("Match Week: SOAP is open now")).toBeVisible();
  await expect(banner).toContainText("Programs must contact you first");
  await expect(banner).toContainText(/Round 2 offers are out: answer by/);
  await expectNoSeriousA11yViolations(page);

  // Every applicant page: inside SOAP, never "SOAP has ended" nor an offer without a deadline.
  for (const path of PAGES) {
    await page.goto(path);
    await expect(page.getByRole("region", { name: "Match Week" }).locator("summary")).toContainText("Programs contact first");
    const text = await page.locator("body").innerText();
    expect(text, path).not.toContain("SOAP has ended");
    expect(text, path).not.toContain("All offer rounds are over");
    expect(text, path).not.toContain("No response deadline on file");
  }

  // The pending offer, made in round 2: its deadline and a live countdown.
  await page.goto("/applicant/offers");
  const offers = page.locator("section[aria-labelledby=offers-heading]");
  const pending = offers.getByRole("listitem").filter({ hasText: "pending: answer it" });
  await expect(pending).toHaveCount(1);
  await expect(pending).toContainText("Round 2, offered");
  await expect(pending.getByText(/^Answer by /)).toBeVisible();
  await expect(pending.getByRole("timer")).toHaveText(/(1 h|\d+ min).* left/);
  await expect(pending.getByRole("button", { name: /^Accept the offer from / })).toBeVisible();
  // A new offer is recorded in the round open now unless the applicant picks another.
  await expect(page.getByLabel("Offer round")).toHaveValue("2");
  await expectNoSeriousA11yViolations(page);

  // The dean's dashboard: Olivia's pending offer with its deadline.
  const dean = page.context();
  await dean.clearCookies();
  await page.goto("/");
  await page.getByRole("region", { name: "Dean's office" }).getByRole("button").first().click();
  await expect(page).toHaveURL(/\/dean$/);
  const row = page.locator("section[aria-labelledby=applicants-heading] tbody tr").filter({ hasText: "Olivia Brennan" });
  await expect(row).toContainText("1 pending");
  await expect(row).toContainText("answer by");
});
