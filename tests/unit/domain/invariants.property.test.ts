// Invariants of the outreach rules over random action sequences: whatever the order of requests, the
// history the rules let through never breaks the order, the caps, the claims or an acceptance.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { modeAt } from "../../../lib/domain/rules/communication-mode";
import { dayKey } from "../../../lib/domain/snapshot-queries";
import { decideLogContact } from "../../../lib/domain/rules/decide/log-contact";
import { facultyProgramIds } from "../../../lib/domain/snapshot-queries";
import { NOW, SOAP_WINDOW, given } from "./builders";
import { simulate, worldArb } from "./simulator";

const RUNS = { numRuns: 300 };

describe("invariants over random sequences", () => {
  it("no outreach before the application, and no faculty contact before the applicant's email", () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const { s } = simulate(world);
        s.contacts.forEach((c, i) => {
          if (c.direction !== "OUTBOUND") return;
          const applied = s.targets.find((t) => t.programId === c.programId)?.appliedAt;
          expect(applied).toBeTruthy();
          expect(applied!.getTime()).toBeLessThanOrEqual(c.occurredAt.getTime());
          if (c.actorRole === "ADVOCATE") {
            const earlier = s.contacts.slice(0, i);
            expect(earlier.some((e) => e.programId === c.programId && e.actorRole === "APPLICANT" && e.direction === "OUTBOUND" && e.channel === "EMAIL")).toBe(
              true,
            );
          }
        });
      }),
      RUNS,
    );
  });

  it("honours program-initiated mode: no outbound in the window before the program reached out", () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const { s } = simulate({ ...world, seasonOn: true });
        s.contacts.forEach((c, i) => {
          if (c.direction !== "OUTBOUND" || modeAt(SOAP_WINDOW, c.occurredAt) !== "PROGRAM_INITIATED") return;
          const programReached =
            s.contacts.slice(0, i).some((e) => e.direction === "INBOUND" && e.programId === c.programId) || s.offers.some((o) => o.programId === c.programId);
          expect(programReached).toBe(true);
        });
      }),
      RUNS,
    );
  });

  it("never exceeds a cap", () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const { s } = simulate(world);
        const { policy } = s;
        const outbound = s.contacts.filter((c) => c.direction === "OUTBOUND");
        const faculty = new Set(outbound.filter((c) => c.actorRole === "ADVOCATE" && c.advocateKind !== "RESIDENT").map((c) => c.programId));
        expect(faculty.size).toBeLessThanOrEqual(policy.facultyContactCap);
        expect(s.targets.filter((t) => t.appliedAt).length).toBeLessThanOrEqual(policy.maxApplications);
        const residents = outbound.filter((c) => c.advocateKind === "RESIDENT");
        expect(residents.length).toBeLessThanOrEqual(policy.maxResidentContacts);
        expect(new Set(residents.map((c) => c.programId)).size).toBe(residents.length);
        expect(s.assignments.filter((x) => x.active).length).toBeLessThanOrEqual(policy.maxActiveAdvocates);
        const calls = new Map<string, number>();
        for (const c of outbound) {
          if (c.channel !== "PHONE" && c.channel !== "VOICEMAIL") continue;
          expect(s.programs[c.programId]?.prefersEmail).toBe(false);
          const key = `${c.programId}/${dayKey(c.occurredAt, s.timeZone)}`;
          calls.set(key, (calls.get(key) ?? 0) + 1);
        }
        for (const n of calls.values()) expect(n).toBeLessThanOrEqual(policy.callsPerProgramPerDay);
      }),
      RUNS,
    );
  });

  it("keeps one claim per applicant and program, held by an advocate who was assigned", () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const { s } = simulate(world);
        const programs = s.claims.map((c) => c.programId);
        expect(new Set(programs).size).toBe(programs.length);
        for (const c of s.claims) expect(s.assignments.some((x) => x.advocateId === c.advocateId && x.active)).toBe(true);
        expect(s.offers.filter((o) => o.status === "ACCEPTED").length).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
  });

  it("allows nothing but facts and clean-up after an accepted offer", () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const { s, steps } = simulate(world);
        for (const step of steps) {
          if (!step.acceptedBefore || !step.decision.ok) continue;
          // Recording an inbound call, releasing, unassigning, declining leftovers and waiting stay possible.
          const fine =
            step.action.type === "inbound" ||
            step.action.type === "release" ||
            step.action.type === "unassign" ||
            step.action.type === "wait" ||
            (step.action.type === "respond" && !step.action.accept);
          expect(fine, JSON.stringify(step.action)).toBe(true);
        }
        if (s.offers.some((o) => o.status === "ACCEPTED")) {
          const acceptedAt = steps.find((st) => st.action.type === "respond" && st.action.accept && st.decision.ok)?.at;
          expect(acceptedAt).toBeDefined();
        }
      }),
      RUNS,
    );
  });

  it("never lets a refused kind of advocate in", () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const { s } = simulate(world);
        expect(s.assignments.some((x) => x.kind === "FAMILY")).toBe(false);
        expect(s.contacts.some((c) => c.advocateKind === "FAMILY")).toBe(false);
      }),
      RUNS,
    );
  });

  // Random sequences rarely get many programs to the faculty stage, so the cap gets a focused run:
  // every program is ready for faculty, and two advocates fire contacts at random ones.
  it("never lets faculty reach more programs than the cap, repeats included", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.record({ p: fc.integer({ min: 1, max: 12 }), pd: fc.boolean() }), { minLength: 1, maxLength: 60 }),
        (cap, contacts) => {
          const b = given().policy({ facultyContactCap: cap });
          for (let i = 1; i <= 12; i++) b.ready(`p${i}`, i % 2 ? "adv1" : "adv2", "PROGRAM_DIRECTOR");
          const s = b.build();
          for (const { p } of contacts) {
            const programId = `p${p}`;
            const holder = p % 2 ? "adv1" : "adv2";
            const before = facultyProgramIds(s);
            const d = decideLogContact(
              s,
              {
                actor: { role: "ADVOCATE", advocateId: holder, kind: "PROGRAM_DIRECTOR", hasConnection: true },
                programId,
                direction: "OUTBOUND",
                channel: "EMAIL",
                outcome: "SENT",
              },
              NOW,
            );
            if (before.has(programId)) {
              expect(d.ok).toBe(true);
            }
            if (d.ok)
              s.contacts.push({
                programId,
                actorRole: "ADVOCATE",
                actorUserId: holder,
                advocateId: holder,
                advocateKind: "PROGRAM_DIRECTOR",
                direction: "OUTBOUND",
                channel: "EMAIL",
                occurredAt: NOW,
                outcome: "SENT",
              });
            else expect(d).toMatchObject({ code: "FACULTY_CAP_REACHED" });
            expect(facultyProgramIds(s).size).toBeLessThanOrEqual(cap);
          }
        },
      ),
      RUNS,
    );
  });
});
