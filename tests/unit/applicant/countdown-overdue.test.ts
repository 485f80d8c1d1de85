// The applicant's countdown words lateness with the one shared formatter the dean's office reads
// too: 30 seconds late is "1 min overdue" for both, never "0 min" for one and "1 min" for the other.
import { describe, expect, it } from "vitest";
import { countdown } from "@/lib/domain/applicant/countdown";
import { formatOverdue } from "@/lib/domain/format-time";

const DUE = new Date("2026-03-19T15:00:00Z");

describe("the applicant's overdue countdown", () => {
  it.each(["2026-03-19T15:00:30Z", "2026-03-19T15:01:00Z", "2026-03-19T15:12:10Z", "2026-03-19T17:05:00Z"])("at %s reads as formatOverdue does", (iso) => {
    const now = new Date(iso);
    const c = countdown(DUE, now);
    expect(c.urgency).toBe("overdue");
    expect(c.label).toBe(formatOverdue(DUE, now));
    expect(c.spoken).toBe(formatOverdue(DUE, now, "long"));
  });

  it("30 seconds late is 1 minute overdue", () => {
    expect(countdown(DUE, new Date("2026-03-19T15:00:30Z")).label).toBe("1 min overdue");
  });
});
