// "Needs attention now": applicants per kind of alert, the most consequential first.
import { describe, expect, it } from "vitest";
import { attentionCards } from "@/lib/domain/dashboard/attention";
import type { Alert, AlertCode, AlertSeverity, DashboardRow } from "@/lib/domain/alerts";

const alert = (code: AlertCode, severity: AlertSeverity, programId: string | null = null): Alert => ({ code, severity, message: code, programId });
const row = (alerts: Alert[]) => ({ alerts }) as unknown as DashboardRow;

describe("attentionCards", () => {
  it("counts applicants, not alerts, per kind, urgent first and then by how many", () => {
    const cards = attentionCards([
      row([alert("PROGRAM_SATURATION", "medium", "p1"), alert("PROGRAM_SATURATION", "medium", "p2"), alert("THIN_LIST", "low")]),
      row([alert("PROGRAM_SATURATION", "medium", "p1"), alert("OVERDUE_URGENT", "high")]),
      row([alert("THIN_LIST", "low")]),
      row([alert("THIN_LIST", "low")]),
      row([]),
    ]);
    expect(cards).toEqual([
      { code: "OVERDUE_URGENT", label: "Urgent response overdue", severity: "high", applicants: 1 },
      { code: "PROGRAM_SATURATION", label: "Program saturation", severity: "medium", applicants: 2 },
      { code: "THIN_LIST", label: "Thin list", severity: "low", applicants: 3 },
    ]);
  });

  it("colours a kind by its most severe alert, and says nothing when nobody has one", () => {
    expect(attentionCards([row([alert("OFFER_DEADLINE_NEAR", "medium")]), row([alert("OFFER_DEADLINE_NEAR", "high")])])).toEqual([
      { code: "OFFER_DEADLINE_NEAR", label: "Offer deadline near", severity: "high", applicants: 2 },
    ]);
    expect(attentionCards([row([]), row([])])).toEqual([]);
  });
});
