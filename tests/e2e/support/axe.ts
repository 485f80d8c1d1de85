// Every page a test looks at has no serious or critical accessibility violation (axe-core).
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect } from "./test";

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

export async function expectNoSeriousA11yViolations(page: Page) {
  // The page as it settles: while a change's refresh re-renders it, Next.js takes the <title> out
  // and puts it back. A page that never has one still fails here, after the wait.
  await expect(page).toHaveTitle(/\S/);
  let serious = await seriousViolations(page);
  // A refresh may also land while axe reads the page: when only the title was missing and the
  // page has it again, axe reads the settled page once more. Every other finding stands.
  if (serious.length > 0 && serious.every((v) => v.startsWith("document-title:"))) {
    await page.waitForLoadState("networkidle");
    await expect(page).toHaveTitle(/\S/);
    serious = await seriousViolations(page);
  }
  expect(serious).toEqual([]);
}
