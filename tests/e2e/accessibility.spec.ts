// axe finds no serious or critical violation on any page of the three roles, at 1280x800 and at
// 390x844, as the page opens and with each kind of overlay open over it: the account menu, the
// "⋯" menus of rows, the dialogs and sheets a button opens (the phone's "More", a catalog), and a
// confirm dialog before an offer is accepted. Controls are found by role and name, and every
// overlay is closed with Escape (focus back on its control), so nothing is changed.
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { pagesOf, ROLES, signInAs, SIZES } from "./support/role-pages";

/** Each overlay kind is checked on the first control of its kind on a page. */
const MAX_PER_KIND = 1;

async function checkWithOverlay(page: Page, trigger: Locator, overlay: Locator, what: string) {
  await test.step(what, async () => {
    await trigger.scrollIntoViewIfNeeded();
    await trigger.click();
    await expect(overlay).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.keyboard.press("Escape");
    await expect(overlay).toBeHidden();
    // Closed, the page is usable again: focus is back on the control that opened the overlay.
    await expect(trigger).toBeFocused();
  });
}

async function visible(locator: Locator): Promise<Locator[]> {
  const all = await locator.all();
  const shown: Locator[] = [];
  for (const one of all) if (await one.isVisible()) shown.push(one);
  return shown.slice(0, MAX_PER_KIND);
}

async function checkPage(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole("main")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Menus: the account menu in the header, and the first "⋯" menu of the page.
  await checkWithOverlay(page, page.getByRole("banner").getByRole("button", { name: /^Account: / }), page.getByRole("menu"), "the account menu");
  for (const trigger of await visible(page.getByRole("main").locator('button[aria-haspopup="menu"]')))
    await checkWithOverlay(page, trigger, page.getByRole("menu"), `the menu of ${await trigger.getAttribute("aria-label")}`);

  // Dialogs and sheets a button opens (the phone's "More", a catalog sheet, a picker).
  for (const trigger of await visible(page.locator('button[aria-haspopup="dialog"]')))
    await checkWithOverlay(page, trigger, page.getByRole("dialog"), `the dialog of "${(await trigger.innerText()).trim()}"`);

  // A question asked before an offer is accepted.
  for (const accept of await visible(page.getByRole("main").getByRole("button", { name: /^Accept\b/ })))
    await checkWithOverlay(page, accept, page.getByRole("dialog", { name: /\?$/ }), "the confirm dialog");
}

for (const size of SIZES) {
  test.describe(`at ${size.viewport.width}x${size.viewport.height}`, () => {
    test.use({ viewport: size.viewport, hasTouch: size.phone, isMobile: size.phone });

    test("the demo's home and sign-in pages", async ({ page }) => {
      for (const path of ["/", "/sign-in"]) {
        await page.goto(path);
        await expectNoSeriousA11yViolations(page);
      }
    });

    for (const role of ROLES) {
      test(`every ${role} page, with its menus and dialogs open`, async ({ page }) => {
        test.setTimeout(240_000);
        await signInAs(page, role);
        for (const path of await pagesOf(page, role)) await test.step(path, () => checkPage(page, path));
      });
    }
  });
}
