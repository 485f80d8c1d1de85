// A program's state for the advocate, in plain words and a colour that agrees with them.
import type { AdvocateProgramState } from "@/lib/domain/advocate-view";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const STATE_TONE: Record<AdvocateProgramState, BadgeTone> = {
  accepted: "good",
  matched: "neutral",
  closed: "neutral",
  "claimed-by-other": "neutral",
  unclaimed: "neutral",
  "waiting-for-application": "warn",
  "waiting-for-program": "warn",
  "waiting-for-applicant-email": "warn",
  ready: "info",
  blocked: "warn",
  done: "good",
};

export function StateBadge({ status, label, holder }: { status: AdvocateProgramState; label: string; holder: string | null }) {
  return <Badge tone={STATE_TONE[status]}>{holder ? `Held by ${holder}` : label}</Badge>;
}
