// The target list's two figures, said the same way on the overview and on the list page: how many
// applications are used of the NRMP limit, and (when the list is short or long) the size to aim for.
import type { Policy } from "@/lib/domain/types";

export function AppliedCount({ applied, policy }: { applied: number; policy: Pick<Policy, "maxApplications"> }) {
  return (
    <span className="text-sm text-ink-muted">
      Applied <strong>{applied}</strong> / {policy.maxApplications}
    </span>
  );
}

export function ListSizeNote({ size, policy }: { size: number; policy: Pick<Policy, "targetListMin" | "targetListMax"> }) {
  return (
    <p className="mb-3 rounded bg-warning-soft p-2 text-sm text-amber-950" role="note">
      {size} program{size === 1 ? "" : "s"} on your list; aim for {policy.targetListMin}–{policy.targetListMax} focused, realistic programs, with prelim or TY
      backups if needed.
    </p>
  );
}
