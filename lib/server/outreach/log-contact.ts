import "server-only";
// Logging a touch between our side and a program: the applicant's own emails and calls, an
// advocate's call or note, or the program reaching out (inbound). One pass: the applicant's
// snapshot, the advocate's connection at the program and the narrative version come back from one
// read; the plan (lib/domain/plans/log-contact.ts) says what to write, tasks included.
import type { z } from "zod";
import type { ContactActor } from "@/lib/domain/rules/decide/log-contact";
import { planLogContact } from "@/lib/domain/plans/log-contact";
import type { logContactInput } from "@/lib/domain/schemas";
import type { Contact, Task } from "@/lib/generated/prisma/client";
import type { Actor } from "../core/actor";
import { AppError } from "../core/errors";
import type { Admitted } from "../entry/admitted";
import type { CommandFacts } from "../use-case/load-applicant-snapshot";
import { runCommand } from "../use-case/run-command";

export const NARRATIVE_NOT_THEIRS = "That version of the story is not this applicant's. Reload the page, read the current story and log the contact again.";

/** Who the rules see logging: the applicant, or the assigned advocate with their kind and connection. */
function contactActor(actor: Actor, { snapshot, connectedAdvocateIds }: CommandFacts): ContactActor {
  if (actor.role === "APPLICANT") return { role: "APPLICANT" };
  const assignment = snapshot.assignments.find((a) => a.advocateId === actor.advocateId);
  if (!actor.advocateId || !assignment) throw new AppError("FORBIDDEN", "Only applicants and advocates log contacts.");
  return { role: "ADVOCATE", advocateId: actor.advocateId, kind: assignment.kind, hasConnection: connectedAdvocateIds.includes(actor.advocateId) };
}

export async function logContact(ctx: Admitted, data: z.output<typeof logContactInput>) {
  const byAdvocate = ctx.actor.role === "ADVOCATE";
  return runCommand(
    ctx,
    {
      programIds: [data.programId],
      ...(byAdvocate ? { connectionsAt: data.programId, narrative: { versionId: data.narrativeVersionId } } : {}),
    },
    (facts, now) => {
      const actor = contactActor(ctx.actor, facts);
      // Every advocate contact records the narrative version it used, so everyone tells the same
      // story: the one the advocate read (narrativeVersionId), else the latest.
      const planned = planLogContact(facts.snapshot, { actor, narrativeVersionId: facts.narrative?.id ?? null }, data, now);
      if (planned.ok && byAdvocate && data.narrativeVersionId && !facts.narrative) {
        throw new AppError("INVALID_INPUT", NARRATIVE_NOT_THEIRS, { fieldErrors: { narrativeVersionId: [NARRATIVE_NOT_THEIRS] } });
      }
      return planned;
    },
    (applied) => ({ contact: applied.row<Contact>("contact"), tasks: applied.rows<Task>("task:") }),
  );
}
