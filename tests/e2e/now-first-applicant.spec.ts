// The applicant's first screen opens on what costs most if missed, at 1280x800 and on a 390x844
// phone: the pending offer with its countdown and Accept inside the first viewport, above the
// overdue call to return (with its tap-to-call link), then tomorrow's interview; logging a call is
// one tap away and quiet. The target list of 22 programs is dense: one line a row, a status chip
// that moves the program on, a "⋯" menu for the rest, the catalog in its own tab.
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { applicantNowFirst, signIn } from "./support/people";

const ranked = (page: Page) => page.getByRole("list", { name: "Target list in rank order" }).locator(":scope > li");

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error("not laid out");
  return b;
}

async function shot(page: Page, name: string, project: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}-${project}.png`), fullPage: false });
}

test("the applicant opens on the offer to answer, then the overdue call, then tomorrow's interview; the list of 22 is dense", async ({ browser }, info) => {
  test.setTimeout(180_000);
  const { applicant, list, offered, called, interviewing } = await applicantNowFirst();
  const page = await signIn(browser, info, applicant.email, /\/applicant$/);
  const viewport = page.viewportSize()!;

  // The offer, its countdown and Accept: inside the first viewport, before anything else.
  const offer = page.getByRole("region", { name: offered.name, exact: true });
  const timer = offer.getByRole("timer");
  const accept = offer.getByRole("button", { name: `Accept the offer from ${offered.name}` });
  await expect(timer).toHaveText(/^[12] h \d{1,2} min left$/);
  await expect(offer.getByRole("button", { name: `Decline the offer from ${offered.name}` })).toBeVisible();
  await expect(timer).toBeInViewport({ ratio: 1 });
  await expect(accept).toBeInViewport({ ratio: 1 });
  expect((await box(accept)).y + (await box(accept)).height).toBeLessThanOrEqual(viewport.height);

  // Then the overdue call to return, with the program's phone one tap away.
  const tasks = page.locator("section[aria-labelledby=tasks-heading]");
  const overdue = tasks.getByRole("listitem").filter({ hasText: called.name });
  await expect(overdue.getByRole("timer")).toHaveText(/^1[2-4] min overdue$/);
  await expect(overdue.getByRole("link", { name: /^Call / })).toHaveAttribute("href", /^tel:\+?\d{7,}$/);
  expect((await box(accept)).y).toBeLessThan((await box(tasks)).y);

  // Then tomorrow's interview, below the tasks.
  const interviews = page.getByRole("region", { name: "Interviews today and tomorrow" });
  await expect(interviews.getByRole("listitem").filter({ hasText: interviewing.name })).toContainText("Tomorrow");
  expect((await box(tasks)).y).toBeLessThan((await box(interviews)).y);
  await expect(page.getByText("Nothing needs you right now")).toHaveCount(0);

  // Logging a program's call is one tap away, below what needs the applicant, and not red.
  const log = page.getByRole("button", { name: "A program called or emailed" });
  await expect(log).toBeVisible();
  expect((await box(log)).y).toBeGreaterThan((await box(interviews)).y);
  expect(await log.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(255, 255, 255)");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
  await shot(page, "overview", info.project.name);
  await expectNoSeriousA11yViolations(page);

  // The list: 22 rows, each one line on a laptop and at most two on a phone; nothing wider than the screen.
  await page.goto("/applicant/list");
  await expect(ranked(page)).toHaveCount(22);
  const heights = await ranked(page).evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().height));
  for (const h of heights) expect(h).toBeLessThanOrEqual(viewport.width < 640 ? 76 : 56);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
  if (viewport.width >= 1024) expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(1800);
  await shot(page, "list", info.project.name);

  // The status chip moves a program on: "Mark applied", then "Email" (the composer, for that program).
  const row19 = list[18]!.name;
  await page.getByRole("button", { name: `Mark applied: ${row19}` }).click();
  await expect(page.getByTestId("toast").getByRole("status")).toContainText(`${row19} marked applied in ERAS.`);
  await expect(
    ranked(page)
      .nth(18)
      .getByRole("link", { name: `Email ${row19}` }),
  ).toHaveAttribute("href", /\/applicant\/messages\?program=/);

  // The rest is in the row's "⋯" menu, by keyboard too: move down, then remove (confirmed).
  const first = list[0]!.name;
  const more = page.getByRole("button", { name: `More for ${first}` });
  await more.focus();
  await page.keyboard.press("Enter");
  const menu = page.getByRole("menu");
  await expect(menu.getByRole("menuitem", { name: "Move up" })).toBeDisabled();
  await shot(page, "list-menu", info.project.name);
  await expectNoSeriousA11yViolations(page);
  await menu.getByRole("menuitem", { name: "Move down" }).click();
  await expect(ranked(page).nth(1).getByRole("link").first()).toHaveText(first);
  await expect(page.getByText("New order saved.")).toBeVisible();

  const last = list[21]!.name;
  await page.getByRole("button", { name: `More for ${last}` }).click();
  await page.getByRole("menuitem", { name: "Remove from list…" }).click();
  const confirm = page.getByRole("dialog", { name: `Remove ${last} from your list?` });
  await confirm.getByRole("button", { name: "Remove" }).click();
  await expect(ranked(page)).toHaveCount(21);

  // The catalog is its own tab.
  await page.getByRole("tab", { name: "Add programs" }).click();
  await expect(page.getByRole("search", { name: "Program catalog" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Target list in rank order" })).toBeHidden();
  await shot(page, "catalog", info.project.name);
  await expectNoSeriousA11yViolations(page);

  // A profile error is said once, beside its field.
  await page.goto("/applicant/profile");
  await page.getByLabel(/^Cell phone programs will call/).fill("call me");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "correct the field marked above" })).toBeVisible();
  await expect(page.getByText("Enter a phone number programs can call, or leave it empty for now.")).toHaveCount(1);

  // Back on the overview, the offer is answered from where it stands.
  await page.goto("/applicant");
  await page
    .getByRole("region", { name: offered.name, exact: true })
    .getByRole("button", { name: `Accept the offer from ${offered.name}` })
    .click();
  await page
    .getByRole("dialog", { name: `Accept the offer from ${offered.name}?` })
    .getByRole("button", { name: "Yes, accept (binding)" })
    .click();
  await expect(page.getByRole("heading", { name: `You accepted the offer from ${offered.name}. Congratulations!` })).toBeVisible();
  await expect(page.getByRole("region", { name: offered.name, exact: true })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Interviews today and tomorrow" })).toHaveCount(0);
});
