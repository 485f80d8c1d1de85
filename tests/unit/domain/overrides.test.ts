import { describe, expect, it } from "vitest";
import { decideAssignAdvocate } from "../../../lib/domain/rules/decide/assign-advocate";
import { decideClaim } from "../../../lib/domain/rules/decide/claim";
import { decideLogContact } from "../../../lib/domain/rules/decide/log-contact";
import { decideMarkApplied } from "../../../lib/domain/rules/decide/mark-applied";
import { NOW, advocate, given, outboundCall, outboundEmail } from "./builders";

const noTie = { advocateId: "adv1", advocateKind: "CHAIR" as const, hasConnection: false };

describe("dean overrides", () => {
  it("lets an overridable refusal through once and names the override used", () => {
    const s = given().assign("adv1").assign("adv2").override("ov1", "ADVOCATE_CAP_REACHED").build();
    const d = decideAssignAdvocate(s, { advocateId: "adv3", kind: "DEAN" }, NOW);
    expect(d).toMatchObject({ ok: true, usedOverrideIds: ["ov1"] });
    if (d.ok) expect(d.warnings.map((w) => w.code)).toContain("OVERRIDDEN");
  });

  it("does not reuse a used override", () => {
    const s = given().assign("adv1").assign("adv2").override("ov1", "ADVOCATE_CAP_REACHED", null, true).build();
    expect(decideAssignAdvocate(s, { advocateId: "adv3", kind: "DEAN" }, NOW)).toMatchObject({ ok: false, code: "ADVOCATE_CAP_REACHED" });
  });

  it("applies a program override only to its program", () => {
    const s = given().target("p1").target("p2").assign("adv1").override("ov1", "NO_CONNECTION", "p1").build();
    expect(decideClaim(s, noTie, "p1", NOW)).toMatchObject({ ok: true, usedOverrideIds: ["ov1"] });
    expect(decideClaim(s, noTie, "p2", NOW)).toMatchObject({ ok: false, code: "NO_CONNECTION" });
  });

  it("never overrides an NRMP rule", () => {
    const s = given().targets(45).target("p46", false).override("ov1", "APPLICATION_CAP_REACHED").build();
    expect(decideMarkApplied(s, { programId: "p46" }, NOW, "APPLICANT")).toMatchObject({ ok: false, code: "APPLICATION_CAP_REACHED" });
  });

  it("lets a faculty contact through on an APPLICANT_EMAIL_FIRST override", () => {
    const s = given().target("p1").assign("adv1").claim("p1").override("ov1", "APPLICANT_EMAIL_FIRST", "p1").build();
    expect(decideLogContact(s, { actor: advocate(), ...outboundEmail("p1") }, NOW)).toMatchObject({ ok: true, usedOverrideIds: ["ov1"] });
  });

  it("still checks the rules after an overridden one", () => {
    const s = given().programOf("p1", { prefersEmail: true }).target("p1").assign("adv1").claim("p1").override("ov1", "APPLICANT_EMAIL_FIRST", "p1").build();
    expect(decideLogContact(s, { actor: advocate(), ...outboundCall("p1") }, NOW)).toMatchObject({ ok: false, code: "PREFERS_EMAIL" });
  });

  it("a claim made on a NO_CONNECTION override also covers the contact", () => {
    const s = given().ready("p1").override("ov1", "NO_CONNECTION", "p1", true).build();
    expect(decideLogContact(s, { actor: advocate("adv1", "PROGRAM_DIRECTOR", false), ...outboundCall("p1") }, NOW)).toMatchObject({ ok: true });
  });

  it("without a tie, a school that allows it permits faculty email but not calls", () => {
    const s = given().policy({ allowFacultyEmailWithoutTie: true }).ready("p1").build();
    const actor = advocate("adv1", "PROGRAM_DIRECTOR", false);
    expect(decideClaim(given().policy({ allowFacultyEmailWithoutTie: true }).target("p1").assign("adv1").build(), noTie, "p1", NOW)).toMatchObject({
      ok: true,
      warnings: [expect.objectContaining({ code: "IMG_NO_TIE" })],
    });
    expect(decideLogContact(s, { actor, ...outboundEmail("p1") }, NOW)).toMatchObject({ ok: true });
    expect(decideLogContact(s, { actor, ...outboundCall("p1") }, NOW)).toMatchObject({ ok: false, code: "NO_CONNECTION" });
  });
});
