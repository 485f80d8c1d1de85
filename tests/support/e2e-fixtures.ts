// Starting states for end-to-end tests, written by the e2e server straight into its database (the
// state a test starts from, not the behaviour under test). Each call makes new people, so the
// desktop and the phone runs never meet each other's data.
import type { PrismaClient } from "@/lib/generated/prisma/client";

const SCHOOL_SLUG = "northfield";

export interface AdvocateTeam {
  applicant: { name: string; email: string };
  advocate: { name: string; email: string };
  rival: { name: string; email: string };
  /** Applied in ERAS, not emailed yet, nobody's claim: where the advocate's job starts. */
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
