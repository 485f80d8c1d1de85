import "server-only";
// What the interviews-and-offers page reads: interviews, offers (a pending one with its response
// deadline and whether it has passed), the accepted program if any, and the programs applied to,
// for the applicant's own record only.
import { findAcceptedOffer } from "@/lib/domain/snapshot-queries";
import type { Actor } from "@/lib/server/core/actor";
import type { Db } from "@/lib/server/core/db";
import { ownApplicantScope } from "@/lib/server/applicant/own-applicant-scope";

export async function getOffersView(db: Db, actor: Actor, now: Date) {
  const { schoolId, applicantId } = ownApplicantScope(actor, "interview.view");
  return db.$transaction(async (tx) => {
    const interviews = await tx.interview.findMany({
      where: { schoolId, applicantId },
      orderBy: { startsAt: "asc" },
      include: { program: { select: { id: true, name: true, specialty: true } } },
    });
    const offers = await tx.offer.findMany({
      where: { schoolId, applicantId },
      orderBy: { offeredAt: "desc" },
      include: { program: { select: { id: true, name: true, specialty: true } } },
    });
    const applied = await tx.target.findMany({
      where: { schoolId, applicantId, appliedAt: { not: null } },
      orderBy: { rank: "asc" },
      select: { program: { select: { id: true, name: true } } },
    });
    const accepted = findAcceptedOffer(offers);
    return {
      interviews,
      // The same comparison as OFFER_EXPIRED: an answer at the deadline itself still counts.
      offers: offers.map((o) => ({ ...o, expired: o.status === "PENDING" && o.respondBy !== null && now.getTime() > o.respondBy.getTime() })),
      appliedPrograms: applied.map((t) => t.program),
      acceptedProgram: accepted ? accepted.program.name : null,
    };
  });
}
