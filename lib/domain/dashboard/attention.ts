// "Needs attention now" on the dean's office's first screen: for each kind of alert, how many
// applicants have it, most consequential first (urgent before warnings before notes, then the most
// applicants). Each becomes a card that filters the cohort table to those applicants.
import { ALERT_CODES, ALERT_LABELS, type AlertCode, type AlertSeverity, type DashboardRow } from "../alerts";

export interface AttentionCard {
  code: AlertCode;
  label: string;
  severity: AlertSeverity;
  /** Applicants with at least one alert of this kind. */
  applicants: number;
}

const SEVERITY_ORDER: Record<AlertSeverity, number> = { high: 0, medium: 1, low: 2 };

export function attentionCards(rows: readonly DashboardRow[]): AttentionCard[] {
  const cards = new Map<AlertCode, AttentionCard>();
  for (const row of rows) {
    const seen = new Set<AlertCode>();
    for (const alert of row.alerts) {
      if (seen.has(alert.code)) continue;
      seen.add(alert.code);
      const card = cards.get(alert.code);
      if (card) {
        card.applicants += 1;
        // An applicant's most severe alert of a kind decides the kind's colour.
        if (SEVERITY_ORDER[alert.severity] < SEVERITY_ORDER[card.severity]) card.severity = alert.severity;
      } else cards.set(alert.code, { code: alert.code, label: ALERT_LABELS[alert.code], severity: alert.severity, applicants: 1 });
    }
  }
  return [...cards.values()].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.applicants - a.applicants || ALERT_CODES.indexOf(a.code) - ALERT_CODES.indexOf(b.code),
  );
}
