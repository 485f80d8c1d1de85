// The dean's office invites a new applicant; the emailed link (captured from a real SMTP server)
// signs them in. Then the same person signs in again with an emailed magic link.
import { expect, test } from "./support/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { linkEmailedTo, mailTo } from "./support/mailbox";
import { accountMenu, signOut } from "./support/nav";

/** The app's public origin: the links in its emails start with it. */
const origin = `http://localhost:${Number(process.env.E2E_PORT ?? 3100)}`;
const stamp = Date.now();
const email = `robin.e2e.${stamp}@northfield.example.edu`;
const aamcId = String(90_000_000 + (stamp % 9_999_999));

test("the dean invites an applicant, who signs in from the emailed link", async ({ page, browser }) => {
  await page.goto("/");
  await page.getByRole("region", { name: "Dean's office" }).getByRole("button").first().click();
  await expect(page).toHaveURL(/\/dean$/);
  await page.getByRole("link", { name: "Invitations" }).click();
  await expect(page.getByRole("heading", { name: "Invitations", level: 1 })).toBeVisible();

  const form = page.getByRole("region", { name: "Invite someone" });
  await form.getByRole("button", { name: "Send invitation" }).click();
  await expect(form.getByRole("alert")).toContainText("Enter the person's full name.");
  await expect(form.getByLabel("Full name")).toBeFocused();

  await form.getByLabel("Full name").fill("Robin Testwell");
  await form.getByLabel("Email address").fill(email);
  await form.getByLabel("AAMC ID").fill(aamcId);
  await form.getByLabel("Degree type").selectOption("US_MD");
  await form.getByLabel("Specialty").fill("Internal Medicine");
  await form.getByRole("button", { name: "Send invitation" }).click();
  await expect(form.getByRole("status")).toContainText(`Invitation sent to ${email}.`);
  const sent = page.getByRole("region", { name: /Sent invitations/ });
  await expect(sent.getByText(email)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const link = await linkEmailedTo(email, `${origin}/invite/`);

  // The invitee opens the link in their own browser.
  const invitee = await browser.newContext();
  const inviteePage = await invitee.newPage();
  await inviteePage.goto(link);
  await expect(inviteePage.getByRole("heading", { name: /invited you$/ })).toContainText("Northfield School of Medicine");
  await expectNoSeriousA11yViolations(inviteePage);
  await inviteePage.getByRole("button", { name: "Accept and sign in" }).click();
  await expect(inviteePage).toHaveURL(/\/applicant$/);
  await expect(inviteePage.getByText("Robin Testwell").first()).toBeVisible();

  // The link works once.
  await inviteePage.goto(link);
  await expect(inviteePage.getByRole("main").getByRole("alert")).toContainText("This invitation has already been accepted.");

  // Signing out ends the session: the workspace sends them to sign-in.
  await inviteePage.goto("/applicant");
  await signOut(inviteePage);
  await expect(inviteePage).toHaveURL(/\/$/);
  await inviteePage.goto("/applicant");
  await expect(inviteePage).toHaveURL(/\/sign-in$/);
  await invitee.close();

  await page.reload();
  await expect(sent.getByRole("listitem").filter({ hasText: email }).getByText("Accepted", { exact: true })).toBeVisible();
});

test("a person signs in with an emailed magic link; an unknown address hears the same words and gets nothing", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Sign in", level: 1 })).toBeVisible();
  const emailForm = page.getByRole("region", { name: "Sign in with email" });
  const field = emailForm.getByLabel("Email address");

  await field.fill("nobody@elsewhere.test");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(emailForm.getByRole("status")).toContainText("If nobody@elsewhere.test belongs to a SOAP Desk account, a sign-in link is on its way to it.");

  await field.fill("patricia.delgado@northfield.example.edu");
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(emailForm.getByRole("status")).toContainText(
    "If patricia.delgado@northfield.example.edu belongs to a SOAP Desk account, a sign-in link is on its way to it.",
  );
  await expectNoSeriousA11yViolations(page);

  const link = await linkEmailedTo("patricia.delgado@northfield.example.edu", `${origin}/api/auth/callback/nodemailer`);
  expect(await mailTo("nobody@elsewhere.test")).toEqual([]);
  await page.goto(link);
  await expect(page).toHaveURL(/\/(applicant|advocate|dean)$/);
  await expect(accountMenu(page)).toBeVisible();
});

test("the invite form keeps the chosen role after a refusal and starts afresh after a send", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("region", { name: "Dean's office" }).getByRole("button").first().click();
  await page.getByRole("link", { name: "Invitations" }).click();
  const form = page.getByRole("region", { name: "Invite someone" });
  await form.getByLabel("Faculty advocate").check();
  await form.getByLabel("Full name").fill("Dr. Form Check");
  await form.getByRole("button", { name: "Send invitation" }).click();
  await expect(form.getByRole("alert")).toBeVisible();
  await expect(form.getByLabel("Faculty advocate")).toBeChecked();
  await expect(form.getByLabel("Title")).toBeVisible();
  await expect(form.getByLabel("Full name")).toHaveValue("Dr. Form Check");

  await form.getByLabel("Email address").fill(`form.check.${Date.now()}@northfield.example.edu`);
  await form.getByLabel("Position").selectOption({ index: 1 });
  await form.getByLabel("Title").fill("Program Director, Surgery");
  await form.getByLabel("Specialty").fill("Surgery");
  await form.getByRole("button", { name: "Send invitation" }).click();
  await expect(form.getByRole("status")).toContainText("Invitation sent");
  await expect(form.getByLabel("Applicant", { exact: true })).toBeChecked();
  await expect(form.getByLabel("AAMC ID")).toBeVisible();
  await expect(form.getByLabel("Title")).toHaveCount(0);
});
