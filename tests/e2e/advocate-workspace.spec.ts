// The faculty advocate's job, end to end in Chromium, with the applicant and two advocates in
// browser contexts of their own: record a connection, claim, be refused a call before the
// applicant's email, nudge; the applicant gets the nudge by email and in the app and emails the
// program; the program turns "ready", the advocate copies the script and logs a call in two
// clicks; the applicant gets the follow-up by email and sees it; a second advocate is refused the
// same claim and sees who holds it; a second call the same day is refused. Runs at desktop size
// and on a phone (the "phone" project).
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { mailTo } from "./support/mailbox";
import { advocateTeam, signIn } from "./support/people";

async function newestMailTo(address: string, subject: RegExp) {
  let found: Awaited<ReturnType<typeof mailTo>>[number] | undefined;
  await expect
    .poll(
      async () => {
        found = (await mailTo(address)).reverse().find((mail) => subject.test(mail.subject));
        return found?.subject;
      },
      { message: `an email to ${address} with subject ${subject}`, timeout: 15_000 },
    )
    .toMatch(subject);
  return found!;
}

const rowOf = (page: Page, programId: string) => page.locator(`#program-${programId}`);

test("an advocate records a connection, claims, nudges, scripts and logs a call; the applicant hears at once", async ({ browser }, info) => {
  test.setTimeout(180_000);
  const team = await advocateTeam();
  const { program } = team;
  const applicantPage = await signIn(browser, info, team.applicant.email, /\/applicant$/);
  const advocate = await signIn(browser, info, team.advocate.email, /\/advocate$/);
  const rival = await signIn(browser, info, team.rival.email, /\/advocate$/);

  // My applicants: one card with where the applicant stands.
  await expect(advocate.getByRole("heading", { name: "My applicants", level: 1 })).toBeVisible();
  const card = advocate.getByRole("listitem").filter({ has: advocate.getByRole("link", { name: team.applicant.name }) });
  await expect(card).toContainText("Strong candidate");
  await expect(card).toContainText("Applied in SOAP");
  await expectNoSeriousA11yViolations(advocate);

  // My connections: only programs this advocate may see can be found; record the tie.
  await advocate.getByRole("navigation", { name: "Advocate workspace" }).getByRole("link", { name: "My connections" }).click();
  await advocate.getByRole("searchbox", { name: "Name, NRMP code, city or specialty" }).fill(program.name);
  await advocate.getByRole("button", { name: "Search", exact: true }).click();
  await expect(advocate).toHaveURL(/\/advocate\/connections\?q=/);
  await advocate.getByRole("button", { name: `Pick ${program.name}`, exact: true }).click();
  const form = advocate.getByRole("dialog", { name: `Your connection to ${program.name}` });
  // Nothing is chosen for the person: saving without a choice records nothing and asks for one.
  await expect(form.getByRole("radio", { checked: true })).toHaveCount(0);
  await form.getByRole("button", { name: "Record the connection" }).click();
  await expect(form.getByText("Pick how you are connected to the program.")).toHaveCount(1);
  await form.getByRole("radio", { name: "Trained with the program director" }).check();
  await form.getByRole("textbox", { name: "A short note (optional)" }).fill("Co-residents with the PD");
  await expectNoSeriousA11yViolations(advocate);
  await form.getByRole("button", { name: "Record the connection" }).click();
  await expect(advocate.getByRole("status").filter({ hasText: `Recorded for ${program.name}: Trained with the program director.` })).toBeVisible();
  await advocate.reload();
  const recorded = advocate.getByRole("region", { name: "Recorded (1)" });
  await expect(recorded).toContainText("Co-residents with the PD");
  await expect(recorded.getByRole("button", { name: `Edit your connection to ${program.name}` })).toHaveCount(1);
  await expectNoSeriousA11yViolations(advocate);

  // The rival advocate has the applicant's page open before the claim.
  await rival.getByRole("link", { name: team.applicant.name }).click();
  await expect(rowOf(rival, program.id)).toContainText("Not claimed");

  // The applicant's list, connected programs first: claim.
  await advocate.getByRole("navigation", { name: "Advocate workspace" }).getByRole("link", { name: "My applicants" }).click();
  await advocate.getByRole("link", { name: team.applicant.name }).click();
  await expect(advocate.getByRole("heading", { name: team.applicant.name, level: 1 })).toBeVisible();
  const row = rowOf(advocate, program.id);
  await expect(row).toContainText("Your connection: Trained with the program director");
  await row.getByRole("button", { name: `Claim ${program.name}` }).click();
  await expect(row.getByRole("status")).toContainText("Claimed: this program is yours to call");
  await expect(row).toContainText("Waiting for the applicant's email");
  await expectNoSeriousA11yViolations(advocate);

  // A call before the applicant's own email is refused, with the reason where the button was.
  await row.getByRole("button", { name: `Log a contact with ${program.name}` }).click();
  await row.getByRole("button", { name: "Save the contact" }).click();
  const refusal = row.getByRole("alert");
  await expect(refusal).toContainText("Faculty should not cold-call a program that has not heard from the applicant.");
  await expect(refusal).toContainText(`Next step: Nudge ${team.applicant.name} with one click`);

  // One click nudges the applicant.
  await row.getByRole("button", { name: `Nudge the applicant to email ${program.name}` }).click();
  await expect(row.getByRole("status")).toContainText(
    `Nudged. The applicant has a task and an email: Email ${program.name} so that ${team.advocate.name} can call.`,
  );

  // The second advocate, on a page from before the claim, is refused and told who holds it.
  await rowOf(rival, program.id)
    .getByRole("button", { name: `Claim ${program.name}` })
    .click();
  await expect(rowOf(rival, program.id).getByRole("alert")).toContainText(`${team.advocate.name} already holds ${program.name} for this applicant.`);
  await rival.reload();
  await expect(rowOf(rival, program.id)).toContainText(`Held by ${team.advocate.name}`);

  // The applicant: the nudge by email, in the notifications and as a task.
  const nudge = await newestMailTo(team.applicant.email, new RegExp(`^${team.advocate.name} asks you to email `));
  expect(nudge.body).toContain(`${team.advocate.name} is ready to contact ${program.name} for you`);
  expect(nudge.links).toContain(`http://localhost:${Number(process.env.E2E_PORT ?? 3100)}/applicant#tasks`);
  await applicantPage.reload();
  await expect(applicantPage.getByRole("link", { name: "Notifications, 1 unread" })).toBeVisible();
  const tasks = applicantPage.locator("section[aria-labelledby=tasks-heading]");
  await expect(tasks.getByRole("listitem").filter({ hasText: "Your advocate asks" })).toContainText(
    `Email ${program.name} so that ${team.advocate.name} can call`,
  );
  await applicantPage.getByRole("link", { name: "Notifications, 1 unread" }).click();
  await expect(applicantPage.getByRole("main")).toContainText(`${team.advocate.name} asks you to email ${program.name}`);

  // ...and emails the program.
  await applicantPage.goto(`/applicant/messages?program=${program.id}`);
  await applicantPage.getByRole("button", { name: "Log as sent" }).click();
  await expect(applicantPage.getByText(`Logged your email to ${program.name}.`)).toBeVisible();

  // The advocate reloads: ready. The script, copied; the call, logged in two clicks.
  await advocate.reload();
  await expect(rowOf(advocate, program.id)).toContainText("Ready: you can contact the program");
  await rowOf(advocate, program.id).getByRole("link", { name: program.name }).click();
  await expect(advocate.getByRole("heading", { name: program.name, level: 1 })).toBeVisible();
  const script = advocate.getByRole("region", { name: "Your script (narrative version 1)" });
  await expect(script.getByRole("radio", { name: "Phone script" })).toHaveAttribute("aria-checked", "true");
  await script.getByRole("button", { name: "Copy the script" }).click();
  await expect(script.getByRole("status")).toHaveText("The phone script is on your clipboard.");
  const copied = await advocate.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`This is ${team.advocate.name}, Program Director, Internal Medicine at Northfield School of Medicine.`);
  expect(copied).toContain(team.applicant.name);
  expect(copied).toContain("What stands out: clinically strong on the wards and trusted with the sickest patients on nights.");
  await script.getByRole("radio", { name: "Email" }).click();
  await expect(script.getByRole("link", { name: "Open in my mail app" })).toHaveAttribute("href", /^mailto:.+\?subject=Casey%20Nudgeworth%20\(AAMC%20ID%20/);
  await expectNoSeriousA11yViolations(advocate);

  const now = advocate.getByRole("region", { name: "What to do now" });
  await now.getByRole("button", { name: `Log a contact with ${program.name}` }).click();
  await expect(now.getByRole("combobox", { name: "How" })).toHaveValue("PHONE");
  await expect(now.getByRole("combobox", { name: "Outcome" })).toHaveValue("SPOKE");
  await now.getByRole("button", { name: "Save the contact" }).click();
  await expect(now.getByRole("status")).toContainText(
    `Logged. The applicant has a new task, sent by email too: Email ${program.name}, naming ${team.advocate.name} briefly.`,
  );
  await expect(now).toContainText("Done: you have contacted the program");
  const timeline = advocate.getByRole("region", { name: /^Timeline/ });
  await expect(timeline).toContainText(`${team.advocate.name} (advocate) contacted the program by phone: spoke`);
  await expect(timeline).toContainText(`${team.applicant.name} contacted the program by email: sent`);

  // The applicant: the follow-up task, by email and on the overview.
  const followUp = await newestMailTo(team.applicant.email, new RegExp(`^Follow up with `));
  expect(followUp.body).toContain(`${team.advocate.name} just contacted ${program.name} for you`);
  await applicantPage.goto("/applicant");
  await expect(tasks.getByRole("listitem").filter({ hasText: "Follow-up" })).toContainText(`Email ${program.name}, naming ${team.advocate.name} briefly`);

  // A second call the same day is refused.
  await now.getByRole("button", { name: `Log a contact with ${program.name}` }).click();
  await now.getByRole("button", { name: "Save the contact" }).click();
  await expect(now.getByRole("alert")).toContainText(`Someone already called ${program.name} for this applicant today.`);
  await expectNoSeriousA11yViolations(advocate);
});
