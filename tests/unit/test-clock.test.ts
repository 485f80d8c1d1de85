// The app's clock reads the system time, moved only by the offset file the e2e server names.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("the app's clock", () => {
  it("is the system clock when no test clock file is named", async () => {
    vi.stubEnv("SOAP_DESK_TEST_CLOCK_FILE", "");
    const { systemClock } = await import("@/lib/server/core/clock");
    expect(Math.abs(systemClock.now().getTime() - Date.now())).toBeLessThan(1_000);
  });

  it("moves by the offset in the named file, and ignores a file that is missing or not a number", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "clock-")), "offset");
    vi.stubEnv("SOAP_DESK_TEST_CLOCK_FILE", file);
    const { systemClock } = await import("@/lib/server/core/clock");
    expect(Math.abs(systemClock.now().getTime() - Date.now())).toBeLessThan(1_000);
    writeFileSync(file, String(31 * 60_000));
    expect(systemClock.now().getTime() - Date.now()).toBeGreaterThan(30 * 60_000);
    writeFileSync(file, "soon");
    expect(Math.abs(systemClock.now().getTime() - Date.now())).toBeLessThan(1_000);
  });
});
