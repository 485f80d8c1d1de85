// Plays random action sequences through the deciders, applying only what they allow, the way the
// server would. The property tests then check the recorded history for broken invariants.
import fc from "fast-check";
import type { ApplicantSnapshot } from "../../../lib/domain/snapshot";
import type { Decision } from "../../../lib/domain/rules/decision";
import { decideAddTarget } from "../../../lib/domain/rules/decide/add-target";
import { decideAssignAdvocate } from "../../../lib/domain/rules/decide/assign-advocate";
import { decideClaim } from "../../../lib/domain/rules/decide/claim";
import { decideLogContact, type ContactActor } from "../../../lib/domain/rules/decide/log-contact";
import { decideMarkApplied } from "../../../lib/domain/rules/decide/mark-applied";
import { decideRecordOffer } from "../../../lib/domain/rules/decide/record-offer";
import { decideRelease } from "../../../lib/domain/rules/decide/release";
import { decideRespondToOffer, effectsOfAcceptance } from "../../../lib/domain/rules/decide/respond-to-offer";
import { decideUnassignAdvocate, effectsOfUnassign } from "../../../lib/domain/rules/decide/unassign-advocate";
import { tasksAfterContact } from "../../../lib/domain/rules/tasks";
import type { AdvocateKind, ContactChannel, ContactOutcome } from "../../../lib/domain/types";
import { DEFAULT_POLICY } from "../../../lib/domain/types";
import { SOAP_WINDOW, baseSnapshot, catalog, program } from "./builders";

export const ADVOCATES: { id: string; kind: AdvocateKind }[] = [
  { id: "pd", kind: "PROGRAM_DIRECTOR" },
  { id: "dean", kind: "DEAN" },
  { id: "res", kind: "RESIDENT" },
  { id: "att", kind: "ATTENDING_LIMITED_CONTACT" },
  { id: "mom", kind: "FAMILY" },
  { id: "chair", kind: "CHAIR" },
];

export type Action =
  | { type: "add"; p: number }
  | { type: "apply"; p: number }
  | { type: "own"; p: number; channel: ContactChannel }
  | { type: "advocate"; a: number; p: number; channel: ContactChannel }
  | { type: "inbound"; p: number; outcome: ContactOutcome }
  | { type: "assign"; a: number }
  | { type: "unassign"; a: number }
  | { type: "claim"; a: number; p: number }
  | { type: "release"; a: number; p: number }
  | { type: "offer"; p: number }
  | { type: "respond"; o: number; accept: boolean }
  | { type: "wait"; minutes: number }
  // Index-based variants resolved against the current state, so sequences go deep instead of
  // bouncing off "not on the list" most of the time.
  | { type: "applyNth"; n: number }
  | { type: "ownNth"; n: number; channel: ContactChannel }
  | { type: "claimNth"; a: number; n: number }
  | { type: "advocateOnClaim"; n: number; channel: ContactChannel };

// Few programs, so random actions keep hitting the same ones and reach the caps.
const PROGRAMS = 12;
const p = fc.integer({ min: 1, max: PROGRAMS });
const a = fc.integer({ min: 0, max: ADVOCATES.length - 1 });
const channel = fc.constantFrom<ContactChannel>("EMAIL", "PHONE", "VOICEMAIL", "VIDEO");

export const actionArb: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: p.map((p) => ({ type: "add" as const, p })) },
  { weight: 4, arbitrary: p.map((p) => ({ type: "apply" as const, p })) },
  { weight: 4, arbitrary: fc.record({ type: fc.constant("own" as const), p, channel }) },
  { weight: 6, arbitrary: fc.record({ type: fc.constant("advocate" as const), a, p, channel }) },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant("inbound" as const),
      p,
      outcome: fc.constantFrom<ContactOutcome>("SPOKE", "SPOKE", "INTERVIEW_OFFERED", "LEFT_VOICEMAIL", "DECLINED"),
    }),
  },
  { weight: 2, arbitrary: a.map((a) => ({ type: "assign" as const, a })) },
  { weight: 1, arbitrary: a.map((a) => ({ type: "unassign" as const, a })) },
  { weight: 4, arbitrary: fc.record({ type: fc.constant("claim" as const), a, p }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant("release" as const), a, p }) },
  { weight: 2, arbitrary: p.map((p) => ({ type: "offer" as const, p })) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant("respond" as const), o: fc.nat(5), accept: fc.boolean() }) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 24 * 60 }).map((minutes) => ({ type: "wait" as const, minutes })) },
  { weight: 4, arbitrary: fc.nat(30).map((n) => ({ type: "applyNth" as const, n })) },
  { weight: 6, arbitrary: fc.record({ type: fc.constant("ownNth" as const), n: fc.nat(30), channel }) },
  { weight: 6, arbitrary: fc.record({ type: fc.constant("claimNth" as const), a, n: fc.nat(30) }) },
  { weight: 10, arbitrary: fc.record({ type: fc.constant("advocateOnClaim" as const), n: fc.nat(30), channel }) },
);

type Concrete = Exclude<Action, { type: "applyNth" | "ownNth" | "claimNth" | "advocateOnClaim" }>;

function resolve(s: ApplicantSnapshot, action: Action): Concrete {
  const nth = <T>(items: readonly T[], n: number): T | undefined => (items.length ? items[n % items.length] : undefined);
  const num = (programId: string | undefined) => Number((programId ?? "p1").slice(1));
  switch (action.type) {
    case "applyNth":
      return { type: "apply", p: num(nth(s.targets, action.n)?.programId) };
    case "ownNth":
      return { type: "own", p: num(nth(s.targets, action.n)?.programId), channel: action.channel };
    case "claimNth":
      return { type: "claim", a: action.a, p: num(nth(s.targets, action.n)?.programId) };
    case "advocateOnClaim": {
      const claim = nth(s.claims, action.n);
      const a = Math.max(
        0,
        ADVOCATES.findIndex((x) => x.id === claim?.advocateId),
      );
      return { type: "advocate", a, p: num(claim?.programId), channel: action.channel };
    }
    default:
      return action;
  }
}

export interface World {
  start: Date;
  seasonOn: boolean;
  policy: Partial<typeof DEFAULT_POLICY>;
  /** advocate index -> program numbers where a Connection exists. */
  connections: boolean[][];
  actions: Action[];
}

export const worldArb: fc.Arbitrary<World> = fc.record({
  // From Saturday before Match Week to the Friday after, so the window opens and closes mid-run.
  start: fc.date({ min: new Date("2026-03-14T00:00:00Z"), max: new Date("2026-03-20T00:00:00Z"), noInvalidDate: true }),
  seasonOn: fc.boolean(),
  policy: fc.record({
    facultyContactCap: fc.integer({ min: 1, max: 4 }),
    maxApplications: fc.integer({ min: 1, max: PROGRAMS }),
    maxActiveAdvocates: fc.integer({ min: 1, max: 3 }),
    maxResidentContacts: fc.integer({ min: 0, max: 2 }),
    callsPerProgramPerDay: fc.integer({ min: 1, max: 2 }),
    allowFacultyEmailWithoutTie: fc.boolean(),
  }),
  connections: fc.array(fc.array(fc.boolean(), { minLength: PROGRAMS + 1, maxLength: PROGRAMS + 1 }), {
    minLength: ADVOCATES.length,
    maxLength: ADVOCATES.length,
  }),
  actions: fc.array(actionArb, { minLength: 40, maxLength: 250, size: "max" }),
});

export interface Step {
  action: Concrete;
  at: Date;
  decision: Decision;
  /** Whether an offer had been accepted before this step. */
  acceptedBefore: boolean;
}

export function simulate(world: World): { s: ApplicantSnapshot; steps: Step[] } {
  const s = baseSnapshot({
    programs: { ...catalog(PROGRAMS), p3: program("p3", { prefersEmail: true }), p7: program("p7", { prefersEmail: true }) },
    season: world.seasonOn ? SOAP_WINDOW : null,
    policy: { ...DEFAULT_POLICY, ...world.policy },
  });
  let now = world.start;
  let offerSeq = 0;
  const steps: Step[] = [];
  const pid = (n: number) => `p${n}`;
  for (const raw of world.actions) {
    const action = resolve(s, raw);
    const acceptedBefore = s.offers.some((o) => o.status === "ACCEPTED");
    const decision = decide(s, action, now, world);
    steps.push({ action, at: now, decision, acceptedBefore });
    if (!decision.ok) continue;
    for (const id of decision.usedOverrideIds) {
      const o = s.overrides.find((x) => x.id === id);
      if (o) o.used = true;
    }
    switch (action.type) {
      case "add":
        s.targets.push({ programId: pid(action.p), rank: s.targets.length + 1, priority: "SELF", appliedAt: null });
        break;
      case "apply": {
        const t = s.targets.find((x) => x.programId === pid(action.p));
        if (t) t.appliedAt = now;
        break;
      }
      case "own":
      case "advocate":
      case "inbound": {
        const adv = action.type === "advocate" ? ADVOCATES[action.a] : undefined;
        const contact = {
          programId: pid(action.p),
          actorRole: adv ? ("ADVOCATE" as const) : ("APPLICANT" as const),
          actorUserId: adv ? adv.id : "applicant",
          advocateId: adv ? adv.id : null,
          advocateKind: adv ? adv.kind : null,
          direction: action.type === "inbound" ? ("INBOUND" as const) : ("OUTBOUND" as const),
          channel: action.type === "inbound" ? "PHONE" : action.channel,
          occurredAt: now,
          outcome: action.type === "inbound" ? action.outcome : ("SENT" as const),
        };
        for (const t of tasksAfterContact(s, contact, now)) {
          s.tasks.push({ id: `t${s.tasks.length}`, kind: t.kind, status: "OPEN", dueAt: t.dueAt, programId: t.programId, createdAt: now });
        }
        s.contacts.push(contact);
        break;
      }
      case "assign": {
        const adv = ADVOCATES[action.a]!;
        const existing = s.assignments.find((x) => x.advocateId === adv.id);
        if (existing) existing.active = true;
        else s.assignments.push({ advocateId: adv.id, kind: adv.kind, active: true, name: adv.id });
        break;
      }
      case "unassign": {
        const adv = ADVOCATES[action.a]!;
        const release = new Set(effectsOfUnassign(s, adv.id).releaseProgramIds);
        s.claims = s.claims.filter((c) => !(c.advocateId === adv.id && release.has(c.programId)));
        for (const x of s.assignments) if (x.advocateId === adv.id) x.active = false;
        break;
      }
      case "claim": {
        const adv = ADVOCATES[action.a]!;
        s.claims.push({ programId: pid(action.p), advocateId: adv.id, advocateName: adv.id });
        break;
      }
      case "release": {
        const adv = ADVOCATES[action.a]!;
        s.claims = s.claims.filter((c) => !(c.advocateId === adv.id && c.programId === pid(action.p)));
        break;
      }
      case "offer":
        s.offers.push({ id: `o${offerSeq++}`, programId: pid(action.p), status: "PENDING" });
        break;
      case "respond": {
        const offer = s.offers[action.o];
        if (!offer) break;
        if (action.accept) {
          const effects = effectsOfAcceptance(s, offer.id);
          for (const t of s.tasks) if (effects.cancelTaskIds.includes(t.id)) t.status = "CANCELLED";
          for (const o of s.offers) if (effects.rejectOfferIds.includes(o.id)) o.status = "REJECTED";
        }
        offer.status = action.accept ? "ACCEPTED" : "REJECTED";
        break;
      }
      case "wait":
        now = new Date(now.getTime() + action.minutes * 60_000);
        break;
    }
  }
  return { s, steps };
}

function decide(s: ApplicantSnapshot, action: Concrete, now: Date, world: World): Decision {
  const pid = (n: number) => `p${n}`;
  const connected = (a: number, p: number) => world.connections[a]?.[p] ?? false;
  switch (action.type) {
    case "add":
      return decideAddTarget(s, { programId: pid(action.p) }, now, "APPLICANT");
    case "apply":
      return decideMarkApplied(s, { programId: pid(action.p) }, now, "APPLICANT");
    case "own":
      return decideLogContact(
        s,
        { actor: { role: "APPLICANT" }, programId: pid(action.p), direction: "OUTBOUND", channel: action.channel, outcome: "SENT" },
        now,
      );
    case "advocate": {
      const adv = ADVOCATES[action.a]!;
      const actor: ContactActor = { role: "ADVOCATE", advocateId: adv.id, kind: adv.kind, hasConnection: connected(action.a, action.p) };
      return decideLogContact(s, { actor, programId: pid(action.p), direction: "OUTBOUND", channel: action.channel, outcome: "SENT" }, now);
    }
    case "inbound":
      return decideLogContact(
        s,
        { actor: { role: "APPLICANT" }, programId: pid(action.p), direction: "INBOUND", channel: "PHONE", outcome: action.outcome },
        now,
      );
    case "assign": {
      const adv = ADVOCATES[action.a]!;
      return decideAssignAdvocate(s, { advocateId: adv.id, kind: adv.kind }, now);
    }
    case "unassign":
      return decideUnassignAdvocate(s, { advocateId: ADVOCATES[action.a]!.id });
    case "claim": {
      const adv = ADVOCATES[action.a]!;
      return decideClaim(s, { advocateId: adv.id, advocateKind: adv.kind, hasConnection: connected(action.a, action.p) }, pid(action.p), now);
    }
    case "release":
      return decideRelease(s, { role: "ADVOCATE", advocateId: ADVOCATES[action.a]!.id }, pid(action.p));
    case "offer":
      return decideRecordOffer(s, { programId: pid(action.p) }, now, "APPLICANT");
    case "respond": {
      const offer = s.offers[action.o];
      return decideRespondToOffer(s, offer?.id ?? "none", action.accept ? "ACCEPT" : "REJECT", now, "APPLICANT");
    }
    case "wait":
      return { ok: true, warnings: [], usedOverrideIds: [] };
  }
}
