// First run, as the person who runs the server: the home page offers "Set up your school"; the
// setup code is in the server's log. A wrong code is refused in words; the right one creates the
// school and signs its first dean's office person in on the dashboard; the page is gone after.
import { expect, test } from "./support/test";
import { expectNoSeriousA11yViolations } from "./support/axe";

const mailPort = Number(process.env.E2E_MAIL_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1);

async function setupCodeFromTheLog(): Promise<string> {
  const { code } = (await (await fetch(`http://127.0.0.1:${mailPort}/setup-code`)).json()) as { code: string | null };
  expect(code, "the server printed a setup code at start").toBeTruthy();
  return code!;
}

test("a school sets itself up on the first-run page with the server's setup code", async ({ page }) => {
  const code = await setupCodeFromTheLog();
  await page.goto("/");
  const offer = page.getByRole("region", { name: "Set up your school" });
  await offer.getByRole("link", { name: "Set up your school" }).click();
  await expect(page.getByRole("heading", { name: "Set up your school", level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // The same page on a phone: nothing wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: test.info().outputPath("setup-phone.png"), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });

  await page.getByLabel("Setup code").fill("ABCD-EFGH-JKMN");
  await page.getByLabel("School name").fill("Lakeshore College of Medicine");
  await page.getByLabel("Time zone").selectOption("America/Chicago");
  await page.getByLabel("Full name").fill("Lee Lakeshore");
  await page.getByLabel("Email address").fill("lee.lakeshore@lakeshore.test");
  await page.getByRole("button", { name: "Set up the school and sign me in" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("That setup code is not one this server printed.");
  await expect(page).toHaveURL(/\/setup$/);
  // What was typed stays.
  await expect(page.getByLabel("School name")).toHaveValue("Lakeshore College of Medicine");

  await page.getByLabel("Setup code").fill(code.toLowerCase());
  await page.getByRole("button", { name: "Set up the school and sign me in" }).click();
  await expect(page).toHaveURL(/\/dean$/);
  await expect(page.getByText("Lakeshore College of Medicine").first()).toBeVisible();
  await expect(page.getByText("No applicants yet")).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("new-school-dashboard.png"), fullPage: true });

  // The first run is over: no offer on the home page, and the page answers "not found".
  const gone = await page.goto("/setup");
  expect(gone?.status()).toBe(404);
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Set up your school" })).toHaveCount(0);
});
