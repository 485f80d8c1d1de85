import "server-only";
// The counts a season leaves for next year's planning, read before its applicants' personal data
// is removed: set-based counts of the applicants the removal covers, no person's row leaves here.
import type { SeasonFacts } from "@/lib/domain/privacy/retention";
import type { TxClient } from "../core/db";

export async function loadSeasonFacts(tx: TxClient, schoolId: string, applicantIds: string[], now: Date): Promise<SeasonFacts> {
  const applicant = { schoolId, applicantId: { in: applicantIds } };
  const profiles = await tx.applicantProfile.findMany({
    where: { schoolId, id: { in: applicantIds } },
    select: { specialty: true, offers: { where: { status: "ACCEPTED" }, select: { id: true }, take: 1 } },
  });
  const advocates = await tx.advocateAssignment.groupBy({ by: ["advocateId"], where: applicant });
  const programs = await tx.target.groupBy({ by: ["programId"], where: applicant });
  const contacts = await tx.contact.groupBy({ by: ["channel", "direction", "actorRole"], where: applicant, _count: { _all: true } });
  const offers = await tx.offer.groupBy({ by: ["status"], where: applicant, _count: { _all: true } });
  const expired = await tx.offer.count({ where: { ...applicant, status: "PENDING", respondBy: { lt: now } } });
  return {
    applicants: profiles.map((p) => ({ specialty: p.specialty, placed: p.offers.length > 0 })),
    advocates: advocates.length,
    programsTargeted: programs.length,
    applications: await tx.target.count({ where: { ...applicant, appliedAt: { not: null } } }),
    contacts: contacts.map((c) => ({ channel: c.channel, direction: c.direction, actorRole: c.actorRole, count: c._count._all })),
    interviews: await tx.interview.count({ where: applicant }),
    offers: [
      ...offers.map((o) => ({ status: o.status, expired: false, count: o._count._all - (o.status === "PENDING" ? expired : 0) })),
      ...(expired > 0 ? [{ status: "PENDING" as const, expired: true, count: expired }] : []),
    ],
  };
}
