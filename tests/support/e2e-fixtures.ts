// Starting states for end-to-end tests, written by the e2e server straight into its database (the
// state a test starts from, not the behaviour under test). Each call makes new people, so the
// desktop and the phone runs never meet each other's data.
import type { PrismaClient } from "@/lib/generated/prisma/client";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * The demo season is in program-initiated mode (the middle of SOAP): nobody on the applicant's
 * side may write to a program before it has written. This is that first email, as the applicant
 * logged it a quarter of an hour ago.
 */
async function programWroteFirst(tx: Tx, ids: { schoolId: string; applicantId: string; userId: string }, programId: string, now: Date) {
  const occurredAt = new Date(now.getTime() - 15 * 60_000);
  await tx.contact.create({
    data: {
      schoolId: ids.schoolId,
      applicantId: ids.applicantId,
      programId,
      actorUserId: ids.userId,
      actorRole: "APPLICANT",
      direction: "INBOUND",
      channel: "EMAIL",
      outcome: "OTHER",
      summary: "The coordinator emailed after reading the application and asked about availability.",
      occurredAt,
      createdAt: occurredAt,
    },
  });
}

const SCHOOL_SLUG = "northfield";

export interface AdvocateTeam {
  applicant: { name: string; email: string };
  advocate: { name: string; email: string };
  rival: { name: string; email: string };
  /** Applied in ERAS, has written to the applicant first, not emailed yet, nobody's claim: where the advocate's job starts. */
  program: { id: string; name: string };
}

/**
 * An applicant with a narrative and one applied program, and two advocates assigned to them. The
 * rival advocate is already connected to the program; the advocate records their own connection
 * in the test.
 */
export async function createAdvocateTeam(prisma: PrismaClient, stamp: number): Promise<AdvocateTeam> {
  const school = await prisma.school.findUniqueOrThrow({ where: { slug: SCHOOL_SLUG } });
  const programs = await prisma.program.findMany({
    where: { schoolId: school.id, specialty: "Internal Medicine", positionType: "C", prefersEmail: false, tier: { not: "TOP" } },
    orderBy: { nrmpCode: "asc" },
    take: 2,
  });
  const [program, other] = programs;
  if (!program || !other) throw new Error("The demo catalog has no callable Internal Medicine programs.");
  const person = (first: string, last: string) => ({ name: `${first} ${last}`, email: `${first}.${last}.${stamp}@northfield.example.edu`.toLowerCase() });
  const applicant = person("Casey", "Nudgeworth");
  const advocate = person("Morgan", "Callwell");
  const rival = person("Jamie", "Secondcall");

  return prisma.$transaction(async (tx) => {
    const applicantUser = await tx.user.create({ data: { schoolId: school.id, role: "APPLICANT", ...applicant } });
    const profile = await tx.applicantProfile.create({
      data: {
        schoolId: school.id,
        userId: applicantUser.id,
        aamcId: String(70_000_000 + (stamp % 9_999_999)),
        degreeType: "US_MD",
        step2Score: 247,
        specialty: "Internal Medicine",
        phone: "555-0177",
        phoneLoud: true,
        voicemailReady: true,
        erasUpdated: true,
        contactCurrent: true,
      },
    });
    await tx.narrative.create({
      data: {
        schoolId: school.id,
        applicantId: profile.id,
        version: 1,
        strengths: ["Clinically strong on the wards", "Trusted with the sickest patients on nights"],
        weaknessContext: ["Applied too narrowly to coastal academic programs"],
        reliability: "Never missed a shift and always followed up on labs",
        authorUserId: applicantUser.id,
      },
    });
    const now = new Date();
    await tx.target.create({ data: { schoolId: school.id, applicantId: profile.id, programId: program.id, rank: 1, priority: "FACULTY", appliedAt: now } });
    await tx.target.create({ data: { schoolId: school.id, applicantId: profile.id, programId: other.id, rank: 2, priority: "SELF", appliedAt: null } });
    await programWroteFirst(tx, { schoolId: school.id, applicantId: profile.id, userId: applicantUser.id }, program.id, now);

    for (const [who, kind, title] of [
      [advocate, "PROGRAM_DIRECTOR", "Program Director, Internal Medicine"],
      [rival, "CLERKSHIP_DIRECTOR", "Clerkship Director, Medicine"],
    ] as const) {
      const user = await tx.user.create({ data: { schoolId: school.id, role: "ADVOCATE", ...who } });
      const advocateProfile = await tx.advocateProfile.create({ data: { schoolId: school.id, userId: user.id, kind, title, specialty: "Internal Medicine" } });
      await tx.advocateAssignment.create({ data: { schoolId: school.id, applicantId: profile.id, advocateId: advocateProfile.id, assignedAt: now } });
      if (who === rival) await tx.connection.create({ data: { schoolId: school.id, advocateId: advocateProfile.id, programId: program.id, kind: "ALUMNI" } });
    }
    return { applicant, advocate, rival, program: { id: program.id, name: program.name } };
  });
}

export interface ApplicantWithList {
  applicant: { name: string; email: string };
  /** The ranked list: the first 14 applied, the last two not yet. */
  list: { id: string; name: string }[];
  /** The offer round open now, kept open for two more hours. */
  round: number;
  /** A program of the catalog that is on no part of the list. */
  elsewhere: { id: string; name: string };
}

/**
 * An applicant with a 16-program list (14 applied), a complete checklist and a narrative, whom the
 * second program has already written to; and the demo season's open round kept open for two more
 * hours, so an offer recorded now has a deadline however long the run takes.
 */
export async function createApplicantWithList(prisma: PrismaClient, stamp: number): Promise<ApplicantWithList> {
  const school = await prisma.school.findUniqueOrThrow({ where: { slug: SCHOOL_SLUG } });
  const programs = await prisma.program.findMany({
    where: { schoolId: school.id, prefersEmail: false, phone: { not: "" } },
    orderBy: { nrmpCode: "asc" },
    take: 17,
    select: { id: true, name: true },
  });
  if (programs.length < 17) throw new Error("The demo catalog has fewer than 17 callable programs.");
  const list = programs.slice(0, 16);
  const elsewhere = programs[16]!;
  const letters = stamp.toString(26).replace(/./g, (c) => String.fromCharCode(97 + parseInt(c, 26)));
  const applicant = { name: `Casey Latenight ${letters}`, email: `casey.latenight.${stamp}@northfield.example.edu` };
  const now = new Date();
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { schoolId: school.id, role: "APPLICANT", ...applicant } });
    const profile = await tx.applicantProfile.create({
      data: {
        schoolId: school.id,
        userId: user.id,
        aamcId: String(80_000_000 + (stamp % 9_999_999)),
        degreeType: "US_MD",
        step2Score: 238,
        specialty: "Internal Medicine",
        phone: "555-0188",
        phoneLoud: true,
        voicemailReady: true,
        erasUpdated: true,
        contactCurrent: true,
      },
    });
    await tx.narrative.create({
      data: {
        schoolId: school.id,
        applicantId: profile.id,
        version: 1,
        strengths: ["Steady under pressure on nights", "Clear notes and handoffs"],
        weaknessContext: [],
        reliability: "Never missed a shift",
        authorUserId: user.id,
      },
    });
    await tx.target.createMany({
      data: list.map((p, i) => ({
        schoolId: school.id,
        applicantId: profile.id,
        programId: p.id,
        rank: i + 1,
        priority: "SELF" as const,
        appliedAt: i < 14 ? now : null,
      })),
    });
    await programWroteFirst(tx, { schoolId: school.id, applicantId: profile.id, userId: user.id }, list[1]!.id, now);
    const season = await tx.season.findFirstOrThrow({ where: { schoolId: school.id, active: true }, orderBy: { windowStartsAt: "desc" } });
    const open = await tx.offerRound.findFirstOrThrow({ where: { schoolId: school.id, seasonId: season.id, offersAt: { lte: now }, respondBy: { gte: now } } });
    const twoHours = new Date(now.getTime() + 120 * 60_000);
    if (open.respondBy < twoHours) await tx.offerRound.update({ where: { id: open.id }, data: { respondBy: twoHours } });
    return { applicant, list, round: open.number, elsewhere };
  });
}
