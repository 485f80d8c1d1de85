// The can() table as a matrix: each role, an applicant acting on someone else's record, and an
// advocate assigned or not assigned to the applicant, against every action. A new action without
// a row here fails the completeness test. Then every entry point of app/ (read off the code): each
// admits only the role whose screens it lives under, so the table granting an action to the
// applicant for her own screens never opens the advocate's entry points to her.
import { beforeAll, describe, expect, it } from "vitest";
import { ACTIONS, authorizeScreen, can, rolesGranted, type Action } from "@/lib/server/auth/policy";
import type { Actor } from "@/lib/server/core/actor";
import { AppError } from "@/lib/server/core/errors";
import { findEntryExports, screenRole, type FoundExport } from "../support/entry-points";

const applicant: Actor = { userId: "u-app", schoolId: "s1", role: "APPLICANT", name: "A", applicantId: "app-1", advocateId: null };
const advocate: Actor = { userId: "u-adv", schoolId: "s1", role: "ADVOCATE", name: "B", applicantId: null, advocateId: "adv-1" };
const dean: Actor = { userId: "u-dean", schoolId: "s1", role: "DEAN", name: "C", applicantId: null, advocateId: null };

// [own applicant, applicant on another applicant's record, assigned advocate, unassigned advocate, dean]
type Row = [boolean, boolean, boolean, boolean, boolean];
const EXPECTED: Partial<Record<Action, Row>> = {
  "target.add": [true, false, false, false, false],
  "target.remove": [true, false, false, false, false],
  "target.markApplied": [true, false, false, false, false],
  "contact.log": [true, false, true, false, false],
  "claim.create": [false, false, true, false, false],
  "claim.release": [false, false, true, false, true],
  "assignment.create": [false, false, false, false, true],
  "assignment.end": [false, false, false, false, true],
  "offer.record": [true, false, false, false, true],
  "offer.respond": [true, false, false, false, false],
  "override.create": [false, false, false, false, true],
  "task.complete": [true, false, false, false, false],
  "workspace.view": [true, false, false, false, false],
  "advocate.home.view": [false, false, true, true, false],
  "dashboard.view": [false, false, false, false, true],
  "invitation.create": [false, false, false, false, true],
  "invitation.list": [false, false, false, false, true],
  "checklist.update": [true, false, false, false, false],
  "profile.update": [true, false, false, false, false],
  "narrative.save": [true, false, true, false, false],
  "target.reorder": [true, false, false, false, false],
  "target.setPriority": [true, false, false, false, false],
  "catalog.view": [true, false, false, false, true],
  "interview.view": [true, false, false, false, false],
  "interview.record": [true, false, false, false, false],
  "timeline.view": [true, false, false, false, false],
  "nudge.create": [false, false, true, false, false],
  "connection.manage": [false, false, true, true, false],
  "advocate.applicant.view": [false, false, true, false, false],
  "programs.import": [false, false, false, false, true],
  "settings.update": [false, false, false, false, true],
  "applicant.export": [false, false, false, false, true],
};

describe("can()", () => {
  it("has an expected row for every action", () => {
    expect(ACTIONS.filter((action) => !(action in EXPECTED))).toEqual([]);
  });

  it.each(Object.entries(EXPECTED) as [Action, Row][])("%s", (action, [own, others, assigned, unassigned, dn]) => {
    expect(can(applicant, action, { applicantId: "app-1" })).toBe(own);
    expect(can(applicant, action, { applicantId: "app-2" })).toBe(others);
    expect(can(advocate, action, { applicantId: "app-1", activeAdvocateIds: ["adv-9", "adv-1"] })).toBe(assigned);
    expect(can(advocate, action, { applicantId: "app-1", activeAdvocateIds: ["adv-9"] })).toBe(unassigned);
    expect(can(dean, action, { applicantId: "app-1" })).toBe(dn);
  });
});

/** Whether the entry point's own gate lets `actor` through (the table is asked after it). */
function entersScreen(actor: Actor, found: FoundExport): boolean {
  try {
    authorizeScreen(actor, found.entry!.guard as Action, found.entry!.roles);
    return true;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("FORBIDDEN");
    return false;
  }
}

describe("entry points guarded by the table", () => {
  let guarded: FoundExport[];
  beforeAll(async () => {
    guarded = (await findEntryExports()).filter((f) => (ACTIONS as readonly string[]).includes(f.entry?.guard ?? ""));
  });

  it("each live under one role's screens (app/applicant, app/advocate, app/dean) and serve that role alone", () => {
    expect(guarded.length).toBeGreaterThan(30);
    const served = guarded.map((f) => ({ entry: f.key, roles: f.entry!.roles }));
    expect(served).toEqual(guarded.map((f) => ({ entry: f.key, roles: [screenRole(f.file)] })));
  });

  it("each serve a role the table grants their action to", () => {
    const dead = guarded.filter((f) => f.entry!.roles.some((role) => !rolesGranted(f.entry!.guard as Action).includes(role)));
    expect(dead.map((f) => f.key)).toEqual([]);
  });

  it("refuse the applicant at every advocate entry point, even where the table grants her the action on her own record", () => {
    const advocates = guarded.filter((f) => screenRole(f.file) === "ADVOCATE");
    expect(advocates.map((f) => f.entry!.name)).toEqual(expect.arrayContaining(["contacts.logByAdvocate", "narratives.saveByAdvocate"]));
    expect(advocates.filter((f) => entersScreen(applicant, f)).map((f) => f.key)).toEqual([]);
  });

  it("refuse every role but their screens' own", () => {
    for (const found of guarded)
      for (const actor of [applicant, advocate, dean])
        expect({ entry: found.key, role: actor.role, enters: entersScreen(actor, found) }).toEqual({
          entry: found.key,
          role: actor.role,
          enters: actor.role === screenRole(found.file),
        });
  });
});
