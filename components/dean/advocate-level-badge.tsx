// An advocate's standing in the playbook's hierarchy, as a badge: strong and good read calm, weak
// reads as a warning, a kind that may not advocate reads as a refusal.
import type { AdvocateLevel } from "@/lib/domain/rules/eligibility";
import { ADVOCATE_LEVEL_LABELS } from "@/lib/domain/people-labels";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const TONES: Record<AdvocateLevel, BadgeTone> = { strong: "good", good: "info", weak: "warn", refused: "bad" };

export function AdvocateLevelBadge({ level }: { level: AdvocateLevel }) {
  return <Badge tone={TONES[level]}>{ADVOCATE_LEVEL_LABELS[level]}</Badge>;
}
