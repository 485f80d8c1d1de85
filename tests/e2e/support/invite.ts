// The dean's office invites a new applicant and the applicant accepts from the emailed link, in
// a browser context of their own. Returns the applicant's signed-in page.
import { expect, type Browser, type Page } from "@playwright/test";
import { linkEmailedTo } from "./mailbox";

const port = Number(process.env.E2E_PORT ?? 3100);

export interface Invitee {
  name: string;
  email: string;
  aamcId: string;
  specialty: string;
}

export function newInvitee(name: string, specialty = "Internal Medicine"): Invitee {
  const stamp = Date.now() + Math.floor(Math.random() * 1000);
  const slug = name.toLowerCase().replace(/[^a-z]+/g, ".");
  return { name, email: `${slug}.${stamp}@northfield.example.edu`, aamcId: String(90_000_000 + (stamp % 9_999_999)), specialty };
}

export async function inviteAsDean(page: Page, invitee: Invitee): Promise<string> {
  await page.goto("/");
  await page.getByRole("region", { name: "Dean's office" }).getByRole("button").first().click();
  await expect(page).toHaveURL(/\/dean$/);
  await page.getByRole("link", { name: "Invitations" }).click();
  const form = page.getByRole("region", { name: "Invite someone" });
  await form.getByLabel("Full name").fill(invitee.name);
  await form.getByLabel("Email address").fill(invitee.email);
  await form.getByLabel("AAMC ID").fill(invitee.aamcId);
  await form.getByLabel("Degree type").selectOption("US_MD");
  await form.getByLabel("Specialty").fill(invitee.specialty);
  await form.getByRole("button", { name: "Send invitation" }).click();
  await expect(form.getByRole("status")).toContainText(`Invitation sent to ${invitee.email}.`);
  return linkEmailedTo(invitee.email, `http://localhost:${port}/invite/`);
}

export async function acceptInvitation(browser: Browser, link: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await page.getByRole("button", { name: "Accept and sign in" }).click();
  await expect(page).toHaveURL(/\/applicant$/);
  return page;
}

/** From any dean page: invites an applicant, or a faculty advocate (program director), and returns the emailed link. */
export async function inviteAsDeanWith(page: Page, invitee: Invitee, role: "APPLICANT" | "ADVOCATE"): Promise<string> {
  await page.goto("/dean/invitations");
  const form = page.getByRole("region", { name: "Invite someone" });
  if (role === "ADVOCATE") await form.getByLabel("Faculty advocate").check();
  await form.getByLabel("Full name").fill(invitee.name);
  await form.getByLabel("Email address").fill(invitee.email);
  if (role === "APPLICANT") {
    await form.getByLabel("AAMC ID").fill(invitee.aamcId);
    await form.getByLabel("Degree type").selectOption("US_MD");
  } else {
    await form.getByLabel("Position").selectOption("PROGRAM_DIRECTOR");
    await form.getByLabel("Title").fill(`Program Director, ${invitee.specialty}`);
  }
  await form.getByLabel("Specialty").fill(invitee.specialty);
  await form.getByRole("button", { name: "Send invitation" }).click();
  await expect(form.getByRole("status")).toContainText(`Invitation sent to ${invitee.email}.`);
  return linkEmailedTo(invitee.email, `http://localhost:${port}/invite/`);
}
