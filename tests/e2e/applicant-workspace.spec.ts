// The applicant's Match Week, end to end in Chromium: the dean's office invites a new applicant,
// who signs in from the emailed link (captured by a real SMTP server), completes the checklist,
// builds a list of 16, applies, answers a program's call, writes, books an interview and accepts an
// offer. The demo season is in the middle of SOAP, in program-initiated mode: the program calls
// first, and only then may the applicant write to it.
import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { acceptInvitation, inviteAsDean, newInvitee } from "./support/invite";

// The tabs' names on a laptop, and the short ones of the phone's bottom bar.
const SHORT: Record<string, string> = {
  Overview: "Home",
  "List & catalog": "List",
  Messages: "Email",
  "Interviews & offers": "Offers",
  "Profile & story": "Profile",
};

async function go(page: Page, tab: string) {
  const link = page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: new RegExp(`^(${escape(tab)}|${SHORT[tab]})$`) });
  await link.click();
  await expect(link).toHaveAttribute("aria-current", "page");
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// The list's tab may be in the background while programs are added from the catalog's tab.
const ranked = (page: Page) => page.getByRole("list", { name: "Target list in rank order", includeHidden: true }).locator(":scope > li");

test("an invited applicant works through Match Week: checklist, a list of 16, a call, email, an interview and an accepted offer", async ({
  page: deanPage,
  browser,
}) => {
  test.setTimeout(240_000);
  const invitee = newInvitee("Robin Match");
  const page = await acceptInvitation(browser, await inviteAsDean(deanPage, invitee));
  await expect(page.getByText(invitee.name).first()).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Finish your reachability checklist" })).toBeVisible();

  // Profile: the phone programs will call; then the whole reachability checklist.
  await go(page, "Profile & story");
  await page.getByLabel("Cell phone programs will call").fill("555-0142");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();
  const labels = ["My phone rings loud", "Voicemail is set up, professional and not full", "My ERAS documents are updated", "My contact details are current"];
  for (const [done, label] of labels.entries()) {
    await page.getByRole("checkbox", { name: label }).check();
    await expect(page.getByText(done === 3 ? "4 of 4 done: you are reachable." : `${done + 1} of 4 done`)).toBeVisible();
  }
  await expectNoSeriousA11yViolations(page);
  await go(page, "Overview");
  await expect(page.getByText("Finish your reachability checklist")).toHaveCount(0);

  // Catalog: build a realistic list of 16 programs.
  await go(page, "List & catalog");
  await expect(ranked(page)).toHaveCount(0);
  const search = page.getByRole("search", { name: "Program catalog" });
  await search.getByRole("button", { name: "Search" }).click();
  const results = page.getByRole("list", { name: "Catalog results" });
  for (let added = 1; added <= 16; added++) {
    await results
      .getByRole("button", { name: /^Add to list/ })
      .first()
      .click();
    await expect(ranked(page)).toHaveCount(added);
  }
  await expect(page.getByText(/aim for 15–20/)).toHaveCount(0);

  // Rank by keyboard: lift the first program, move it down one, drop it.
  await page.getByRole("tab", { name: /^My list/ }).click();
  const firstName = (await ranked(page).nth(0).getByRole("link").first().textContent())!.trim();
  const secondName = (await ranked(page).nth(1).getByRole("link").first().textContent())!.trim();
  const handle = page.getByRole("button", { name: `Reorder ${firstName}, rank 1 of 16` });
  await handle.focus();
  // Each key waits for the previous one to take effect (lifted, then announced over rank 2).
  await page.keyboard.press("Space");
  await expect(handle).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByText(`${firstName} is over rank 2 of 16.`)).toBeAttached();
  await page.keyboard.press("Space");
  await expect(page.getByText("New order saved.")).toBeVisible();
  await expect(ranked(page).nth(0).getByRole("link").first()).toHaveText(secondName);
  await expect(ranked(page).nth(1).getByRole("link").first()).toHaveText(firstName);
  // And with Move up in the row's menu, which gives focus back to the row's menu button.
  await page.getByRole("button", { name: `More for ${firstName}` }).click();
  await page.getByRole("menuitem", { name: "Move up" }).click();
  await expect(ranked(page).nth(0).getByRole("link").first()).toHaveText(firstName);
  await expect(page.getByRole("button", { name: `More for ${firstName}` })).toBeFocused();
  // Saved on the server before the page is reloaded (a reload would cancel the request).
  await expect(page.getByText("New order saved.")).toBeVisible();
  await page.reload();
  // The address is still the catalog search, so the catalog's tab opens first.
  await page.getByRole("tab", { name: /^My list/ }).click();
  await expect(ranked(page).nth(0).getByRole("link").first()).toHaveText(firstName);

  // Mark three applications sent in ERAS: 0 -> 3 of 45.
  const card = page.locator("section[aria-labelledby=ranked-heading]");
  for (const applied of [1, 2, 3]) {
    await card
      .getByRole("button", { name: /^Mark applied/ })
      .first()
      .click();
    await expect(card.getByText(`Applied ${applied} / 45`)).toBeVisible();
  }
  const notApplied = (await ranked(page).filter({ hasText: "Not applied" }).first().getByRole("link").first().textContent())!.trim();
  await expectNoSeriousA11yViolations(page);

  // The first program applied to calls (programs contact first during SOAP): two taps from the
  // overview, then an urgent task with a live countdown.
  const emailed = firstName;
  await go(page, "Overview");
  await page.getByRole("button", { name: "A program called" }).click();
  const dialog = page.getByRole("dialog", { name: "Which program reached you?" });
  await dialog
    .getByRole("button", { name: new RegExp(`^${emailed}`) })
    .first()
    .click();
  await dialog.getByRole("button", { name: `Called: ${emailed}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `Logged the contact from ${emailed}` })).toBeVisible();
  const tasks = page.locator("section[aria-labelledby=tasks-heading]");
  await expect(tasks.getByRole("listitem").filter({ hasText: "Urgent" }).filter({ hasText: emailed })).toBeVisible();
  await expect(tasks.getByRole("timer").first()).toHaveText(/^(29|30) min left$/);
  await expectNoSeriousA11yViolations(page);

  // Messages: refused for the program not applied to, with the reason and the next step.
  await go(page, "Messages");
  const program = page.getByRole("combobox", { name: "Program", exact: true });
  await program.selectOption({ label: `${notApplied} (not applied yet)` });
  const refusal = page.getByRole("alert").filter({ hasText: `You cannot email ${notApplied} yet` });
  await expect(refusal).toContainText("if your name is not already in ERAS");
  await expect(refusal).toContainText("Next step: Apply to this program in ERAS, then mark it applied.");
  await expect(page.getByRole("button", { name: "Log as sent" })).toBeDisabled();

  // ...and an email to the program that called: fill the blanks, check, open in the mail app, log it.
  await program.selectOption({ label: `${emailed} (applied)` });
  await page.getByLabel("Brief focus (e.g. community medicine)").fill("emergency care in community hospitals");
  await page.getByLabel("Recent rotations, comma-separated").fill("emergency medicine, critical care");
  await page.getByLabel("Why this program or region").fill("a busy community emergency department");
  await expect(page.getByRole("heading", { name: "Email check: ready to send" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Open in mail app" })).toHaveAttribute("href", /^mailto:.+\?subject=Applicant%20for%20/);
  await page.getByRole("button", { name: "Log as sent" }).click();
  await expect(page.getByText(`Logged your email to ${emailed}.`)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The program's timeline shows the call and the email, in Eastern time.
  await go(page, "Overview");
  await tasks.getByRole("link", { name: new RegExp(emailed) }).click();
  await expect(page.getByRole("heading", { name: emailed, level: 1 })).toBeVisible();
  await expect(page.getByText(/You contacted the program by email: sent/)).toBeVisible();
  await expect(page.getByText(new RegExp(`${emailed} reached out by phone: spoke`))).toBeVisible();
  await expect(page.getByText(/E[SD]T/).first()).toBeVisible();

  // Interviews: record the one the program scheduled and download its calendar file.
  await go(page, "Interviews & offers");
  const interviews = page.locator("section[aria-labelledby=interviews-heading]");
  await interviews.getByLabel("Program").selectOption({ label: emailed });
  await interviews.getByLabel("Starts (Eastern time)").fill("2026-12-01T10:00");
  await interviews.getByLabel("Location or video link").fill("https://video.example.org/soap");
  await interviews.getByRole("button", { name: "Record interview" }).click();
  await expect(page.getByText("Interview recorded.")).toBeVisible();
  await expect(interviews.getByText(/Tue, Dec 1, 10:00 AM EST · 30 min · Video/)).toBeVisible();
  const downloadPromise = page.waitForEvent("download");
  await interviews.getByRole("link", { name: `Add to calendar (.ics): ${emailed}` }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^soap-interview-.+-2026-12-01\.ics$/);
  const ics = await readFile((await download.path())!, "utf8");
  expect(ics).toMatch(/^BEGIN:VCALENDAR/);
  expect(ics).toContain("DTSTART:20261201T150000Z");
  expect(ics.replace(/\r\n[ \t]/g, "")).toContain(`SUMMARY:SOAP interview: ${emailed}`);

  // Offers: record one, accept it after the binding confirmation.
  const offers = page.locator("section[aria-labelledby=offers-heading]");
  await offers.getByLabel("Program that offered").selectOption({ label: emailed });
  await offers.getByRole("button", { name: "Record offer" }).click();
  await expect(offers.getByText("pending: answer it")).toBeVisible();
  await offers.getByRole("button", { name: `Accept the offer from ${emailed}` }).click();
  const confirm = page.getByRole("dialog", { name: `Accept the offer from ${emailed}?` });
  await expect(confirm).toContainText("Acceptance is binding under the NRMP Match Participation Agreement");
  await expectNoSeriousA11yViolations(page);
  await confirm.getByRole("button", { name: "Yes, accept (binding)" }).click();
  await expect(page.getByText(`You accepted the offer from ${emailed}.`)).toBeVisible();
  await expect(offers.getByText("accepted", { exact: true })).toBeVisible();

  // After the acceptance, outreach is refused and the page says why.
  await go(page, "Messages");
  const other = (await page.getByRole("combobox", { name: "Program", exact: true }).locator("option").allTextContents()).find((o) => o.endsWith("(applied)"))!;
  await page.getByRole("combobox", { name: "Program", exact: true }).selectOption({ label: other });
  await expect(page.getByRole("alert").filter({ hasText: "You cannot email" })).toContainText(
    "A SOAP acceptance is binding: no further outreach or applications.",
  );
  await expect(page.getByRole("button", { name: "Log as sent" })).toBeDisabled();
  await go(page, "Overview");
  await expect(page.getByText(`You accepted the offer from ${emailed}. Congratulations!`)).toBeVisible();
  await expect(page.getByRole("button", { name: "A program called" })).toHaveCount(0);
});
