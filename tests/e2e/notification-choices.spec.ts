// "How you're told" and the dean's office's view of delivery, at 1280x800 and on a 390x844 phone.
// An applicant turns a kind's email off and finds it kept after a reload; turning off both
// channels of an urgent kind is refused in its row, and nothing changes. A dean sees an urgent
// message that got through neither way as an alert on the dashboard, opens the delivery page
// from it, reads why, and goes on to the applicant.
import type { Page } from "@playwright/test";
import { URGENT_NEEDS_A_CHANNEL } from "@/lib/domain/notification-channels";
import { expect, test } from "./support/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { goToSection } from "./support/nav";
import { signInAs } from "./support/role-pages";
import { applicantWithList, personAt, signIn, SIZES, undeliveredUrgent } from "./support/people";

const kind = (page: Page, label: string) => page.getByRole("group", { name: label });

async function shot(page: Page, name: string, fullPage = true) {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage });
}

async function expectNoSidewaysScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

for (const size of SIZES) {
  test(`an applicant chooses how they are told, and cannot silence an urgent kind (${size.name})`, async ({ browser }, info) => {
    test.setTimeout(120_000);
    const { applicant } = await applicantWithList();
    const page = await signIn(browser, info, applicant.email, /\/applicant$/, size);
    await page.goto("/notifications");
    await shot(page, `notifications-${size.name}`, false);
    await page.getByRole("link", { name: "How you're told" }).click();
    await expect(page).toHaveURL(/\/notifications\/settings$/);
    await expect(page.getByRole("heading", { level: 1, name: "How you're told" })).toBeVisible();
    await expect(page.getByRole("group")).toHaveCount(5);
    await expect(kind(page, "A program reached out")).toContainText("In the app: always on");
    await expectNoSidewaysScroll(page);
    await expectNoSeriousA11yViolations(page);
    await shot(page, `choices-${size.name}`);

    // A calm kind: email off, by keyboard, kept after a reload.
    const nudge = kind(page, "Nudge from an advocate");
    const nudgeEmail = nudge.getByRole("switch", { name: "Email" });
    await expect(nudgeEmail).toBeChecked();
    await nudgeEmail.focus();
    await page.keyboard.press("Space");
    await expect(nudge.getByText('Saved: "Nudge from an advocate" comes in the app only.')).toBeVisible();
    await page.reload();
    await expect(kind(page, "Nudge from an advocate").getByRole("switch", { name: "Email" })).not.toBeChecked();
    await expect(kind(page, "Nudge from an advocate").getByRole("switch", { name: "Push" })).not.toBeChecked();

    // An urgent kind: push off is fine; then email off too is refused, in its row, and flips back.
    const urgent = kind(page, "A program reached out");
    await urgent.getByRole("switch", { name: "Push" }).click();
    await expect(urgent.getByText('Saved: "A program reached out" comes in the app and by email.')).toBeVisible();
    await urgent.getByRole("switch", { name: "Email" }).click();
    await expect(urgent.getByRole("alert")).toContainText(URGENT_NEEDS_A_CHANNEL);
    await expect(urgent.getByRole("switch", { name: "Email" })).toBeChecked();
    await expectNoSeriousA11yViolations(page);
    await shot(page, `choices-refused-${size.name}`);
    await page.reload();
    await expect(kind(page, "A program reached out").getByRole("switch", { name: "Email" })).toBeChecked();
    await expect(kind(page, "A program reached out").getByRole("switch", { name: "Push" })).not.toBeChecked();
    await page.context().close();
  });

  test(`a dean opens the delivery page from the dashboard's alert and reads why (${size.name})`, async ({ browser }, info) => {
    test.setTimeout(120_000);
    const { applicant, title } = await undeliveredUrgent();
    const page = await personAt(browser, info, size);
    await signInAs(page, "dean");

    const alert = page.getByRole("region", { name: "Needs attention now" }).getByRole("link", { name: /Urgent message not delivered/ });
    await expect(alert).toBeVisible();
    await shot(page, `dashboard-${size.name}`, false);
    await alert.click();
    await expect(page).toHaveURL(/\/dean\/delivery\?show=failed$/);
    await expect(page.getByRole("heading", { level: 1, name: "Delivery" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Which messages" }).getByRole("link", { name: /^Not delivered/ })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(page.getByRole("main").getByRole("alert")).toContainText(/urgent messages? did not get through/);

    const row = page.getByRole("row").filter({ hasText: applicant.name }).filter({ hasText: title });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("Applicant");
    await expect(row).toContainText("A program reached out");
    await expect(row).toContainText("Failed after 8 attempts");
    await expect(row).toContainText("550 5.2.2 Mailbox full");
    await expect(row).toContainText("410 Gone: the phone's push subscription has expired");
    await expect(row).toContainText("Not read");
    await expect(row).toContainText("Not delivered: call them");
    await expectNoSidewaysScroll(page);
    await expectNoSeriousA11yViolations(page);
    await shot(page, `delivery-${size.name}`);

    // The other filters, and the section in the navigation.
    await page.getByRole("link", { name: /^Urgent \(/ }).click();
    await expect(page).toHaveURL(/show=urgent$/);
    await expect(page.getByRole("row").filter({ hasText: applicant.name })).toHaveCount(1);
    await goToSection(page, "Dean's office", "Delivery");
    await expect(page).toHaveURL(/\/dean\/delivery$/);

    // On to the applicant the message was about, where the alert says the same.
    await page.getByRole("link", { name: /^Not delivered/ }).click();
    await page.getByRole("row").filter({ hasText: title }).getByRole("link", { name: applicant.name }).click();
    await expect(page).toHaveURL(new RegExp(`/dean/applicants/${applicant.id}$`));
    await expect(page.getByRole("main")).toContainText("Urgent message not delivered");
    await page.context().close();
  });
}
