import "server-only";
// Releasing a claim: by the advocate who holds it, or by the dean's office.
import type { z } from "zod";
import { planRelease } from "@/lib/domain/plans/advocacy";
import type { ReleasingActor } from "@/lib/domain/rules/decide/release";
import type { releaseInput } from "@/lib/domain/schemas";
import type { Actor } from "@/lib/server/core/actor";
import { AppError } from "@/lib/server/core/errors";
import type { Claim } from "@/lib/generated/prisma/client";
import type { Admitted } from "@/lib/server/entry/admitted";
import { runCommand } from "@/lib/server/use-case/run-command";

/** Who the rules see releasing: the dean's office as such, an advocate by their profile. */
function releaser(actor: Actor): ReleasingActor {
  if (actor.role === "DEAN") return { role: "DEAN" };
  if (!actor.advocateId) throw new AppError("FORBIDDEN", "Only advocates and the dean's office release claims.");
  return { role: "ADVOCATE", advocateId: actor.advocateId };
}

export async function releaseProgram(ctx: Admitted, { programId }: Omit<z.output<typeof releaseInput>, "applicantId">) {
  const releasingActor = releaser(ctx.actor);
  return runCommand(
    ctx,
    {},
    ({ snapshot }) => planRelease(snapshot, releasingActor, programId),
    (applied) => applied.row<Claim>(`claim:${programId}`),
  );
}
