// Every page of each role, as a person reaches them: signed in from the demo home page, the
// sections of the role's navigation, and the first of each kind of detail page linked from them.
import type { Page } from "@playwright/test";
import { expect } from "./test";

export type RoleName = "applicant" | "advocate" | "dean";

const DEMO_REGION: Record<RoleName, string> = { applicant: "Applicants", advocate: "Faculty advocates", dean: "Dean's office" };

export const NAV_NAME: Record<RoleName, string> = { applicant: "Workspace", advocate: "Advocate workspace", dean: "Dean's office" };

/** The sections, and the detail pages found from them (a path pattern and where a link to it is). */
const PAGES: Record<RoleName, { sections: string[]; details: { pattern: RegExp; from: string }[] }> = {
  applicant: {
    sections: ["/applicant", "/applicant/list", "/applicant/messages", "/applicant/offers", "/applicant/profile"],
    details: [{ pattern: /^\/applicant\/programs\/[^/]+$/, from: "/applicant/list" }],
  },
  advocate: {
    sections: ["/advocate", "/advocate/connections"],
    details: [
      { pattern: /^\/advocate\/applicants\/[^/]+$/, from: "/advocate" },
      { pattern: /^\/advocate\/applicants\/[^/]+\/programs\/[^/]+$/, from: "first-detail" },
    ],
  },
  dean: {
    sections: ["/dean", "/dean/programs", "/dean/programs/import", "/dean/people", "/dean/invitations", "/dean/delivery", "/dean/settings", "/dean/audit"],
    details: [
      { pattern: /^\/dean\/applicants\/[^/]+$/, from: "/dean" },
      { pattern: /^\/dean\/programs\/(?!import$)[^/]+$/, from: "/dean/programs" },
    ],
  },
};

export async function signInAs(page: Page, role: RoleName): Promise<void> {
  await page.goto("/");
  await page.getByRole("region", { name: DEMO_REGION[role] }).getByRole("button").first().click();
  await expect(page).toHaveURL(new RegExp(`/${role}$`));
}

async function firstLinkTo(page: Page, from: string, pattern: RegExp): Promise<string> {
  await page.goto(from);
  const hrefs = await page
    .getByRole("main")
    .getByRole("link")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  const found = hrefs.map((href) => href.split(/[?#]/)[0]!).find((path) => pattern.test(path));
  expect(found, `a link to ${pattern} on ${from}`).toBeTruthy();
  return found!;
}

/** Every page of the role (sections first, then detail pages), and the notifications pages. */
export async function pagesOf(page: Page, role: RoleName): Promise<string[]> {
  const { sections, details } = PAGES[role];
  const found: string[] = [];
  for (const detail of details) found.push(await firstLinkTo(page, detail.from === "first-detail" ? found[0]! : detail.from, detail.pattern));
  return [...sections, ...found, "/notifications", "/notifications/settings"];
}

export const ROLES: RoleName[] = ["applicant", "advocate", "dean"];

export const SIZES = [
  { name: "desktop", viewport: { width: 1280, height: 800 }, phone: false },
  { name: "phone", viewport: { width: 390, height: 844 }, phone: true },
] as const;
