// A school's SOAP cohort of any size, written with a handful of bulk inserts (not one per row) and
// deterministic from a seed: applicants with lists, applications, their own emails, advocates and
// faculty contacts, program calls, overdue urgent tasks, interviews, offers and red flags. Used to
// show that the dashboard's cost does not grow with the cohort.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/core/db";

/** A small deterministic generator (mulberry32), so a seed always gives the same cohort. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CohortOptions {
  schoolId: string;
  programIds: string[];
  applicants: number;
  now: Date;
  seed?: number;
  /** Unique text for emails and AAMC IDs when one database holds several cohorts. */
  tag: string;
  aamcBase?: number;
}

const MINUTE = 60_000;

export async function seedCohort(db: Db, o: CohortOptions): Promise<{ applicantIds: string[] }> {
  const rnd = random(o.seed ?? 1);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rnd() * items.length)]!;
  const at = (minutesAgo: number) => new Date(o.now.getTime() - minutesAgo * MINUTE);
  const id = (kind: string, n: number) => `${kind}_${o.tag}_${n}`;

  const advocateCount = Math.max(2, Math.ceil(o.applicants / 4));
  const users: Prisma.UserCreateManyInput[] = [];
  const advocates: Prisma.AdvocateProfileCreateManyInput[] = [];
  for (let i = 0; i < advocateCount; i++) {
    users.push({
      id: id("uadv", i),
      schoolId: o.schoolId,
      name: `Dr. Advocate ${o.tag} ${i}`,
      email: `adv-${o.tag}-${i}@cohort.test`,
      role: "ADVOCATE" as const,
    });
    advocates.push({
      id: id("adv", i),
      schoolId: o.schoolId,
      userId: id("uadv", i),
      kind: i % 7 === 6 ? ("RESIDENT" as const) : ("PROGRAM_DIRECTOR" as const),
      title: "Faculty",
      specialty: "Internal Medicine",
    });
  }
  const applicants: Prisma.ApplicantProfileCreateManyInput[] = [];
  const redFlags: Prisma.RedFlagCreateManyInput[] = [];
  const targets: Prisma.TargetCreateManyInput[] = [];
  const contacts: Prisma.ContactCreateManyInput[] = [];
  const assignments: Prisma.AdvocateAssignmentCreateManyInput[] = [];
  const tasks: Prisma.TaskCreateManyInput[] = [];
  const interviews: Prisma.InterviewCreateManyInput[] = [];
  const offers: Prisma.OfferCreateManyInput[] = [];
  for (let i = 0; i < o.applicants; i++) {
    const userId = id("uapp", i);
    const applicantId = id("app", i);
    users.push({
      id: userId,
      schoolId: o.schoolId,
      name: `Applicant ${o.tag} ${String(i).padStart(4, "0")}`,
      email: `app-${o.tag}-${i}@cohort.test`,
      role: "APPLICANT" as const,
    });
    const complete = rnd() > 0.2;
    applicants.push({
      id: applicantId,
      schoolId: o.schoolId,
      userId,
      aamcId: String((o.aamcBase ?? 50_000_000) + i),
      degreeType: pick(["US_MD", "US_DO", "IMG"] as const),
      step2Score: rnd() > 0.1 ? 210 + Math.floor(rnd() * 45) : null,
      specialty: "Internal Medicine",
      phone: "555-0100",
      phoneLoud: complete,
      voicemailReady: complete || rnd() > 0.5,
      erasUpdated: true,
      contactCurrent: true,
    });
    if (rnd() < 0.15) redFlags.push({ schoolId: o.schoolId, applicantId, kind: pick(["STEP_FAILURE", "LEAVE_OF_ABSENCE"] as const), context: "Context" });
    const listSize = 10 + Math.floor(rnd() * 10);
    const start = Math.floor(rnd() * o.programIds.length);
    const list = Array.from({ length: Math.min(listSize, o.programIds.length) }, (_, k) => o.programIds[(start + k) % o.programIds.length]!);
    const assigned = rnd() < 0.8 ? [id("adv", i % advocateCount), ...(rnd() < 0.3 ? [id("adv", (i + 1) % advocateCount)] : [])] : [];
    for (const advocateId of assigned) assignments.push({ schoolId: o.schoolId, applicantId, advocateId, assignedAt: at(3000), active: true });
    let accepted = false;
    list.forEach((programId, rank) => {
      const applied = rnd() < 0.8;
      targets.push({
        schoolId: o.schoolId,
        applicantId,
        programId,
        rank: rank + 1,
        priority: rnd() < 0.3 ? ("FACULTY" as const) : ("SELF" as const),
        appliedAt: applied ? at(2900) : null,
      });
      if (!applied) return;
      type Touch = Pick<Prisma.ContactCreateManyInput, "direction" | "channel" | "outcome"> & Partial<Prisma.ContactCreateManyInput>;
      const contact = (extra: Touch, minutesAgo: number) =>
        contacts.push({
          schoolId: o.schoolId,
          applicantId,
          programId,
          actorUserId: userId,
          actorRole: "APPLICANT",
          advocateKind: null,
          occurredAt: at(minutesAgo),
          summary: "",
          ...extra,
        });
      if (rnd() < 0.7) contact({ direction: "OUTBOUND", channel: "EMAIL", outcome: "SENT" }, 2800);
      const advocateId = assigned[0];
      if (advocateId && rnd() < 0.3) {
        const n = Number(advocateId.split("_").at(-1));
        contact(
          { actorUserId: id("uadv", n), actorRole: "ADVOCATE", advocateKind: advocates[n]!.kind, direction: "OUTBOUND", channel: "PHONE", outcome: "SPOKE" },
          2700,
        );
      }
      if (rnd() < 0.2) {
        contact({ direction: "INBOUND", channel: "PHONE", outcome: rnd() < 0.5 ? "INTERVIEW_OFFERED" : "SPOKE" }, 2000);
        const open = rnd() < 0.3;
        tasks.push({
          schoolId: o.schoolId,
          applicantId,
          programId,
          kind: "URGENT_RESPONSE" as const,
          title: "Call them back",
          status: open ? ("OPEN" as const) : ("DONE" as const),
          dueAt: at(open && rnd() < 0.5 ? 30 : -30),
        });
        if (rnd() < 0.4) interviews.push({ schoolId: o.schoolId, applicantId, programId, startsAt: at(-600), format: "VIDEO" as const });
        if (rnd() < 0.3) {
          const status = !accepted && rnd() < 0.4 ? ("ACCEPTED" as const) : ("PENDING" as const);
          accepted ||= status === "ACCEPTED";
          offers.push({ schoolId: o.schoolId, applicantId, programId, round: 1, status, offeredAt: at(120), respondBy: at(-60) });
        }
      }
    });
  }
  await db.user.createMany({ data: users });
  await db.advocateProfile.createMany({ data: advocates });
  await db.applicantProfile.createMany({ data: applicants });
  await db.redFlag.createMany({ data: redFlags });
  await db.advocateAssignment.createMany({ data: assignments });
  await db.target.createMany({ data: targets });
  await db.contact.createMany({ data: contacts });
  await db.task.createMany({ data: tasks });
  await db.interview.createMany({ data: interviews });
  await db.offer.createMany({ data: offers });
  return { applicantIds: applicants.map((a) => a.id!) };
}
