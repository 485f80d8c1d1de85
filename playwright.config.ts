import { defineConfig, devices } from "@playwright/test";
import { findChromium, CHROMIUM_MISSING_MESSAGE } from "./scripts/find-chromium";

const executablePath = findChromium();
if (!executablePath) throw new Error(CHROMIUM_MISSING_MESSAGE);

const port = Number(process.env.E2E_PORT ?? 3100);

const launchOptions = {
  executablePath,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-quic",
    "--no-first-run",
    "--disable-sync",
  ],
};

// The specs that also run on a phone (390x844, touch): the workspaces people use at 2 a.m.
const PHONE_SPECS = [
  "applicant-workspace.spec.ts",
  "advocate-workspace.spec.ts",
  "dean-pages.spec.ts",
  "applicant-2am.spec.ts",
  "live-demo.spec.ts",
  "now-first-applicant.spec.ts",
];

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  // No retries: a flaky test is fixed, not hidden.
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    timezoneId: "America/New_York",
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions } },
    {
      name: "phone",
      testMatch: PHONE_SPECS,
      use: { ...devices["Pixel 7"], viewport: { width: 390, height: 844 }, screen: { width: 390, height: 844 }, hasTouch: true, isMobile: true, launchOptions },
    },
  ],
  webServer: {
    command: "npx tsx --import ./scripts/server-only/register.mjs scripts/e2e-server.ts",
    url: `http://localhost:${port}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    // The e2e server also captures the app's email and serves it as JSON on E2E_MAIL_PORT.
    env: { E2E_PORT: String(port), E2E_MAIL_PORT: String(port + 1) },
  },
});
