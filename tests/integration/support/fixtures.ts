// Builders for integration tests: a school with programs, people and a season, written straight
// to the database (the state a test starts from, not the behaviour under test).
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/server/core/db";
import type { Actor } from "@/lib/server/core/actor";
import type { AdvocateKind, DegreeType, RedFlagKind } from "@/lib/domain/types";

const uid = () => randomBytes(4).toString("hex");

export interface SchoolFixture {
  schoolId: string;
  dean: Actor;
  programIds: string[];
  addApplicant(options?: ApplicantOptions): Promise<Actor & { applicantId: string }>;
  addAdvocate(options?: AdvocateOptions): Promise<Actor & { advocateId: string }>;
}

export interface ApplicantOptions {
  name?: string;
  degreeType?: DegreeType;
  step2Score?: number | null;
  redFlags?: RedFlagKind[];
  checklistComplete?: boolean;
}

export interface AdvocateOptions {
  name?: string;
  kind?: AdvocateKind;
  connectedTo?: string[];
}

export interface SchoolOptions {
  programs?: number;
  /** "open": the SOAP window is over (playbook order); "in-window": program-initiated mode now. */
  season?: "open" | "in-window" | "none";
  now: Date;
  prefersEmail?: number[];
  /** Marks every person of the school isDemo, as the demo seed marks its own people. */
  demo?: boolean;
}

const HOUR = 3_600_000;

export async function createSchool(db: Db, options: SchoolOptions): Promise<SchoolFixture> {
  const tag = uid();
  const school = await db.school.create({ data: { name: `Test School ${tag}`, slug: `test-${tag}` } });
  await db.schoolPolicy.create({ data: { schoolId: school.id } });
  const season = options.season ?? "open";
  if (season !== "none") {
    const start = season === "in-window" ? new Date(options.now.getTime() - 24 * HOUR) : new Date(options.now.getTime() - 30 * 24 * HOUR);
    await db.season.create({
      data: {
        schoolId: school.id,
        name: "Test season",
        resultsAt: new Date(start.getTime() - HOUR),
        erasOpensAt: start,
        windowStartsAt: start,
        windowEndsAt: new Date(start.getTime() + 4 * 24 * HOUR),
        communicationMode: "PROGRAM_INITIATED",
      },
    });
  }
  const institution = 1000 + Math.floor(Math.random() * 8000);
  const programIds: string[] = [];
  for (let i = 0; i < (options.programs ?? 25); i++) {
    const program = await db.program.create({
      data: {
        schoolId: school.id,
        nrmpCode: `${institution}${String(140 + i).padStart(3, "0")}C0`,
        name: `Program ${i + 1} ${tag}`,
        specialty: "Internal Medicine",
        positionType: "C",
        city: "Springfield",
        state: "IL",
        setting: "COMMUNITY",
        tier: i === 0 ? "TOP" : "MID",
        openPositions: 2,
        prefersEmail: options.prefersEmail?.includes(i) ?? false,
      },
    });
    programIds.push(program.id);
  }
  const isDemo = options.demo ?? false;
  const deanUser = await db.user.create({ data: { schoolId: school.id, name: "Dana Dean", email: `dean-${tag}@example.edu`, role: "DEAN", isDemo } });
  const dean: Actor = { userId: deanUser.id, schoolId: school.id, role: "DEAN", name: deanUser.name, applicantId: null, advocateId: null };

  let count = 0;
  return {
    schoolId: school.id,
    dean,
    programIds,
    async addApplicant(o = {}) {
      count += 1;
      const user = await db.user.create({
        data: { schoolId: school.id, name: o.name ?? `Applicant ${count}`, email: `applicant-${count}-${tag}@example.edu`, role: "APPLICANT", isDemo },
      });
      const complete = o.checklistComplete ?? true;
      const profile = await db.applicantProfile.create({
        data: {
          schoolId: school.id,
          userId: user.id,
          aamcId: String(20_000_000 + count),
          degreeType: o.degreeType ?? "US_MD",
          step2Score: o.step2Score === undefined ? 245 : o.step2Score,
          specialty: "Internal Medicine",
          phone: "555-0100",
          phoneLoud: complete,
          voicemailReady: complete,
          erasUpdated: complete,
          contactCurrent: complete,
          redFlags: { create: (o.redFlags ?? []).map((kind) => ({ schoolId: school.id, kind, context: "Private context" })) },
        },
      });
      return { userId: user.id, schoolId: school.id, role: "APPLICANT", name: user.name, applicantId: profile.id, advocateId: null };
    },
    async addAdvocate(o = {}) {
      count += 1;
      const user = await db.user.create({
        data: { schoolId: school.id, name: o.name ?? `Dr. Advocate ${count}`, email: `advocate-${count}-${tag}@example.edu`, role: "ADVOCATE", isDemo },
      });
      const profile = await db.advocateProfile.create({
        data: {
          schoolId: school.id,
          userId: user.id,
          kind: o.kind ?? "PROGRAM_DIRECTOR",
          title: "Program Director, Internal Medicine",
          specialty: "Internal Medicine",
          connections: { create: (o.connectedTo ?? []).map((programId) => ({ schoolId: school.id, programId, kind: "TRAINED_WITH_PD" as const })) },
        },
      });
      return { userId: user.id, schoolId: school.id, role: "ADVOCATE", name: user.name, applicantId: null, advocateId: profile.id };
    },
  };
}
