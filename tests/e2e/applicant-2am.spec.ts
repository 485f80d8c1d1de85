// The applicant's workspace as a frightened applicant uses it at 2 a.m., at desktop size and on a
// phone: where Match Week stands, feedback on screen after an action far down the list, the email
// composer under a refusal, an inbound email from a program not on the list, a tap-to-call link
// on the urgent task, an offer's deadline with its countdown, and every screen after accepting.
// axe runs on every page and dialog the test reaches.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { applicantWithList, signIn } from "./support/people";

async function go(page: Page, tab: RegExp) {
  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: tab }).click();
  await expect(page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: tab })).toHaveAttribute("aria-current", "page");
}

test("at 2 a.m.: always knowing where things stand, and no wrong turns", async ({ browser }, info) => {
  test.setTimeout(180_000);
  const { applicant, list, elsewhere, round } = await applicantWithList();
  const page = await signIn(browser, info, applicant.email, /\/applicant$/);

  // Where Match Week stands, on every page: one line (the mode, the open round's deadline), details on demand.
  const banner = page.getByRole("region", { name: "Match Week" });
  await expect(banner.locator("summary")).toContainText("SOAP · Programs contact first");
  await expect(banner.locator("summary")).toContainText(`Round ${round}: answer by`);
  await banner.locator("summary").click();
  await expect(banner.getByText("Match Week: SOAP is open now")).toBeVisible();
  await expect(banner).toContainText("Now: Programs contact you first.");
  await expectNoSeriousA11yViolations(page);

  // Row 15 of 16: the answer is on screen, and the next control stays where it was.
  await go(page, /^(List|List & catalog)$/);
  await expect(banner).toBeVisible();
  const row15 = list[14]!.name;
  const rowMenu = page.getByRole("button", { name: `More for ${row15}` });
  const menuBefore = await rowMenu.boundingBox();
  await page.getByRole("button", { name: `Mark applied: ${row15}` }).click();
  const toast = page.getByTestId("toast").getByRole("status");
  await expect(toast).toContainText(`${row15} marked applied in ERAS.`);
  await expect(toast).toBeInViewport();
  const menuAfter = await rowMenu.boundingBox();
  expect(Math.abs((menuAfter?.x ?? 0) - (menuBefore?.x ?? 0))).toBeLessThan(2);
  await expectNoSeriousA11yViolations(page);

  // The composer never says "ready to send" under a refusal.
  await go(page, /^(Email|Messages)$/);
  const program = page.getByRole("combobox", { name: "Program", exact: true });
  await program.selectOption({ label: `${list[15]!.name} (not applied yet)` });
  await expect(page.getByRole("alert").filter({ hasText: `You cannot email ${list[15]!.name} yet` })).toBeVisible();
  await expect(page.getByRole("heading", { name: /do not send it yet/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Email check: ready to send" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  // The same email logged twice within minutes asks first; the history lists what was sent (to a
  // program that wrote first, as program-initiated mode asks).
  await program.selectOption({ label: `${list[1]!.name} (applied)` });
  await page.getByRole("button", { name: "Log as sent" }).click();
  await expect(page.getByText(`Logged your email to ${list[1]!.name}.`)).toBeVisible();
  await expect(page.getByRole("list", { name: `Emails you logged to ${list[1]!.name}` }).getByRole("listitem")).toHaveCount(1);
  await page.getByRole("button", { name: "Log as sent" }).click();
  const again = page.getByRole("dialog", { name: new RegExp(`^You logged an email to ${list[1]!.name} at .+\\. Log another\\?$`) });
  await expect(again).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await again.getByRole("button", { name: "Cancel" }).click();
  await expect(again).toBeHidden();
  await expect(page.getByRole("list", { name: `Emails you logged to ${list[1]!.name}` }).getByRole("listitem")).toHaveCount(1);

  // A program not on the list emails: found by search, logged, an urgent task to answer it.
  await go(page, /^(Home|Overview)$/);
  await page.getByRole("button", { name: "A program called" }).click();
  const dialog = page.getByRole("dialog", { name: "Which program reached you?" });
  await dialog.getByRole("searchbox", { name: "Search all programs" }).fill(elsewhere.name);
  await dialog
    .getByRole("button", { name: new RegExp(`^${elsewhere.name}`) })
    .first()
    .click();
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole("button", { name: `Emailed: ${elsewhere.name}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `Logged the contact from ${elsewhere.name}` })).toBeVisible();
  const tasks = page.locator("section[aria-labelledby=tasks-heading]");
  await expect(tasks.getByRole("listitem").filter({ hasText: "Urgent" }).filter({ hasText: elsewhere.name })).toBeVisible();

  // A program on the list calls: the urgent task has a tap-to-call link.
  await page.getByRole("button", { name: "A program called" }).click();
  await dialog
    .getByRole("button", { name: new RegExp(`^${list[0]!.name}`) })
    .first()
    .click();
  await dialog.getByRole("button", { name: `Called: ${list[0]!.name}` }).click();
  const urgent = tasks.getByRole("listitem").filter({ hasText: "Urgent" }).filter({ hasText: list[0]!.name });
  await expect(urgent.getByRole("link", { name: /^Call / })).toHaveAttribute("href", /^tel:\+?\d{7,}$/);
  await expectNoSeriousA11yViolations(page);

  // An offer in the open round: its deadline, a live countdown, and what happens after it.
  await go(page, /^(Offers|Interviews & offers)$/);
  const offers = page.locator("section[aria-labelledby=offers-heading]");
  await offers.getByLabel("Program that offered").selectOption({ label: list[0]!.name });
  await offers.getByLabel("Offer round").selectOption(String(round));
  await offers.getByRole("button", { name: "Record offer" }).click();
  await expect(offers.getByText(/^Answer by /).first()).toBeVisible();
  await expect(offers.getByRole("timer").first()).toHaveText(/(1 h|2 h|\d+ min) .*left|left/);
  await expect(page.getByText("If you do not answer by then, the offer expires and goes to another applicant; you cannot get it back.").first()).toBeVisible();
  await offers.getByRole("button", { name: `Accept the offer from ${list[0]!.name}` }).click();
  const confirm = page.getByRole("dialog", { name: `Accept the offer from ${list[0]!.name}?` });
  await expect(confirm).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await confirm.getByRole("button", { name: "Yes, accept (binding)" }).click();
  await expect(page.getByText(`You accepted the offer from ${list[0]!.name}.`).first()).toBeVisible();

  // After the acceptance every screen changes.
  await go(page, /^(Home|Overview)$/);
  await expect(page.getByRole("heading", { name: `You accepted the offer from ${list[0]!.name}. Congratulations!` })).toBeVisible();
  await expect(page.getByRole("list", { name: "What happens next" })).toBeVisible();
  await expect(page.getByRole("button", { name: "A program called" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await go(page, /^(List|List & catalog)$/);
  await expect(page.getByRole("button", { name: /^Mark applied/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Add to list/ })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await go(page, /^(Email|Messages)$/);
  await expect(page.getByRole("alert").filter({ hasText: "You accepted the offer from" }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await go(page, /^(Profile|Profile & story)$/);
  await expect(page.getByText("Finish your reachability checklist")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
});
