import "server-only";
// The applicant's profile and red flags (with their private context): AAMC ID unique per school.
import type { z } from "zod";
import type { profileUpdateInput } from "@/lib/domain/applicant/schemas";
import { planUpdateProfile } from "@/lib/domain/plans/applicant-record";
import type { ProfileFields } from "@/lib/domain/plans/plan";
import { AppError, isUniqueViolation } from "@/lib/server/core/errors";
import type { Admitted } from "@/lib/server/entry/admitted";
import { runCommand } from "@/lib/server/use-case/run-command";

export async function updateProfile(ctx: Admitted, data: z.output<typeof profileUpdateInput>) {
  try {
    return await runCommand(
      ctx,
      // An AAMC ID belongs to one applicant: another profile, or a pending invitation the dean's
      // office already made with it, holds it. The read takes the ID's lock first, so an
      // invitation cannot slip in between.
      { profileWithAamcId: data.aamcId },
      ({ profile, aamcIdTaken }) => {
        if (aamcIdTaken) throw aamcTaken();
        return planUpdateProfile(profile!, data);
      },
      (applied) => {
        const { id: _id, ...profile } = applied.row<ProfileFields & { id: string }>("profile");
        return profile;
      },
    );
  } catch (error) {
    // The unique (school, AAMC ID) index backs the check above against a concurrent update.
    if (isUniqueViolation(error)) throw aamcTaken();
    throw error;
  }
}

function aamcTaken(): AppError {
  return new AppError("CONFLICT", "That AAMC ID is already registered to another applicant at your school. Check the 8 digits.", {
    fieldErrors: { aamcId: ["Already registered to another applicant."] },
  });
}
