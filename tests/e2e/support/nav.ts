// The frame's controls, found by role and name: a section of a role's navigation (on a phone's
// tab bar, or under its "More" sheet), and the account menu's Sign out.
import type { Page } from "@playwright/test";
import { expect } from "./test";

/** Opens `section` from the navigation named `navName`, through "More" where the phone keeps it. */
export async function goToSection(page: Page, navName: string, section: string): Promise<void> {
  const nav = page.getByRole("navigation", { name: navName });
  const link = nav.getByRole("link", { name: section, exact: true });
  if (await link.isVisible()) await link.click();
  else {
    await nav.getByRole("button", { name: "More" }).click();
    await page.getByRole("dialog", { name: "More" }).getByRole("link", { name: section, exact: true }).click();
  }
  await expect(nav.locator('a[aria-current="page"]')).toContainText(section);
}

/** The account menu in the header, which holds the person's name, school and Sign out. */
export function accountMenu(page: Page) {
  return page.getByRole("banner").getByRole("button", { name: /^Account: / });
}

export async function signOut(page: Page): Promise<void> {
  await accountMenu(page).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
}
