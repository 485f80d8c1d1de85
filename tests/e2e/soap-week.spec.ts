// A SOAP week with the dean's office, an applicant and an advocate in browser contexts of their
// own and a clock the test moves: the dean imports programs, invites both people and assigns the
// advocate; the applicant builds a list and applies; in the middle of SOAP (program-initiated mode)
// the advocate is refused a call before the program has written, the program writes, the applicant
// answers, and the advocate is refused a call before that email and allowed after it; a program's call goes unanswered past its deadline; an offer is
// recorded in a round and accepted, after which the advocate is refused; the dean exports the CSV
// and reads the audit trail. A dashboard open from the start shows each step without a reload.
import type { Browser, Page, TestInfo } from "@playwright/test";
import { expect, test } from "./support/test";
import { inviteAsDeanWith, newInvitee } from "./support/invite";
import { newPerson } from "./support/people";

const helper = `http://127.0.0.1:${Number(process.env.E2E_MAIL_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1)}`;
let offsetMinutes = 0;

async function advanceClock(minutes: number) {
  const response = await fetch(`${helper}/clock/advance?minutes=${minutes}`, { method: "POST" });
  expect(response.status).toBe(200);
  offsetMinutes += minutes;
}

/** The app's "now" as a datetime-local value on the school's (Eastern) clock. */
function appTimeLocal(plusMinutes: number): string {
  const at = new Date(Date.now() + (offsetMinutes + plusMinutes) * 60_000);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone: "America/New_York",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

async function deanPage(browser: Browser, info: TestInfo): Promise<Page> {
  const page = await newPerson(browser, info);
  await page.goto("/");
  await page.getByRole("region", { name: "Dean's office" }).getByRole("button").first().click();
  await expect(page).toHaveURL(/\/dean$/);
  return page;
}

/** The applicant logs, from the overview, that a program called or emailed them. */
async function programReachedOut(you: Page, program: string, how: "Called" | "Emailed") {
  await you.getByRole("button", { name: "A program called" }).click();
  const dialog = you.getByRole("dialog", { name: "Which program reached you?" });
  await dialog
    .getByRole("button", { name: new RegExp(`^${program}`) })
    .first()
    .click();
  await dialog.getByRole("button", { name: `${how}: ${program}` }).click();
}

async function accept(browser: Browser, info: TestInfo, link: string, lands: RegExp): Promise<Page> {
  const page = await newPerson(browser, info);
  await page.goto(link);
  await page.getByRole("button", { name: "Accept and sign in" }).click();
  await expect(page).toHaveURL(lands);
  return page;
}

test("a SOAP week, watched live from the dean's dashboard", async ({ browser }, info) => {
  test.setTimeout(240_000);
  const stamp = Date.now() % 100_000;
  const institution = String(5000 + (stamp % 4000));
  const programs = ["Alder Lake", "Birch Hollow", "Cedar Point"].map((place, i) => ({
    code: `${institution}185C${i}`,
    name: `${place} Neurology ${stamp}`,
  }));
  // Names in letters only (they become email addresses); unique per run.
  const tag = stamp.toString(26).replace(/./g, (c) => String.fromCharCode(97 + parseInt(c, 26)));
  const applicant = newInvitee(`Quinn Weekly ${tag}`, "Neurology");
  const advocate = newInvitee(`Rowan Steady ${tag}`, "Neurology");

  const dean = await deanPage(browser, info);
  const board = await deanPage(browser, info);
  await board.goto(`/dean?q=${encodeURIComponent(applicant.name)}`);
  await expect(board.getByRole("status").filter({ hasText: "Live" })).toBeVisible();
  await expect(board.getByText("No applicant matches these filters.")).toBeVisible();
  const row = board.getByRole("region", { name: "Applicants", exact: true }).locator("tbody tr");

  // The dean's office imports three programs: checked first, then imported.
  await dean.getByRole("navigation", { name: "Dean's office" }).getByRole("link", { name: "Programs", exact: true }).click();
  await dean.getByRole("link", { name: "Import the List of Unfilled Programs" }).click();
  const header =
    "Program Code,Program Name,Specialty,Position Type,City,State,Setting,Tier,Open Positions,Program Director,Director Email,Coordinator,Coordinator Email,Phone,Prefers Email,Application Service";
  const lines = programs.map(
    (p, i) =>
      `${p.code},${p.name},Neurology,C,Springfield,IL,COMMUNITY,MID,${i + 1},Dr. Ida Lead,pd${i}@example.org,Sam Coord,coord${i}@example.org,(217) 555-010${i},No,ERAS`,
  );
  await dean
    .getByLabel("CSV file of the List of Unfilled Programs")
    .setInputFiles({ name: "unfilled.csv", mimeType: "text/csv", buffer: Buffer.from([header, ...lines].join("\n")) });
  await dean.getByRole("button", { name: "Check the file" }).click();
  await dean.getByRole("button", { name: "Import 3 programs" }).click();
  await expect(dean.getByRole("status").filter({ hasText: /3/ })).toBeVisible();

  // Invitations: the applicant and the advocate, each signing in from the emailed link.
  const applicantLink = await inviteAsDeanWith(dean, applicant, "APPLICANT");
  const advocateLink = await inviteAsDeanWith(dean, advocate, "ADVOCATE");
  const you = await accept(browser, info, applicantLink, /\/applicant$/);
  const adv = await accept(browser, info, advocateLink, /\/advocate$/);
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(applicant.name);

  // The dean assigns the advocate; the dashboard shows it.
  await dean.goto(`/dean?q=${encodeURIComponent(applicant.name)}`);
  await dean.getByRole("link", { name: applicant.name }).click();
  const choice = dean.getByRole("combobox", { name: "Assign an advocate" });
  await choice.selectOption((await choice.locator("option", { hasText: advocate.name }).getAttribute("value"))!);
  await dean.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(dean.getByRole("status").filter({ hasText: "Assigned." })).toBeVisible();
  await expect(row).toContainText(advocate.name);

  // The applicant builds a list of the three, applies to the first and emails it.
  for (const p of programs) {
    await you.goto(`/applicant/list?q=${encodeURIComponent(p.name)}#catalog`);
    await you
      .getByRole("list", { name: "Catalog results" })
      .getByRole("button", { name: /^Add to list/ })
      .first()
      .click();
    await expect(you.getByRole("list", { name: "Target list in rank order", includeHidden: true }).getByText(p.name)).toBeAttached();
  }
  await you.getByRole("tab", { name: /^My list/ }).click();
  await you
    .locator("section[aria-labelledby=ranked-heading]")
    .getByRole("button", { name: `Mark applied: ${programs[0]!.name}` })
    .click();
  await expect(row.locator("td").nth(2)).toHaveText("1/45");

  // The advocate records the connection and claims; a call before the applicant's email is refused.
  await adv.goto(`/advocate/connections?q=${encodeURIComponent(programs[0]!.name)}`);
  await adv.getByRole("button", { name: `Pick ${programs[0]!.name}`, exact: true }).click();
  const connection = adv.getByRole("dialog", { name: `Your connection to ${programs[0]!.name}` });
  await connection.getByRole("radio", { name: "Trained with the program director" }).check();
  await connection.getByRole("button", { name: "Record the connection" }).click();
  await expect(adv.getByRole("status").filter({ hasText: "Recorded for" })).toBeVisible();
  await adv.goto("/advocate");
  await adv.getByRole("link", { name: applicant.name }).click();
  const advRow = adv.locator(`li[id^=program-]`).filter({ hasText: programs[0]!.name });
  await advRow.getByRole("button", { name: `Claim ${programs[0]!.name}` }).click();
  await expect(advRow).toContainText("Waiting for the program to reach out (NRMP)");
  await advRow.getByRole("button", { name: `Log a contact with ${programs[0]!.name}` }).click();
  await advRow.getByRole("button", { name: "Save the contact" }).click();
  await expect(advRow.getByRole("alert")).toContainText("from initiating contact with a program until the program has contacted");

  // The program writes first; the applicant logs it (an urgent task to answer it).
  await you.goto("/applicant");
  await programReachedOut(you, programs[0]!.name, "Emailed");
  const tasks = you.locator("section[aria-labelledby=tasks-heading]");
  const answer = tasks.getByRole("listitem").filter({ hasText: "Urgent" }).filter({ hasText: programs[0]!.name });
  await expect(answer).toBeVisible();
  await adv.reload();
  await expect(advRow).toContainText("Waiting for the applicant's email");
  await advRow.getByRole("button", { name: `Log a contact with ${programs[0]!.name}` }).click();
  await advRow.getByRole("button", { name: "Save the contact" }).click();
  await expect(advRow.getByRole("alert")).toContainText("Faculty should not cold-call a program that has not heard from the applicant.");

  // The applicant answers by email, and marks the urgent task done.
  await you.goto("/applicant/messages");
  await you.getByRole("combobox", { name: "Program", exact: true }).selectOption({ label: `${programs[0]!.name} (applied)` });
  await you.getByRole("button", { name: "Log as sent" }).click();
  await expect(you.getByText(`Logged your email to ${programs[0]!.name}.`)).toBeVisible();
  await expect(row.locator("td").nth(3)).toHaveText("1");
  await you.goto("/applicant");
  await answer.getByRole("button", { name: /^Mark done: / }).click();
  await expect(answer).toHaveCount(0);

  // ...and after it the call is allowed; the applicant sees the follow-up task.
  await adv.reload();
  await expect(advRow).toContainText("Ready: you can contact the program");
  await advRow.getByRole("button", { name: `Log a contact with ${programs[0]!.name}` }).click();
  await advRow.getByRole("button", { name: "Save the contact" }).click();
  await expect(advRow.getByRole("status")).toContainText("Logged. The applicant has a new task");
  await expect(row.locator("td").nth(4)).toHaveText("1/8");
  await you.goto("/applicant");
  await expect(tasks.getByRole("listitem").filter({ hasText: "Follow-up" })).toContainText(`naming ${advocate.name} briefly`);

  // A program's call goes unanswered past its deadline: the dashboard raises the alert.
  await programReachedOut(you, programs[0]!.name, "Called");
  await expect(tasks.getByRole("listitem").filter({ hasText: "Urgent" })).toBeVisible();
  await expect(row).not.toContainText("Urgent response overdue");
  await advanceClock(31);
  await expect(row).toContainText("Urgent response overdue");

  // An offer in round 1 (set now by the dean's office), then accepted: binding.
  await dean.getByRole("navigation", { name: "Dean's office" }).getByRole("link", { name: "Settings", exact: true }).click();
  await dean.getByLabel("Round 1: offers at").fill(appTimeLocal(-5));
  await dean.getByLabel("Round 1: answer by").fill(appTimeLocal(120));
  await dean.getByRole("button", { name: "Save the season" }).click();
  await expect(dean.getByRole("status").filter({ hasText: "Season saved" })).toBeVisible();

  await adv.goto(adv.url()); // the advocate's page, open from before the acceptance
  await you.goto("/applicant/offers");
  const offers = you.locator("section[aria-labelledby=offers-heading]");
  await offers.getByLabel("Program that offered").selectOption({ label: programs[0]!.name });
  await offers.getByLabel("Offer round").selectOption("1");
  await offers.getByRole("button", { name: "Record offer" }).click();
  await expect(offers.getByText("pending: answer it")).toBeVisible();
  await expect(row).toContainText("1 pending");
  await expect(row).toContainText("answer by");
  await offers.getByRole("button", { name: `Accept the offer from ${programs[0]!.name}` }).click();
  await you
    .getByRole("dialog", { name: `Accept the offer from ${programs[0]!.name}?` })
    .getByRole("button", { name: "Yes, accept (binding)" })
    .click();
  await expect(you.getByText(`You accepted the offer from ${programs[0]!.name}.`)).toBeVisible();
  await expect(row).toContainText("Accepted");

  await advRow.getByRole("button", { name: `Log a contact with ${programs[0]!.name}` }).click();
  await advRow.getByRole("button", { name: "Save the contact" }).click();
  await expect(advRow.getByRole("alert")).toContainText("A SOAP acceptance is binding");

  // The dean's office exports the dashboard and reads the week in the audit log.
  const csv = await dean.request.get("/dean/export/dashboard");
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain(applicant.name);
  await dean.getByRole("navigation", { name: "Dean's office" }).getByRole("link", { name: "Audit log", exact: true }).click();
  await dean.getByRole("combobox", { name: "Applicant" }).selectOption({ label: applicant.name });
  await dean.getByRole("button", { name: "Filter" }).click();
  const log = dean.getByRole("list", { name: "Audit entries, newest first" }).getByRole("listitem");
  for (const entry of ["Claimed a program", "Logged a contact with a program", "Recorded an offer", "Accepted an offer"]) {
    await expect(log.filter({ hasText: entry }).first()).toBeVisible();
  }
});
