import "server-only";
// The reachability checklist (phone rings loud, voicemail, ERAS documents, contact details): each
// box saved as it is ticked, with its audit row.
import type { z } from "zod";
import { planUpdateChecklist } from "@/lib/domain/plans/applicant-record";
import type { checklistInput } from "@/lib/domain/schemas";
import type { ReachabilityChecklist } from "@/lib/domain/snapshot";
import type { Admitted } from "@/lib/server/entry/admitted";
import { runCommand } from "@/lib/server/use-case/run-command";

export async function updateChecklist(ctx: Admitted, boxes: z.output<typeof checklistInput>) {
  return runCommand(
    ctx,
    {},
    ({ snapshot }) => planUpdateChecklist(snapshot, boxes),
    (applied) => {
      const { id: _id, ...checklist } = applied.row<ReachabilityChecklist & { id: string }>("checklist");
      return checklist;
    },
  );
}
