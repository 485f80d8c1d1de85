// The frame holds on every page of every role, at 1280x800 and 390x844: the header, the section
// navigation and the page share one left edge (and right edge); the header stays one line; the
// page is never wider than a phone; every section of the navigation is reachable (on a phone's
// tab bar, or under "More"), with 44 px targets; notifications are one tap away.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { NAV_NAME, pagesOf, ROLES, signInAs, SIZES, type RoleName } from "./support/role-pages";

/** The left and right edges of the header's row, the page's content, and the first tab's text. */
async function edges(page: Page) {
  return page.evaluate(() => {
    const inner = (element: Element | null) => {
      if (!element) return null;
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return { left: Math.round(box.left + parseFloat(style.paddingLeft)), right: Math.round(box.right - parseFloat(style.paddingRight)) };
    };
    const firstTab = document.querySelector("nav a");
    const firstTabText = Array.from(firstTab?.querySelectorAll("span:not([aria-hidden])") ?? []).find((span) => span.getClientRects().length > 0);
    return {
      header: inner(document.querySelector("header > div")),
      main: inner(document.querySelector("main")),
      tab: firstTabText ? Math.round(firstTabText.getBoundingClientRect().left) : null,
      scrollWidth: document.documentElement.scrollWidth,
    };
  });
}

async function expectHeaderOnOneLine(page: Page) {
  const header = page.getByRole("banner");
  const box = (await header.boundingBox())!;
  expect(box.height, "the header is one row").toBeLessThanOrEqual(64);
  const logo = header.getByRole("link", { name: "SOAP Desk, home" });
  expect((await logo.boundingBox())!.height, "the name is one line").toBeLessThanOrEqual(40);
  await expect(header.getByRole("link", { name: /^Notifications/ })).toBeInViewport();
  await expect(header.getByRole("button", { name: /^Account: / })).toBeInViewport();
}

async function sectionNames(page: Page, role: RoleName): Promise<string[]> {
  return page.getByRole("navigation", { name: NAV_NAME[role] }).getByRole("link").allInnerTexts();
}

async function expectEverySectionReachable(page: Page, role: RoleName, names: string[], phone: boolean) {
  const nav = page.getByRole("navigation", { name: NAV_NAME[role] });
  const size = page.viewportSize()!;
  const onBar = await nav.getByRole("link").all();
  const barNames: string[] = [];
  for (const link of onBar) {
    const box = (await link.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, "a tab is not cut off at the right").toBeLessThanOrEqual(size.width);
    expect(box.y + box.height).toBeLessThanOrEqual(size.height + (phone ? 0 : 200));
    expect(box.height).toBeGreaterThanOrEqual(44);
    barNames.push((await link.innerText()).trim());
  }
  const more = nav.getByRole("button", { name: "More" });
  if (phone) expect(onBar.length + (await more.count())).toBeLessThanOrEqual(5);
  const rest = names.slice(barNames.length);
  if (rest.length === 0) return;
  expect(phone, "on a laptop every section is a tab").toBe(true);
  await more.click();
  const sheet = page.getByRole("dialog", { name: "More" });
  for (const name of rest) await expect(sheet.getByRole("link", { name, exact: true })).toBeInViewport();
  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();
}

for (const size of SIZES) {
  test.describe(`at ${size.viewport.width}x${size.viewport.height}`, () => {
    test.use({ viewport: size.viewport, hasTouch: size.phone, isMobile: size.phone });

    for (const role of ROLES) {
      test(`every ${role} page sits in one frame`, async ({ page }) => {
        test.setTimeout(120_000);
        await signInAs(page, role);
        // The full names of the sections, as a laptop's tabs show them.
        const viewport = page.viewportSize()!;
        await page.setViewportSize({ width: 1280, height: 800 });
        const names = await sectionNames(page, role);
        await page.setViewportSize(viewport);
        expect(names.length).toBeGreaterThan(1);

        for (const path of await pagesOf(page, role)) {
          await test.step(path, async () => {
            await page.goto(path);
            await expect(page.getByRole("main")).toBeVisible();
            const at = await edges(page);
            expect(at.scrollWidth, `${path} is no wider than the screen`).toBeLessThanOrEqual(viewport.width);
            expect(at.main?.left, `${path}: the page starts at the header's left edge`).toBe(at.header?.left);
            expect(at.main?.right, `${path}: the page ends at the header's right edge`).toBe(at.header?.right);
            if (!size.phone) expect(at.tab, `${path}: the first tab's text starts at the same edge`).toBe(at.header?.left);
            await expectHeaderOnOneLine(page);
            await expectEverySectionReachable(page, role, names, size.phone);
          });
        }
      });
    }
  });
}

test("the component gallery of the screenshots does not exist on a server that did not ask for it", async ({ page }) => {
  const response = await page.goto("/kit-gallery");
  expect(response?.status()).toBe(404);
});
