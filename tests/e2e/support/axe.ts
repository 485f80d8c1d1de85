// Every page a test looks at has no serious or critical accessibility violation (axe-core).
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect } from "./test";

export async function expectNoSeriousA11yViolations(page: Page) {
  // The page as it settles: while a change's refresh re-renders it, Next.js takes the <title> out
  // and puts it back. A page that never has one still fails here, after the wait.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}
