import { describe, expect, it } from "vitest";
import { decideRelease } from "../../../lib/domain/rules/decide/release";
import { effectsOfRemoveTarget } from "../../../lib/domain/rules/decide/remove-target";
import { decideReorderTargets } from "../../../lib/domain/rules/decide/reorder-targets";
import { RULE_CATALOG } from "../../../lib/domain/rules/catalog";
import { given } from "./builders";

describe("reordering the target list", () => {
  const s = given().target("p1").target("p2").target("p3").build();

  it("accepts any order of exactly the listed programs", () => {
    expect(decideReorderTargets(s, ["p3", "p1", "p2"], "APPLICANT")).toMatchObject({ ok: true });
    expect(decideReorderTargets(s, ["p1", "p2", "p3"], "APPLICANT")).toMatchObject({ ok: true });
  });

  it("refuses an order from a stale page: a program missing, added or repeated", () => {
    for (const order of [
      ["p1", "p2"],
      ["p1", "p2", "p3", "p4"],
      ["p1", "p2", "p4"],
    ]) {
      expect(decideReorderTargets(s, order, "APPLICANT")).toMatchObject({
        ok: false,
        code: "LIST_CHANGED",
        reason: RULE_CATALOG.LIST_CHANGED.applicant?.reason,
        next: "Reload the page and try again.",
      });
    }
    expect(decideReorderTargets(s, ["p1", "p1", "p2"], "APPLICANT")).toMatchObject({ ok: false, code: "LIST_CHANGED", reason: expect.stringMatching(/twice/) });
  });
});

describe("removing a target", () => {
  it("releases the claim on that program only", () => {
    const s = given().target("p1").target("p2").assign("adv1").assign("adv2").claim("p1", "adv1").claim("p2", "adv2").build();
    expect(effectsOfRemoveTarget(s, "p1")).toEqual({ releaseProgramIds: ["p1"] });
  });

  it("releases nothing when nobody holds the program", () => {
    const s = given().target("p1").target("p2").assign("adv1").claim("p2", "adv1").build();
    expect(effectsOfRemoveTarget(s, "p1")).toEqual({ releaseProgramIds: [] });
  });
});

describe("releasing a claim", () => {
  const s = given().target("p1").target("p2").assign("adv1").assign("adv2").claim("p1", "adv1").build();

  it("lets the holder release their own claim, and no other advocate", () => {
    expect(decideRelease(s, { role: "ADVOCATE", advocateId: "adv1" }, "p1")).toMatchObject({ ok: true });
    const refused = decideRelease(s, { role: "ADVOCATE", advocateId: "adv2" }, "p1");
    expect(refused).toMatchObject({ ok: false, code: "NOT_CLAIM_HOLDER", reason: expect.stringMatching(/Dr\. One holds Program p1, not you/) });
  });

  it("lets the dean's office release anyone's claim", () => {
    expect(decideRelease(s, { role: "DEAN" }, "p1")).toMatchObject({ ok: true });
  });

  it("refuses a release when nobody holds the program, whoever asks", () => {
    for (const actor of [{ role: "DEAN" as const }, { role: "ADVOCATE" as const, advocateId: "adv1" }]) {
      expect(decideRelease(s, actor, "p2")).toMatchObject({ ok: false, code: "NOT_CLAIM_HOLDER", reason: expect.stringMatching(/Nobody holds Program p2/) });
    }
  });
});
