// Seeds the demo school, Northfield School of Medicine, once. `npm start` calls seedDemo on every
// start, so it must be a no-op when the school exists (beyond marking its seeded people as demo
// people once, for a school seeded before that mark existed); `npx tsx prisma/seed.ts` does the
// same from the command line (scripts/db/seed.ts, npm run db:seed). Everything is written in one transaction: a failure leaves no half school.
// Times in the data are relative to `now`, and the season is placed around it (lib/domain/demo-season.ts),
// so every screen shows the middle of SOAP, with live deadlines, on any day.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Prisma } from "../lib/generated/prisma/client";
import type { Db, TxClient } from "../lib/server/core/db";
import { parseUnfilledProgramsCsv, type ProgramRow } from "../lib/domain/program-import";
import { checkDemoPlan } from "./seed-data/check-demo-plan";
import { ADVOCATES, APPLICANTS, DEAN_STAFF, DEMO_SCHOOL, HOUR, type ApplicantKey, type AdvocateKey } from "./seed-data/demo-school";
import { FOLLOW_UP_DUE_MINUTES, URGENT_RESPONSE_MINUTES, demoFrame, demoPlans, type ApplicantPlan, type DemoContact } from "./seed-data/demo-outreach";
import { placeDemoSeason, type DemoSeasonPlacement } from "../lib/domain/demo-season";
import { writeSchoolDefaults } from "../lib/server/schools/school-defaults";

type Tx = TxClient;

const PROGRAMS_CSV = ["prisma", "seed-data", "unfilled-programs.csv"];

/**
 * Where the demo List of Unfilled Programs is: beside this file when run from source (scripts,
 * tests), or under the project the server runs in when this module is inside the app's server
 * bundle (the demo reset button), where the bundler rewrites module URLs.
 */
export function programsCsvPath(): string {
  try {
    const beside = fileURLToPath(new URL("./seed-data/unfilled-programs.csv", import.meta.url).href);
    if (existsSync(beside)) return beside;
  } catch {
    // Not a file URL inside the bundle: fall through to the project directory.
  }
  return path.join(process.cwd(), ...PROGRAMS_CSV);
}
const SEED_REASON = "Demo data for SOAP Desk (prisma/seed.ts)";

export type SeedResult =
  | { seeded: true; schoolId: string; counts: Record<string, number> }
  // marked: seeded people this run marked as demo people (a school seeded before isDemo existed).
  | { seeded: false; reason: "already-seeded"; schoolId: string; marked: number };

export interface SeedOptions {
  now: Date;
  /** Progress lines; defaults to the console. */
  log?: (line: string) => void;
}

/** The demo programs, through the same all-or-nothing import the dean's office uses. */
export function loadDemoPrograms(): ProgramRow[] {
  const parsed = parseUnfilledProgramsCsv(readFileSync(programsCsvPath(), "utf8"));
  if (!parsed.ok) {
    const lines = parsed.errors.map((e) => `  row ${e.row} ${e.column}: ${e.message}`);
    throw new Error(`The demo List of Unfilled Programs does not import:\n${lines.join("\n")}`);
  }
  return parsed.rows;
}

export async function seedDemo(prisma: Db, { now, log = console.log }: SeedOptions): Promise<SeedResult> {
  const programs = loadDemoPrograms();
  // The season is placed around `now`: in the middle of SOAP, program-initiated, round 2 open.
  const placement = placeDemoSeason(now, DEMO_SCHOOL.timeZone);
  const frame = demoFrame(placement, now);
  const plans = demoPlans(frame);
  // Refuse to teach the wrong order: the demo data must obey the same rules as the app.
  const problems = checkDemoPlan(programs, frame, plans);
  if (problems.length > 0) throw new Error(`The demo plan breaks SOAP rules:\n  ${problems.join("\n  ")}`);

  const result = await prisma.$transaction(
    async (tx) => {
      // Inside the transaction so two starts at once cannot both seed (the unique slug backs it up).
      const existing = await tx.school.findUnique({ where: { slug: DEMO_SCHOOL.slug }, select: { id: true } });
      if (existing) {
        const marked = await markSeededPeopleAsDemo(tx, existing.id, now);
        return { seeded: false, reason: "already-seeded", schoolId: existing.id, marked } as const;
      }
      return writeDemo(tx, { programRows: programs, plans, placement }, now);
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
  if (result.seeded) {
    const summary = Object.entries(result.counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(", ");
    log(`Seeded ${DEMO_SCHOOL.name}: ${summary}.`);
  } else {
    log(result.marked > 0 ? `Demo school already seeded; marked its ${result.marked} seeded people as demo people.` : "Demo school already seeded");
  }
  return result;
}

interface DemoContent {
  programRows: ProgramRow[];
  plans: ApplicantPlan[];
  placement: DemoSeasonPlacement;
}

async function writeDemo(tx: Tx, { programRows, plans, placement }: DemoContent, now: Date): Promise<SeedResult> {
  const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
  const school = await tx.school.create({ data: { name: DEMO_SCHOOL.name, slug: DEMO_SCHOOL.slug, timeZone: DEMO_SCHOOL.timeZone } });
  const schoolId = school.id;
  // Every cap at its default; the season placed around now rather than Match Week 2026's dates.
  const season = await writeSchoolDefaults(tx, schoolId, placement);

  // isDemo: demo sign-in offers and accepts these people only, never anyone invited later.
  const deanUsers = [];
  for (const staff of DEAN_STAFF) {
    deanUsers.push(await tx.user.create({ data: { schoolId, name: staff.name, email: staff.email, role: "DEAN", isDemo: true } }));
  }

  const programs = await tx.program.createManyAndReturn({
    data: programRows.map((row) => ({ schoolId, ...row })),
    select: { id: true, nrmpCode: true, name: true },
  });
  const programByCode = new Map(programs.map((p) => [p.nrmpCode, p]));
  const program = (code: string) => {
    const found = programByCode.get(code);
    if (!found) throw new Error(`Demo data names unknown program ${code}`);
    return found;
  };

  const advocateByKey = new Map<AdvocateKey, { profileId: string; userId: string; name: string; kind: (typeof ADVOCATES)[number]["kind"] }>();
  let connections = 0;
  for (const a of ADVOCATES) {
    const user = await tx.user.create({ data: { schoolId, name: a.name, email: a.email, role: "ADVOCATE", isDemo: true } });
    const profile = await tx.advocateProfile.create({ data: { schoolId, userId: user.id, kind: a.kind, title: a.title, specialty: a.specialty } });
    advocateByKey.set(a.key, { profileId: profile.id, userId: user.id, name: a.name, kind: a.kind });
    const created = await tx.connection.createMany({
      data: a.connections.map((c) => ({ schoolId, advocateId: profile.id, programId: program(c.program).id, kind: c.kind, note: c.note })),
    });
    connections += created.count;
  }
  const advocate = (key: AdvocateKey) => {
    const found = advocateByKey.get(key);
    if (!found) throw new Error(`Demo data names unknown advocate ${key}`);
    return found;
  };

  const applicantByKey = new Map<ApplicantKey, { profileId: string; userId: string; narrativeIds: Map<number, string> }>();
  for (const a of APPLICANTS) {
    const user = await tx.user.create({ data: { schoolId, name: a.name, email: a.email, role: "APPLICANT", isDemo: true } });
    const profile = await tx.applicantProfile.create({
      data: {
        schoolId,
        userId: user.id,
        aamcId: a.aamcId,
        degreeType: a.degreeType,
        step2Score: a.step2Score,
        specialty: a.specialty,
        phone: a.phone,
        ...a.checklist,
      },
    });
    if (a.redFlags.length > 0) {
      await tx.redFlag.createMany({ data: a.redFlags.map((f) => ({ schoolId, applicantId: profile.id, kind: f.kind, context: f.context })) });
    }
    const narrativeIds = new Map<number, string>();
    for (const n of a.narratives) {
      const authorUserId = n.author === "self" ? user.id : advocate(n.author).userId;
      const row = await tx.narrative.create({
        data: {
          schoolId,
          applicantId: profile.id,
          version: n.version,
          strengths: n.strengths,
          weaknessContext: n.weaknessContext,
          reliability: n.reliability,
          authorUserId,
          createdAt: at(n.at),
        },
      });
      narrativeIds.set(n.version, row.id);
    }
    applicantByKey.set(a.key, { profileId: profile.id, userId: user.id, narrativeIds });
  }

  const counts = {
    programs: programs.length,
    connections,
    users: DEAN_STAFF.length + ADVOCATES.length + APPLICANTS.length,
    targets: 0,
    claims: 0,
    contacts: 0,
    tasks: 0,
    interviews: 0,
    offers: 0,
  };
  for (const plan of plans) {
    const applicant = applicantByKey.get(plan.applicant);
    if (!applicant) throw new Error(`Demo plan for unknown applicant ${plan.applicant}`);
    const ctx: PlanContext = { tx, schoolId, at, applicant, program, advocate, rounds: placement.rounds };
    const written = await writePlan(ctx, plan);
    for (const [k, v] of Object.entries(written)) counts[k as keyof typeof counts] += v;
  }

  // The seeding is itself a change: the audit log says where these rows came from.
  const audit = (entityType: string, entityId: string, after: Prisma.InputJsonValue) =>
    tx.auditLog.create({ data: { schoolId, actorUserId: null, action: "seed.demo", entityType, entityId, after, reason: SEED_REASON, createdAt: now } });
  await audit("School", schoolId, { name: DEMO_SCHOOL.name, slug: DEMO_SCHOOL.slug, deanStaff: deanUsers.map((u) => u.email), counts });
  await audit("Program", "unfilled-programs.csv", { imported: programs.length, source: "prisma/seed-data/unfilled-programs.csv" });
  await audit("Season", season.id, { name: season.name, windowStartsAt: season.windowStartsAt.toISOString(), windowEndsAt: season.windowEndsAt.toISOString() });

  return { seeded: true, schoolId, counts };
}

// A demo school seeded before users carried isDemo has every person unmarked, and demo sign-in
// would offer nobody. The seed's own fictional addresses (a reserved .example domain) pick out
// exactly the people it created; anyone invited into the school keeps isDemo false.
async function markSeededPeopleAsDemo(tx: Tx, schoolId: string, now: Date): Promise<number> {
  const emails = [...DEAN_STAFF, ...ADVOCATES, ...APPLICANTS].map((person) => person.email);
  const { count } = await tx.user.updateMany({ where: { schoolId, email: { in: emails }, isDemo: false }, data: { isDemo: true } });
  if (count > 0) {
    await tx.auditLog.create({
      data: {
        schoolId,
        actorUserId: null,
        action: "seed.demo",
        entityType: "School",
        entityId: schoolId,
        after: { markedDemoPeople: count },
        reason: SEED_REASON,
        createdAt: now,
      },
    });
  }
  return count;
}

interface PlanContext {
  tx: Tx;
  schoolId: string;
  at: (minutes: number) => Date;
  applicant: { profileId: string; userId: string; narrativeIds: Map<number, string> };
  program: (code: string) => { id: string; name: string };
  advocate: (key: AdvocateKey) => { profileId: string; userId: string; name: string; kind: (typeof ADVOCATES)[number]["kind"] };
  rounds: DemoSeasonPlacement["rounds"];
}

async function writePlan(ctx: PlanContext, plan: ApplicantPlan) {
  const { tx, schoolId, at, applicant, program, advocate, rounds } = ctx;
  const applicantId = applicant.profileId;

  for (const a of plan.assignments) {
    await tx.advocateAssignment.create({
      data: {
        schoolId,
        applicantId,
        advocateId: advocate(a.advocate).profileId,
        active: a.endedAt === undefined,
        assignedAt: at(a.at),
        endedAt: a.endedAt === undefined ? null : at(a.endedAt),
      },
    });
  }

  await tx.target.createMany({
    data: plan.targets.map((t, i) => ({
      schoolId,
      applicantId,
      programId: program(t.program).id,
      rank: i + 1,
      priority: t.priority,
      appliedAt: t.appliedAt === null ? null : at(t.appliedAt),
      // The list was built before the applications went in.
      createdAt: at(-56 * HOUR + i),
    })),
  });

  for (const c of plan.claims) {
    await tx.claim.create({
      data: { schoolId, applicantId, programId: program(c.program).id, advocateId: advocate(c.advocate).profileId, claimedAt: at(c.at), createdAt: at(c.at) },
    });
  }

  const contactIds = new Map<string, { id: string; contact: DemoContact }>();
  for (const c of [...plan.contacts].sort((x, y) => x.at - y.at)) {
    const byAdvocate = c.by === "applicant" ? null : advocate(c.by);
    const row = await tx.contact.create({
      data: {
        schoolId,
        applicantId,
        programId: program(c.program).id,
        actorUserId: byAdvocate?.userId ?? applicant.userId,
        actorRole: byAdvocate ? "ADVOCATE" : "APPLICANT",
        advocateKind: byAdvocate?.kind ?? null,
        direction: c.direction,
        channel: c.channel,
        occurredAt: at(c.at),
        summary: c.summary,
        outcome: c.outcome,
        narrativeVersionId: c.narrativeVersion === undefined ? null : (applicant.narrativeIds.get(c.narrativeVersion) ?? null),
        createdAt: at(c.at),
      },
    });
    if (c.key) contactIds.set(c.key, { id: row.id, contact: c });
  }

  for (const t of plan.tasks) {
    const source = contactIds.get(t.from);
    if (!source) throw new Error(`Demo task points at unknown contact ${t.from}`);
    const { contact } = source;
    const p = program(contact.program);
    const due = contact.at + (t.kind === "FOLLOW_UP" ? FOLLOW_UP_DUE_MINUTES : URGENT_RESPONSE_MINUTES);
    await tx.task.create({
      data: {
        schoolId,
        applicantId,
        programId: p.id,
        sourceContactId: source.id,
        kind: t.kind,
        status: t.status,
        title: taskTitle(t.kind, p.name, contact, contact.by === "applicant" ? null : advocate(contact.by).name),
        dueAt: at(due),
        // Like the app, a cancelled task records when it was cancelled.
        completedAt: t.closedAt === undefined ? null : at(t.closedAt),
        createdAt: at(contact.at),
      },
    });
  }

  for (const i of plan.interviews) {
    await tx.interview.create({
      data: {
        schoolId,
        applicantId,
        programId: program(i.program).id,
        startsAt: at(i.startsAt),
        durationMinutes: i.durationMinutes,
        format: i.format,
        location: i.location,
        notes: i.notes,
      },
    });
  }
  let offerTasks = 0;
  for (const o of plan.offers) {
    const p = program(o.program);
    const offeredAt = at(o.offeredAt);
    const respondedAt = o.respondedAt === null ? null : at(o.respondedAt);
    // Like recording one in the app: an offer made during its round carries the round's deadline
    // and gives the applicant an urgent task due then (closed when the offer was answered).
    const round = rounds.find((r) => r.number === o.round);
    const respondBy = round && offeredAt >= round.offersAt && offeredAt <= round.respondBy ? round.respondBy : null;
    await tx.offer.create({
      data: { schoolId, applicantId, programId: p.id, round: o.round, status: o.status, offeredAt, respondBy, respondedAt, createdAt: offeredAt },
    });
    if (respondBy) {
      offerTasks += 1;
      await tx.task.create({
        data: {
          schoolId,
          applicantId,
          programId: p.id,
          kind: "URGENT_RESPONSE",
          status: respondedAt ? "CANCELLED" : "OPEN",
          title: `Accept or reject ${p.name}'s offer before it expires`,
          dueAt: respondBy,
          completedAt: respondedAt,
          createdAt: offeredAt,
        },
      });
    }
  }
  return {
    targets: plan.targets.length,
    claims: plan.claims.length,
    contacts: plan.contacts.length,
    tasks: plan.tasks.length + offerTasks,
    interviews: plan.interviews.length,
    offers: plan.offers.length,
  };
}

// Same wording as the tasks the app creates (lib/domain/rules/tasks.ts), so seeded and live tasks read alike.
function taskTitle(kind: "FOLLOW_UP" | "URGENT_RESPONSE", programName: string, contact: DemoContact, advocateName: string | null): string {
  if (kind === "FOLLOW_UP") return `Email ${programName}, naming ${advocateName ?? "your advocate"} briefly`;
  if (contact.outcome === "INTERVIEW_OFFERED") return `Confirm the interview with ${programName} now`;
  const how = contact.channel === "EMAIL" ? "reply to their email" : "call them back";
  return `${programName} reached out: ${how} now`;
}
