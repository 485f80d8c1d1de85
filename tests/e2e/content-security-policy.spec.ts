// The policy is on in the browser: the app's own scripts run (they carry the nonce), script
// smuggled into the page as markup (the usual cross-site scripting) does not, and the suite's
// guard sees the violation.
import { test as plain, type Page } from "@playwright/test";
import { expect, test, watchForCspViolations } from "./support/test";

/** What an injection bug would let an attacker do: markup with an inline script. */
async function injectMarkup(page: Page) {
  await page.evaluate(() => {
    const box = document.createElement("div");
    box.innerHTML = '<img src="/not-there.png" onerror="window.injected = true">';
    document.body.append(box);
  });
}

test("the app's own scripts run under the policy", async ({ page }) => {
  await page.goto("/sign-in");
  const field = page.getByRole("region", { name: "Sign in with email" }).getByLabel("Email address");
  // A client-side check that only hydrated React performs: an empty submit focuses the field.
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(field).toBeFocused();
  const csp = (await page.request.get("/sign-in")).headers()["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
});

plain("an injected inline script is blocked, and the guard sees it", async ({ page, context }) => {
  const violations: string[] = [];
  watchForCspViolations(context, violations);
  await page.goto("/sign-in");
  await injectMarkup(page);
  await expect.poll(() => violations.length).toBe(1);
  expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
  expect(violations[0]).toMatch(/inline event handler violates the following Content Security Policy directive 'script-src 'self' 'nonce-/);
});

test("a test whose page breaks the policy fails (marked as expected to fail: the guard at work)", async ({ page }) => {
  // Expected to fail: the suite's guard must turn any violation into a failed test.
  test.fail();
  await page.goto("/sign-in");
  await injectMarkup(page);
  await page.waitForTimeout(200);
});
