// Finds a Chromium for the end-to-end tests: a system one first (Debian's package), then the
// one `npx playwright install chromium` downloads. Returns null when neither exists.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const candidate of SYSTEM_CANDIDATES) {
    if (existsSync(candidate)) return candidate;
  }
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright throws when its browser was never installed; fall through.
  }
  return null;
}

export const CHROMIUM_MISSING_MESSAGE = [
  "No Chromium found for the end-to-end tests. Install one of:",
  "  Debian/Ubuntu:  sudo apt-get install -y chromium",
  "  any machine with internet:  npx playwright install chromium",
  "or point CHROMIUM_PATH at an existing Chromium or Chrome binary.",
].join("\n");
