// Starting states for end-to-end tests, written by the e2e server straight into its database (the
// state a test starts from, not the behaviour under test). Each call makes new people, so the
// desktop and the phone runs never meet each other's data. `now` is the app's clock, which a test
// may have moved forward (the e2e server's /clock/advance).
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

/** An Internal Medicine US MD's profile with the whole reachability checklist done. */
function reachable(profile: { aamcId: string; step2Score: number; phone: string }) {
  return {
    ...profile,
    degreeType: "US_MD" as const,
    specialty: "Internal Medicine",
    phoneLoud: true,
    voicemailReady: true,
    erasUpdated: true,
    contactCurrent: true,
  };
}

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
export async function createAdvocateTeam(prisma: PrismaClient, stamp: number, now: Date = new Date()): Promise<AdvocateTeam> {
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
        ...reachable({ aamcId: String(70_000_000 + (stamp % 9_999_999)), step2Score: 247, phone: "555-0177" }),
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
    await tx.target.create({ data: { schoolId: school.id, applicantId: profile.id, programId: program.id, rank: 1, priority: "FACULTY", appliedAt: now } });
    await programWroteFirst(tx, { schoolId: school.id, applicantId: profile.id, userId: applicantUser.id }, program.id, now);
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

export interface ApplicantWithList {
  applicant: { name: string; email: string };
  /** The ranked list: the first 14 applied, the last two not yet. */
  list: { id: string; name: string }[];
  /** The offer round open now, kept open for two more hours. */
  round: number;
  /** A program of the catalog that is on no part of the list. */
  elsewhere: { id: string; name: string };
}

type Named = { id: string; name: string };

/** The first `count` programs of the demo catalog that take calls, by NRMP code. */
async function callablePrograms(prisma: PrismaClient, schoolId: string, count: number): Promise<Named[]> {
  const programs = await prisma.program.findMany({
    where: { schoolId, prefersEmail: false, phone: { not: "" } },
    orderBy: { nrmpCode: "asc" },
    take: count,
    select: { id: true, name: true },
  });
  if (programs.length < count) throw new Error(`The demo catalog has fewer than ${count} callable programs.`);
  return programs;
}

/** The stamp as letters, so each run's applicant has a name of its own. */
const lettersOf = (stamp: number) => stamp.toString(26).replace(/./g, (c) => String.fromCharCode(97 + parseInt(c, 26)));

/** An Internal Medicine applicant with the whole reachability checklist done and a list ranked as given, the first `applied` applied. */
async function reachableApplicantWithList(
  tx: Tx,
  schoolId: string,
  who: { name: string; email: string },
  profile: { aamcId: string; step2Score: number; phone: string },
  list: Named[],
  applied: number,
  now: Date,
): Promise<{ applicantId: string; userId: string }> {
  const user = await tx.user.create({ data: { schoolId, role: "APPLICANT", ...who } });
  const { id: applicantId } = await tx.applicantProfile.create({
    data: {
      schoolId,
      userId: user.id,
      ...reachable(profile),
    },
  });
  await tx.narrative.create({
    data: {
      schoolId,
      applicantId,
      version: 1,
      strengths: ["Steady under pressure on nights", "Clear notes and handoffs"],
      weaknessContext: [],
      reliability: "Never missed a shift",
      authorUserId: user.id,
    },
  });
  await tx.target.createMany({
    data: list.map((p, i) => ({ schoolId, applicantId, programId: p.id, rank: i + 1, priority: "SELF" as const, appliedAt: i < applied ? now : null })),
  });
  return { applicantId, userId: user.id };
}

/**
 * The demo season's offer round open now (the live demo always has one), kept open for at least
 * `minutes` more, so an offer recorded in it has a deadline however long the run takes.
 */
export async function keepOpenRoundOpen(tx: Tx, schoolId: string, now: Date, minutes: number): Promise<{ number: number; respondBy: Date }> {
  const season = await tx.season.findFirstOrThrow({ where: { schoolId, active: true }, orderBy: { windowStartsAt: "desc" } });
  // The first round open, as the season banner reads it.
  const open = await tx.offerRound.findFirstOrThrow({
    where: { schoolId, seasonId: season.id, offersAt: { lte: now }, respondBy: { gte: now } },
    orderBy: { offersAt: "asc" },
  });
  const until = new Date(now.getTime() + minutes * 60_000);
  if (open.respondBy >= until) return { number: open.number, respondBy: open.respondBy };
  await tx.offerRound.update({ where: { id: open.id }, data: { respondBy: until } });
  return { number: open.number, respondBy: until };
}

/**
 * An applicant with a 16-program list (14 applied), a complete checklist and a narrative, whom the
 * second program has already written to; and the demo season's open round kept open for two more
 * hours, so an offer recorded now has a deadline however long the run takes.
 */
export async function createApplicantWithList(prisma: PrismaClient, stamp: number, now: Date = new Date()): Promise<ApplicantWithList> {
  const school = await prisma.school.findUniqueOrThrow({ where: { slug: SCHOOL_SLUG } });
  const programs = await callablePrograms(prisma, school.id, 17);
  const list = programs.slice(0, 16);
  const elsewhere = programs[16]!;
  const applicant = { name: `Casey Latenight ${lettersOf(stamp)}`, email: `casey.latenight.${stamp}@northfield.example.edu` };
  return prisma.$transaction(async (tx) => {
    const profile = { aamcId: String(80_000_000 + (stamp % 9_999_999)), step2Score: 238, phone: "555-0188" };
    const ids = await reachableApplicantWithList(tx, school.id, applicant, profile, list, 14, now);
    await programWroteFirst(tx, { schoolId: school.id, ...ids }, list[1]!.id, now);
    const round = await keepOpenRoundOpen(tx, school.id, now, 120);
    return { applicant, list, round: round.number, elsewhere };
  });
}

export interface ApplicantNowFirst {
  applicant: { name: string; email: string };
  /** The ranked list of 22: the first 18 applied. */
  list: Named[];
  /** The program whose offer waits for an answer (in the open round, at least 90 minutes left). */
  offered: Named;
  /** The program whose call went unanswered: an urgent task 12 minutes overdue. */
  called: Named;
  /** The program interviewing the applicant tomorrow at 10:00 in the school's zone. */
  interviewing: Named;
}

/** 10:00 tomorrow, wall-clock time in `timeZone`. */
function tomorrowAtTen(now: Date, timeZone: string): Date {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  // Start from 10:00 UTC of the next calendar day and correct by the zone's offset at that time.
  const guess = new Date(Date.UTC(y, m - 1, d + 1, 10));
  const wall = new Date(guess.toLocaleString("en-US", { timeZone }));
  const utcWall = new Date(guess.toLocaleString("en-US", { timeZone: "UTC" }));
  return new Date(guess.getTime() - (wall.getTime() - utcWall.getTime()));
}

/**
 * The applicant at the worst moment of SOAP: a pending offer counting down in the open round, a
 * program's call unanswered past its deadline, an interview tomorrow, and a list of 22 programs.
 */
export async function createApplicantNowFirst(prisma: PrismaClient, stamp: number, now: Date = new Date()): Promise<ApplicantNowFirst> {
  const school = await prisma.school.findUniqueOrThrow({ where: { slug: SCHOOL_SLUG } });
  const list = await callablePrograms(prisma, school.id, 22);
  const [offered, called, interviewing] = list as [Named, Named, Named];
  const applicant = { name: `Avery Nowfirst ${lettersOf(stamp)}`, email: `avery.nowfirst.${stamp}@northfield.example.edu` };
  const schoolId = school.id;
  return prisma.$transaction(async (tx) => {
    const profile = { aamcId: String(60_000_000 + (stamp % 9_999_999)), step2Score: 236, phone: "555-0199" };
    const { applicantId } = await reachableApplicantWithList(tx, schoolId, applicant, profile, list, 18, now);
    const round = await keepOpenRoundOpen(tx, schoolId, now, 90);
    await tx.offer.create({
      data: { schoolId, applicantId, programId: offered.id, round: round.number, offeredAt: new Date(now.getTime() - 10 * 60_000), respondBy: round.respondBy },
    });
    await tx.task.create({
      data: {
        schoolId,
        applicantId,
        programId: called.id,
        kind: "URGENT_RESPONSE",
        title: `Return ${called.name}'s call`,
        dueAt: new Date(now.getTime() - 12 * 60_000),
      },
    });
    await tx.interview.create({
      data: {
        schoolId,
        applicantId,
        programId: interviewing.id,
        startsAt: tomorrowAtTen(now, school.timeZone),
        format: "VIDEO",
        location: "https://video.example.org/soap",
      },
    });
    return { applicant, list, offered, called, interviewing };
  });
}

export interface UndeliveredUrgent {
  applicant: { id: string; name: string };
  /** The urgent message that did not get through. */
  title: string;
}

/**
 * A new applicant whose urgent message (a program reached out) got through neither way: the mail
 * server refused its email on every attempt and the push service refused its push message, and
 * nobody has read it in the app. Open dashboards hear of it as of any change.
 */
export async function createUndeliveredUrgent(prisma: PrismaClient, stamp: number, now: Date = new Date()): Promise<UndeliveredUrgent> {
  const school = await prisma.school.findUniqueOrThrow({ where: { slug: SCHOOL_SLUG } });
  const schoolId = school.id;
  const name = `Robin Unreached ${lettersOf(stamp)}`;
  const email = `robin.unreached.${stamp}@northfield.example.edu`;
  const title = "A program called you: answer within 30 minutes";
  const createdAt = new Date(now.getTime() - 35 * 60_000);
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.create({ data: { schoolId, role: "APPLICANT", name, email } });
    const profile = await tx.applicantProfile.create({
      data: { schoolId, userId: user.id, ...reachable({ aamcId: String(40_000_000 + (stamp % 9_999_999)), step2Score: 241, phone: "555-0166" }) },
    });
    const notification = await tx.notification.create({
      data: {
        schoolId,
        userId: user.id,
        applicantId: profile.id,
        kind: "URGENT_TASK",
        urgent: true,
        title,
        body: "Call the program back now.",
        linkPath: "/applicant#tasks",
        pushStatus: "FAILED",
        pushError: "410 Gone: the phone's push subscription has expired",
        createdAt,
      },
    });
    await tx.outboxEmail.create({
      data: {
        schoolId,
        notificationId: notification.id,
        toAddress: email,
        subject: title,
        text: "Call the program back now.",
        linkPath: "/applicant#tasks",
        linkLabel: "Open SOAP Desk",
        status: "FAILED",
        attempts: 8,
        lastError: "550 5.2.2 Mailbox full",
        nextAttemptAt: createdAt,
        createdAt,
      },
    });
    await tx.$executeRaw`SELECT pg_notify('soap_desk_changes', ${schoolId})`;
    return { applicant: { id: profile.id, name }, title };
  });
}
