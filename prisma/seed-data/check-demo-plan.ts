// The demo must show a school doing SOAP right (plus the mistakes the dashboard is meant to catch,
// which are warnings, never broken rules). This checks the hand-written plan against the SOAP
// rules before anything is written, so an edit to the data cannot quietly teach
// users a wrong order: every contact falls inside the SOAP window, in program-initiated mode no one
// on the applicant's side reaches out before the program has, and each offer is made and answered
// inside its round. Pure: returns the list of problems, empty when the plan is honest.
import type { ProgramRow } from "../../lib/domain/program-import";
import { ADVOCATES, APPLICANTS, DEAN_STAFF, type DemoApplicant } from "./demo-school";
import { FOLLOW_UP_DUE_MINUTES, URGENT_RESPONSE_MINUTES, demoPlans, type ApplicantPlan, type DemoContact, type DemoFrame } from "./demo-outreach";

const FACULTY_CONTACT_CAP = 8;
const MAX_ACTIVE_ADVOCATES = 2;
const MAX_APPLICATIONS = 45;
const MAX_RESIDENT_CONTACTS = 2;
const COHORT_LOAD_WARN_ABOVE = 3;
const DAY = 24 * 60;
const ALLOWED_ADVOCATE_KINDS = new Set(["PROGRAM_DIRECTOR", "CLERKSHIP_DIRECTOR", "DEAN", "RESIDENT"]);

export function checkDemoPlan(programs: ProgramRow[], frame: DemoFrame, plans: ApplicantPlan[] = demoPlans(frame)): string[] {
  const problems: string[] = [];
  const byCode = new Map(programs.map((p) => [p.nrmpCode, p]));
  const advocates = new Map(ADVOCATES.map((a) => [a.key, a]));

  const emails = [...DEAN_STAFF, ...ADVOCATES, ...APPLICANTS].map((u) => u.email);
  if (new Set(emails).size !== emails.length) problems.push("user emails are not unique");
  const aamcIds = APPLICANTS.map((a) => a.aamcId);
  if (new Set(aamcIds).size !== aamcIds.length || aamcIds.some((id) => !/^\d{8}$/.test(id))) problems.push("AAMC IDs must be unique 8-digit numbers");

  for (const advocate of ADVOCATES) {
    if (!ALLOWED_ADVOCATE_KINDS.has(advocate.kind)) problems.push(`${advocate.name}: not an advocate kind the playbook allows`);
    for (const c of advocate.connections) if (!byCode.has(c.program)) problems.push(`${advocate.name}: connection to unknown program ${c.program}`);
  }

  const facultyApplicantsByProgram = new Map<string, Set<string>>();
  for (const applicant of APPLICANTS) {
    const matching = plans.filter((p) => p.applicant === applicant.key);
    if (matching.length !== 1) problems.push(`${applicant.name}: expected exactly one plan, found ${matching.length}`);
    checkProfile(applicant, problems);
    const plan = matching[0];
    if (!plan) continue;
    const say = (message: string) => problems.push(`${applicant.name}: ${message}`);
    checkPlan(applicant, plan, byCode, advocates, say);
    checkSeason(plan, frame, say);
    for (const c of plan.contacts) {
      if (c.by === "applicant") continue;
      const set = facultyApplicantsByProgram.get(c.program) ?? new Set<string>();
      set.add(applicant.key);
      facultyApplicantsByProgram.set(c.program, set);
    }
  }
  for (const [program, set] of facultyApplicantsByProgram) {
    if (set.size > COHORT_LOAD_WARN_ABOVE) problems.push(`program ${program}: faculty contacted it for ${set.size} applicants (cohort load)`);
  }
  return problems;
}

function checkProfile(a: DemoApplicant, problems: string[]): void {
  const say = (message: string) => problems.push(`${a.name}: ${message}`);
  const [first, last] = a.name.toLowerCase().split(" ");
  if (a.email !== `${first}.${last}@northfield.example.edu`) say("email must be firstname.lastname@northfield.example.edu");
  const us = a.degreeType !== "IMG";
  const flagged = a.redFlags.length > 0;
  if (a.strategy === "STRONG" && !(us && a.step2Score >= 240 && !flagged)) say("STRONG needs US MD/DO, Step 2 CK >= 240, no red flag");
  if (a.strategy === "AVERAGE" && !(us && a.step2Score >= 220 && a.step2Score < 240 && !flagged)) say("AVERAGE needs Step 2 CK 220-239 and no red flag");
  if (a.strategy === "RED_FLAG" && !flagged) say("RED_FLAG needs a red flag row");
  if (a.strategy === "IMG" && a.degreeType !== "IMG") say("IMG strategy needs an IMG degree");
  a.narratives.forEach((n, i) => {
    if (n.version !== i + 1) say(`narrative versions must run 1, 2, ...`);
    if (n.strengths.length < 2 || n.strengths.length > 3) say(`narrative v${n.version} needs 2-3 strengths`);
    if (n.weaknessContext.length > 2) say(`narrative v${n.version} has more than 2 weaknesses`);
    if (n.at > 0 || (i > 0 && n.at <= (a.narratives[i - 1]?.at ?? 0))) say(`narrative v${n.version} time out of order`);
  });
}

function checkPlan(
  applicant: DemoApplicant,
  plan: ApplicantPlan,
  byCode: Map<string, ProgramRow>,
  advocates: Map<string, (typeof ADVOCATES)[number]>,
  say: (message: string) => void,
): void {
  const active = plan.assignments.filter((a) => a.endedAt === undefined);
  if (active.length > MAX_ACTIVE_ADVOCATES) say(`${active.length} active advocates (max ${MAX_ACTIVE_ADVOCATES})`);
  if (new Set(plan.assignments.map((a) => a.advocate)).size !== plan.assignments.length) say("an advocate is assigned twice");

  const targets = new Map(plan.targets.map((t) => [t.program, t]));
  if (targets.size !== plan.targets.length) say("a program is on the list twice");
  for (const t of plan.targets) if (!byCode.has(t.program)) say(`target ${t.program} is not in the catalog`);
  if (plan.targets.filter((t) => t.appliedAt !== null).length > MAX_APPLICATIONS) say("more than 45 applications");

  const applied = (program: string, at: number) => {
    const t = targets.get(program);
    return t !== undefined && t.appliedAt !== null && t.appliedAt < at;
  };

  const claims = new Map(plan.claims.map((c) => [c.program, c]));
  if (claims.size !== plan.claims.length) say("two claims on one program");
  for (const claim of plan.claims) {
    const advocate = advocates.get(claim.advocate);
    if (!targets.has(claim.program)) say(`claim on ${claim.program}, which is not on the list`);
    if (!advocate?.connections.some((c) => c.program === claim.program)) say(`${claim.advocate} claimed ${claim.program} without a connection`);
    if (!active.some((a) => a.advocate === claim.advocate && a.at <= claim.at)) say(`${claim.advocate} claimed ${claim.program} without an active assignment`);
  }

  const accepted = plan.offers.find((o) => o.status === "ACCEPTED");
  const acceptedAt = accepted?.respondedAt ?? Number.POSITIVE_INFINITY;
  const stoppedAt = new Map<string, number>(); // program -> when outreach to it had to stop
  for (const c of plan.contacts) if (c.outcome === "DECLINED") stoppedAt.set(c.program, Math.min(stoppedAt.get(c.program) ?? Infinity, c.at));
  for (const o of plan.offers)
    if (o.status === "REJECTED" && o.respondedAt !== null) stoppedAt.set(o.program, Math.min(stoppedAt.get(o.program) ?? Infinity, o.respondedAt));

  const contacts = [...plan.contacts].sort((x, y) => x.at - y.at);
  const facultyPrograms = new Set<string>();
  const residentPrograms: string[] = [];
  const callsByProgram = new Map<string, number[]>();
  for (const c of contacts) {
    const where = `${c.by} ${c.direction.toLowerCase()} ${c.channel.toLowerCase()} to ${c.program}`;
    if (c.at > 0) say(`${where} is in the future`);
    if (!applied(c.program, c.at)) say(`${where} before the application (rule 1)`);
    if (c.direction === "OUTBOUND" && c.at > acceptedAt) say(`${where} after accepting an offer (rule 5)`);
    if (c.direction === "OUTBOUND" && c.at > (stoppedAt.get(c.program) ?? Infinity)) say(`${where} after the program declined (rule 5)`);
    const isCall = c.direction === "OUTBOUND" && (c.channel === "PHONE" || c.channel === "VOICEMAIL");
    if (isCall) {
      if (byCode.get(c.program)?.prefersEmail) say(`${where}: the program prefers email, no calls`);
      const calls = callsByProgram.get(c.program) ?? [];
      if (calls.some((t) => c.at - t < DAY)) say(`${where}: second call to one program within a day`);
      callsByProgram.set(c.program, [...calls, c.at]);
    }
    if (c.by === "applicant") continue;
    if (c.direction !== "OUTBOUND") say(`${where}: advocate contacts are outbound`);
    const claim = claims.get(c.program);
    if (!claim || claim.advocate !== c.by || claim.at > c.at) say(`${where} without holding the claim`);
    if (!contacts.some((e) => e.by === "applicant" && e.direction === "OUTBOUND" && e.channel === "EMAIL" && e.program === c.program && e.at < c.at)) {
      say(`${where} before the applicant's own email (rule 2)`);
    }
    const current = [...applicant.narratives].filter((n) => n.at <= c.at).pop();
    if (c.narrativeVersion === undefined || c.narrativeVersion !== current?.version) say(`${where} must record the narrative version current at the time`);
    facultyPrograms.add(c.program);
    if (advocates.get(c.by)?.kind === "RESIDENT") residentPrograms.push(c.program);
  }
  if (facultyPrograms.size > FACULTY_CONTACT_CAP) say(`faculty contacted ${facultyPrograms.size} programs (cap ${FACULTY_CONTACT_CAP})`);
  if (residentPrograms.length > MAX_RESIDENT_CONTACTS || new Set(residentPrograms).size !== residentPrograms.length) say("too many resident contacts");

  checkTasks(plan, contacts, acceptedAt, stoppedAt, say);

  for (const i of plan.interviews) {
    if (!applied(i.program, i.startsAt)) say(`interview at ${i.program} without an application`);
    if (i.startsAt > acceptedAt) say(`interview at ${i.program} after accepting an offer`);
  }
  if (plan.offers.filter((o) => o.status === "ACCEPTED").length > 1) say("more than one accepted offer");
  for (const o of plan.offers) {
    if (!applied(o.program, o.offeredAt)) say(`offer from ${o.program} without an application`);
    if (!plan.interviews.some((i) => i.program === o.program && i.startsAt < o.offeredAt)) say(`offer from ${o.program} without an earlier interview`);
    if ((o.status === "PENDING") !== (o.respondedAt === null)) say(`offer from ${o.program}: respondedAt does not fit ${o.status}`);
  }
}

/** The mode in force at `at` (minutes from now): the season's inside its window, open outside it. */
function modeAt(frame: DemoFrame, at: number): DemoFrame["communicationMode"] {
  return at >= frame.windowStartsAt && at < frame.windowEndsAt ? frame.communicationMode : "OPEN";
}

/** The season's rules: contacts inside the window, programs first in program-initiated mode, offers in their rounds. */
function checkSeason(plan: ApplicantPlan, frame: DemoFrame, say: (message: string) => void): void {
  for (const c of plan.contacts) {
    const where = `${c.by} ${c.direction.toLowerCase()} ${c.channel.toLowerCase()} to ${c.program} at ${Math.round(c.at)}`;
    if (c.at < frame.windowStartsAt) say(`${where} is before the SOAP window opened (a contact before the season is refused)`);
    if (c.direction !== "OUTBOUND" || modeAt(frame, c.at) !== "PROGRAM_INITIATED") continue;
    const programFirst =
      plan.contacts.some((e) => e.direction === "INBOUND" && e.program === c.program && e.at < c.at) ||
      plan.offers.some((o) => o.program === c.program && o.offeredAt < c.at);
    if (!programFirst) say(`${where} before the program reached out (program-initiated mode: the program contacts first)`);
  }
  for (const o of plan.offers) {
    const round = frame.rounds.find((r) => r.number === o.round);
    if (!round) {
      say(`offer from ${o.program} names round ${o.round}, which the season does not have`);
      continue;
    }
    if (o.offeredAt < round.offersAt || o.offeredAt > round.respondBy || o.offeredAt > 0) say(`offer from ${o.program} is not made during round ${o.round}`);
    if (o.status === "PENDING" && round.respondBy <= 0) say(`pending offer from ${o.program}: round ${o.round} is over, it would have expired`);
    if (o.respondedAt !== null && o.respondedAt > round.respondBy) say(`offer from ${o.program} answered after round ${o.round}'s deadline`);
  }
}

function checkTasks(plan: ApplicantPlan, contacts: DemoContact[], acceptedAt: number, stoppedAt: Map<string, number>, say: (message: string) => void): void {
  const byKey = new Map(contacts.filter((c) => c.key).map((c) => [c.key as string, c]));
  const taskSources = new Set(plan.tasks.map((t) => t.from));
  for (const c of contacts) {
    // Mirrors lib/domain/rules/tasks.ts: a decline creates no task, in either direction.
    const needsFollowUp = c.by !== "applicant" && c.outcome !== "DECLINED";
    const needsUrgent = c.direction === "INBOUND" && c.outcome !== "DECLINED";
    if ((needsFollowUp || needsUrgent) && !(c.key && taskSources.has(c.key))) say(`contact to ${c.program} at ${c.at} has no task (rules 3-4)`);
  }
  for (const task of plan.tasks) {
    const source = byKey.get(task.from);
    if (!source) {
      say(`task from unknown contact ${task.from}`);
      continue;
    }
    const due = source.at + (task.kind === "FOLLOW_UP" ? FOLLOW_UP_DUE_MINUTES : URGENT_RESPONSE_MINUTES);
    if (task.kind === "FOLLOW_UP" && source.by === "applicant") say(`follow-up ${task.from} must come from a faculty contact`);
    if (task.kind === "URGENT_RESPONSE" && source.direction !== "INBOUND") say(`urgent ${task.from} must come from an inbound contact`);
    if (task.status === "OPEN") {
      if (task.closedAt !== undefined) say(`open task ${task.from} has a closing time`);
      if (acceptedAt <= 0) say(`open task ${task.from} after an accepted offer`);
      if (task.kind === "FOLLOW_UP" && due <= 0) say(`open follow-up ${task.from} is overdue (only urgent ones should be)`);
    } else if (task.closedAt === undefined || task.closedAt > 0 || task.closedAt < source.at) {
      say(`${task.status.toLowerCase()} task ${task.from} needs a closing time after its source and before now`);
    } else if (task.status === "DONE") {
      const closedAt = task.closedAt;
      const answered = contacts.some(
        (c) => c.by === "applicant" && c.direction === "OUTBOUND" && c.program === source.program && c.at > source.at && c.at <= closedAt,
      );
      if (!answered) say(`done task ${task.from} has no applicant contact that did it`);
    } else {
      const reason = task.closedAt === acceptedAt || (stoppedAt.get(source.program) ?? Infinity) <= task.closedAt;
      if (!reason) say(`cancelled task ${task.from} has no reason (an accepted offer or a decline)`);
    }
  }
}
