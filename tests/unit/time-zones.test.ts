// Times are stored in UTC and shown in the school's zone, through @date-fns/tz and Intl: no
// hand-written offsets, correct across a daylight-saving change, and no page with a fixed zone.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { utcToZonedLocal, zonedLocalToUtc } from "@/lib/domain/applicant/zoned-time";
import { formatInZone, zoneName } from "@/lib/domain/format-time";
import { edtMarch2026 } from "@/lib/domain/match-week-2026";

const ROOT = path.resolve(__dirname, "../..");
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(name) ? [full] : [];
  });

describe("wall-clock times in a zone", () => {
  it("convert across the March daylight-saving change", () => {
    expect(zonedLocalToUtc("2026-03-08T01:30", "America/New_York")?.toISOString()).toBe("2026-03-08T06:30:00.000Z");
    expect(zonedLocalToUtc("2026-03-08T03:30", "America/New_York")?.toISOString()).toBe("2026-03-08T07:30:00.000Z");
    expect(utcToZonedLocal(new Date("2026-03-08T07:30:00Z"), "America/New_York")).toBe("2026-03-08T03:30");
  });

  it("follow the school's zone, not the machine's", () => {
    expect(zonedLocalToUtc("2026-03-19T10:00", "America/Chicago")?.toISOString()).toBe("2026-03-19T15:00:00.000Z");
    expect(utcToZonedLocal(new Date("2026-03-19T15:00:00Z"), "America/Los_Angeles")).toBe("2026-03-19T08:00");
    expect(formatInZone(new Date("2026-03-19T15:00:00Z"), "America/Chicago")).toBe("Thu, Mar 19, 10:00 AM CDT");
  });

  it("name the zone as people say it", () => {
    expect(zoneName("America/New_York")).toBe("Eastern Time");
    expect(zoneName("America/Chicago")).toBe("Central Time");
  });

  it("seed Match Week at its Eastern times", () => {
    expect(edtMarch2026(16, 10).toISOString()).toBe("2026-03-16T14:00:00.000Z");
  });
});

describe("pages", () => {
  it("never fix a zone of their own: they show the school's", () => {
    const fixed = files(path.join(ROOT, "app"))
      .filter((file) => /DEFAULT_TIME_ZONE|America\/[A-Z]/.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(ROOT, file));
    expect(fixed).toEqual([]);
  });
});
