// Snapshot builders for the domain tests: a readable way to say "applied, emailed, claimed by a PD".
import type { ApplicantSnapshot, SnapshotContact, SnapshotProgram, SnapshotSeason } from "../../../lib/domain/snapshot";
import {
  DEFAULT_POLICY,
  type AdvocateKind,
  type ContactChannel,
  type ContactOutcome,
  type OfferStatus,
  type Policy,
  type ProgramTier,
  type TaskKind,
} from "../../../lib/domain/types";

/** Tuesday of Match Week 2026, 11:00 in New York (15:00 UTC, midnight in Tokyo). */
export const NOW = new Date("2026-03-17T15:00:00Z");

export const minutes = (m: number, from: Date = NOW) => new Date(from.getTime() + m * 60_000);

export function program(id: string, over: Partial<SnapshotProgram> = {}): SnapshotProgram {
  return {
    id,
    name: `Program ${id}`,
    specialty: "Internal Medicine",
    tier: "MID",
    setting: "COMMUNITY_ACADEMIC",
    positionType: "C",
    prefersEmail: false,
    ...over,
  };
}

export function catalog(count: number): Record<string, SnapshotProgram> {
  const programs: Record<string, SnapshotProgram> = {};
  for (let i = 1; i <= count; i++) programs[`p${i}`] = program(`p${i}`);
  return programs;
}

/** SOAP window of Match Week 2026 (EDT): Monday 11:00 to Thursday 18:00. */
export const SOAP_WINDOW: SnapshotSeason = {
  windowStartsAt: new Date("2026-03-16T15:00:00Z"),
  windowEndsAt: new Date("2026-03-19T22:00:00Z"),
  communicationMode: "PROGRAM_INITIATED",
};

export function baseSnapshot(over: Partial<ApplicantSnapshot> = {}): ApplicantSnapshot {
  return {
    applicantId: "app1",
    fullName: "Alex Rivera",
    aamcId: "12345678",
    degreeType: "US_MD",
    step2Score: 245,
    specialty: "Internal Medicine",
    redFlags: [],
    checklist: { phoneLoud: true, voicemailReady: true, erasUpdated: true, contactCurrent: true },
    targets: [],
    programs: catalog(60),
    contacts: [],
    claims: [],
    assignments: [],
    offers: [],
    overrides: [],
    tasks: [],
    interviews: [],
    season: null,
    policy: { ...DEFAULT_POLICY },
    timeZone: "America/New_York",
    cohortFacultyLoad: {},
    ...over,
  };
}

const ADVOCATE_NAMES: Record<string, string> = { adv1: "Dr. One", adv2: "Dr. Two", adv3: "Dr. Three" };

export class SnapshotBuilder {
  readonly s: ApplicantSnapshot;
  private clock = minutes(-600);

  constructor(over: Partial<ApplicantSnapshot> = {}) {
    this.s = baseSnapshot(over);
  }

  private tick(): Date {
    this.clock = minutes(1, this.clock);
    return this.clock;
  }

  policy(over: Partial<Policy>): this {
    this.s.policy = { ...this.s.policy, ...over };
    return this;
  }

  programOf(id: string, over: Partial<SnapshotProgram>): this {
    this.s.programs[id] = program(id, over);
    return this;
  }

  tier(id: string, tier: ProgramTier): this {
    return this.programOf(id, { ...this.s.programs[id], tier });
  }

  target(programId: string, applied = true): this {
    this.s.targets.push({
      programId,
      rank: this.s.targets.length + 1,
      priority: "SELF",
      appliedAt: applied ? this.tick() : null,
    });
    return this;
  }

  targets(count: number, applied = true, from = 1): this {
    for (let i = from; i < from + count; i++) this.target(`p${i}`, applied);
    return this;
  }

  contact(c: Partial<SnapshotContact> & { programId: string }): this {
    this.s.contacts.push({
      actorRole: "APPLICANT",
      actorUserId: "user-app1",
      advocateId: null,
      advocateKind: null,
      direction: "OUTBOUND",
      channel: "EMAIL",
      occurredAt: this.tick(),
      outcome: "SENT",
      ...c,
    });
    return this;
  }

  email(programId: string): this {
    return this.contact({ programId });
  }

  inbound(programId: string, outcome: ContactOutcome = "SPOKE", channel: ContactChannel = "PHONE"): this {
    return this.contact({ programId, direction: "INBOUND", channel, outcome });
  }

  advocateContact(programId: string, advocateId = "adv1", kind: AdvocateKind = "PROGRAM_DIRECTOR", channel: ContactChannel = "EMAIL", occurredAt?: Date): this {
    return this.contact({
      programId,
      actorRole: "ADVOCATE",
      actorUserId: `user-${advocateId}`,
      advocateId,
      advocateKind: kind,
      channel,
      ...(occurredAt ? { occurredAt } : {}),
    });
  }

  call(programId: string, occurredAt: Date): this {
    return this.contact({ programId, channel: "PHONE", outcome: "NO_ANSWER", occurredAt });
  }

  assign(advocateId = "adv1", kind: AdvocateKind = "PROGRAM_DIRECTOR", active = true): this {
    this.s.assignments.push({ advocateId, kind, active, name: ADVOCATE_NAMES[advocateId] ?? advocateId });
    return this;
  }

  claim(programId: string, advocateId = "adv1"): this {
    this.s.claims.push({ programId, advocateId, advocateName: ADVOCATE_NAMES[advocateId] ?? advocateId });
    return this;
  }

  /** Applied, emailed by the applicant, and claimed by an assigned advocate: ready for faculty. */
  ready(programId: string, advocateId = "adv1", kind: AdvocateKind = "PROGRAM_DIRECTOR"): this {
    if (!this.s.targets.some((t) => t.programId === programId)) this.target(programId);
    if (!this.s.assignments.some((a) => a.advocateId === advocateId)) this.assign(advocateId, kind);
    return this.email(programId).claim(programId, advocateId);
  }

  offer(id: string, programId: string, status: OfferStatus = "PENDING", respondBy: Date | null = null): this {
    this.s.offers.push({ id, programId, status, respondBy });
    return this;
  }

  override(id: string, ruleCode: string, programId: string | null = null, used = false): this {
    this.s.overrides.push({ id, ruleCode, programId, used });
    return this;
  }

  task(id: string, kind: TaskKind, dueAt: Date, programId: string | null = "p1", status: "OPEN" | "DONE" | "CANCELLED" = "OPEN", createdAt: Date = NOW): this {
    this.s.tasks.push({ id, kind, status, dueAt, programId, createdAt });
    return this;
  }

  /** A nudge about `programId` sent at `at`. */
  nudged(programId: string, at: Date): this {
    return this.task(`nudge-${programId}-${at.getTime()}`, "NUDGE", minutes(240, at), programId, "OPEN", at);
  }

  build(): ApplicantSnapshot {
    return this.s;
  }
}

export const given = (over: Partial<ApplicantSnapshot> = {}) => new SnapshotBuilder(over);

export const APPLICANT = { role: "APPLICANT" } as const;

export function advocate(advocateId = "adv1", kind: AdvocateKind = "PROGRAM_DIRECTOR", hasConnection = true) {
  return { role: "ADVOCATE" as const, advocateId, kind, hasConnection };
}

export function outboundEmail(programId: string) {
  return { programId, direction: "OUTBOUND" as const, channel: "EMAIL" as const, outcome: "SENT" as const };
}

export function outboundCall(programId: string) {
  return { programId, direction: "OUTBOUND" as const, channel: "PHONE" as const, outcome: "SPOKE" as const };
}
