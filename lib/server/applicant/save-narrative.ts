import "server-only";
// The applicant's one shared narrative, versioned: each save is a new row with version + 1 and
// its author. The applicant and their assigned advocates may write it (the NOT_ASSIGNED rule).
import type { z } from "zod";
import { planSaveNarrative } from "@/lib/domain/plans/applicant-record";
import type { NarrativeAuthor } from "@/lib/domain/rules/decide/save-narrative";
import type { narrativeInput } from "@/lib/domain/schemas";
import type { Narrative } from "@/lib/generated/prisma/client";
import type { Actor } from "../core/actor";
import { AppError } from "../core/errors";
import type { Admitted } from "../entry/admitted";
import { runCommand } from "../use-case/run-command";

function authorOf(actor: Actor): NarrativeAuthor {
  if (actor.role === "APPLICANT") return { role: "APPLICANT" };
  if (actor.role === "ADVOCATE" && actor.advocateId) return { role: "ADVOCATE", advocateId: actor.advocateId };
  throw new AppError("FORBIDDEN", "Only the applicant and their advocates write the narrative.");
}

export async function saveNarrative(ctx: Admitted, text: z.output<typeof narrativeInput>) {
  const author = authorOf(ctx.actor);
  return runCommand(
    ctx,
    // The latest version comes back with the snapshot.
    { narrative: {} },
    ({ snapshot, narrative }) => planSaveNarrative(snapshot, author, narrative?.version ?? null, text),
    (applied) => applied.row<Narrative>("narrative"),
  );
}
