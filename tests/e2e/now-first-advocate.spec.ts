// Now first, for the advocate: at 1280x800 and at 390x844, the advocate's home opens on "Your next
// actions", above the fold and before the applicant list. The demo advocate finds either their
// actions or one line saying nothing needs them now; an advocate who records a real connection
// through My connections then finds the claim it allows at the top, opens the program from there
// and claims it, after which the action is gone.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { linkEmailedTo } from "./support/mailbox";
import { advocateTeam, personAt, SIZES, type Size } from "./support/people";

const port = Number(process.env.E2E_PORT ?? 3100);

async function signInByEmail(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByRole("region", { name: "Sign in with email" }).getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("region", { name: "Sign in with email" }).getByRole("status")).toContainText(email);
  await page.goto(await linkEmailedTo(email, `http://localhost:${port}/api/auth/callback/nodemailer`));
  await expect(page).toHaveURL(/\/advocate$/);
}

/** "Your next actions" is on the first screen, above the applicants, and nothing is wider than it. */
async function expectNextActionsFirst(page: Page, size: Size) {
  const section = page.getByRole("region", { name: "Your next actions" });
  await expect(section).toBeVisible();
  const applicants = page.getByRole("region", { name: "Your applicants" });
  await expect(applicants).toBeVisible();
  const heading = (await section.getByRole("heading", { name: "Your next actions" }).boundingBox())!;
  const list = (await applicants.boundingBox())!;
  expect(heading.y + heading.height).toBeLessThanOrEqual(size.viewport.height);
  expect(heading.y).toBeLessThan(list.y);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.viewport.width);
  return section;
}

for (const size of SIZES) {
  test.describe(`at ${size.viewport.width}x${size.viewport.height}`, () => {
    test("the demo advocate's home opens on Your next actions, before the applicant list", async ({ browser }, info) => {
      const page = await personAt(browser, info, size);
      await page.goto("/");
      await page.getByRole("region", { name: "Faculty advocates" }).getByRole("button").first().click();
      await expect(page).toHaveURL(/\/advocate$/);
      const section = await expectNextActionsFirst(page, size);
      const actions = section.getByRole("listitem");
      if ((await actions.count()) === 0) {
        // Nothing to do now is said in one line.
        await expect(section.getByRole("paragraph")).toHaveCount(1);
        await expect(section).toContainText("Nothing needs you right now");
      } else {
        // Each action opens its program in the advocate's workspace.
        await expect(actions.first().getByRole("link")).toHaveAttribute("href", /^\/advocate\/applicants\/[^/]+(\/programs\/[^/]+|#list-heading)$/);
      }
      await expectNoSeriousA11yViolations(page);
      await page.context().close();
    });

    test("a connection recorded through My connections puts its claim among the next actions, done from there", async ({ browser }, info) => {
      test.setTimeout(120_000);
      const team = await advocateTeam();
      const { program } = team;
      const page = await personAt(browser, info, size);
      await signInByEmail(page, team.advocate.email);
      const claim = () => page.getByRole("region", { name: "Your next actions" }).getByRole("link", { name: `Claim ${program.name}` });
      await expect(claim()).toHaveCount(0);

      await page.goto(`/advocate/connections?q=${encodeURIComponent(program.name)}`);
      await page.getByRole("button", { name: `Pick ${program.name}`, exact: true }).click();
      const form = page.getByRole("dialog", { name: `Your connection to ${program.name}` });
      await form.getByRole("radio", { name: "Trained with the program director" }).check();
      await form.getByRole("button", { name: "Record the connection" }).click();
      await expect(page.getByRole("status").filter({ hasText: `Recorded for ${program.name}` })).toBeVisible();

      await page.goto("/advocate");
      await expectNextActionsFirst(page, size);
      const action = page
        .getByRole("region", { name: "Your next actions" })
        .getByRole("listitem")
        .filter({ has: page.getByRole("link", { name: `Claim ${program.name}` }) });
      await expect(action).toContainText(`For ${team.applicant.name}`);
      await expect(action).toContainText("Your connection: Trained with the program director.");
      await expectNoSeriousA11yViolations(page);
      await claim().click();
      await expect(page).toHaveURL(new RegExp(`/advocate/applicants/[^/]+/programs/${program.id}$`));
      await page
        .getByRole("region", { name: "What to do now" })
        .getByRole("button", { name: `Claim ${program.name}` })
        .click();
      await expect(page.getByRole("region", { name: "What to do now" }).getByRole("status")).toContainText("Claimed");

      await page.goto("/advocate");
      await expect(page.getByRole("heading", { name: "Your next actions" })).toBeVisible();
      await expect(claim()).toHaveCount(0);
      await page.context().close();
    });
  });
}
