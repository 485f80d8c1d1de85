// npm run screenshots: the pictures of the README and docs/design.md, made from the demo so they
// stay true. It starts the end-to-end test server (a fresh demo database, the production build,
// SOAP Desk on SCREENSHOTS_PORT) with the component gallery turned on, drives Chromium with
// Playwright, and writes PNGs at device scale 1 under docs/screenshots/: each role's first screen
// at 1280x800 and 390x844, and each component of the kit. Set E2E_SKIP_BUILD=1 to reuse a build.
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "@playwright/test";
import { CHROMIUM_MISSING_MESSAGE, findChromium } from "./find-chromium";
import { TSX_NODE_ARGS } from "./node-args";
import { KIT_BLOCKS, SCREENSHOT_ROLES as ROLES, SCREENSHOT_SIZES as SIZES } from "./screenshot-names";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OUT = path.join(ROOT, "docs", "screenshots");
const port = Number(process.env.SCREENSHOTS_PORT ?? 3190);
const base = `http://localhost:${port}`;

async function waitForServer(timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const up = await fetch(`${base}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`SOAP Desk did not answer on ${base} within ${timeoutMs / 1000} s.`);
}

async function newPage(browser: Browser, size: keyof typeof SIZES): Promise<Page> {
  const phone = size === "phone";
  const context = await browser.newContext({ viewport: SIZES[size], deviceScaleFactor: 1, isMobile: phone, hasTouch: phone, timezoneId: "America/New_York" });
  return context.newPage();
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState("networkidle").catch(() => {});
  await page.screenshot({ path: path.join(OUT, `${name}.png`) });
  console.log(`docs/screenshots/${name}.png`);
}

async function roleScreens(browser: Browser): Promise<void> {
  for (const [role, region] of Object.entries(ROLES)) {
    for (const size of ["desktop", "phone"] as const) {
      const page = await newPage(browser, size);
      await page.goto(`${base}/`);
      const people = page.getByRole("region", { name: region });
      // The applicant shown is the one with an offer counting down: the now-first screen at its fullest.
      await (role === "applicant" ? people.getByRole("button", { name: /Olivia Brennan/ }) : people.getByRole("button").first()).click();
      await page.waitForURL(new RegExp(`/${role}$`));
      await shoot(page, `${role}-${size}`);
      if (role === "dean" && size === "phone") {
        await page.getByRole("navigation", { name: "Dean's office" }).getByRole("button", { name: "More" }).click();
        await page.getByRole("dialog", { name: "More" }).waitFor();
        await shoot(page, "frame-more-sheet");
      }
      if (role === "applicant" && size === "phone") {
        await page
          .getByRole("banner")
          .getByRole("button", { name: /^Account: / })
          .click();
        await page.getByRole("menu").waitFor();
        await shoot(page, "frame-account-menu");
      }
      await page.context().close();
    }
  }
}

async function kitScreens(browser: Browser): Promise<void> {
  const page = await newPage(browser, "desktop");
  await page.goto(`${base}/kit-gallery`);
  for (const block of KIT_BLOCKS) {
    await page.locator(`#kit-${block}`).screenshot({ path: path.join(OUT, `kit-${block}.png`) });
    console.log(`docs/screenshots/kit-${block}.png`);
  }
  const overlays = page.locator("#kit-overlays");
  const open = async (name: string, button: RegExp, overlay: "menu" | "dialog") => {
    await overlays.scrollIntoViewIfNeeded();
    await overlays.getByRole("button", { name: button }).first().click();
    await page.getByRole(overlay).waitFor();
    await shoot(page, `kit-${name}`);
    await page.keyboard.press("Escape");
    await page.getByRole(overlay).waitFor({ state: "hidden" });
  };
  await open("menu", /^More for /, "menu");
  await open("dialog", /^Log a program/, "dialog");
  await open("confirm", /^Accept the offer$/, "dialog");
  await open("sheet", /^Open the catalog$/, "dialog");
  await page.locator("#kit-feedback").getByRole("button", { name: "Show a toast" }).click();
  await page.locator("#kit-feedback").getByRole("button", { name: "Show a refusal" }).click();
  await page.waitForTimeout(800);
  await shoot(page, "kit-toast");
  await page.context().close();

  const phone = await newPage(browser, "phone");
  await phone.goto(`${base}/kit-gallery`);
  await phone.locator("#kit-table").screenshot({ path: path.join(OUT, "kit-table-phone.png") });
  console.log("docs/screenshots/kit-table-phone.png");
  await phone.locator("#kit-overlays").getByRole("button", { name: "Open the catalog" }).click();
  await phone.getByRole("dialog").waitFor();
  await shoot(phone, "kit-sheet-phone");
  await phone.context().close();
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_MISSING_MESSAGE);
  mkdirSync(OUT, { recursive: true });
  const server = spawn(process.execPath, [...TSX_NODE_ARGS, path.join(ROOT, "scripts", "e2e-server.ts")], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, E2E_PORT: String(port), E2E_MAIL_PORT: String(port + 1), SOAP_DESK_KIT_GALLERY: "1" },
  });
  const stopped = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  let browser: Browser | null = null;
  try {
    await waitForServer(300_000);
    browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--no-first-run"] });
    await roleScreens(browser);
    await kitScreens(browser);
  } finally {
    await browser?.close();
    server.kill("SIGTERM");
    await stopped;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
