// One way in: every server action and route handler is made by defineAction or defineRoute, so
// the list of entry points (and what guards each) is read off the code itself. An entry point
// written any other way, or a server action module outside app/, fails here.
import { describe, expect, it } from "vitest";
import { ACTIONS } from "@/lib/server/auth/policy";
import { findEntryExports, serverActionFiles, type FoundExport } from "../support/entry-points";

describe("entry points", () => {
  let found: FoundExport[];

  it("are found in app/: the route handlers and the server action modules", async () => {
    found = await findEntryExports();
    expect(found.map((f) => f.key)).toEqual(expect.arrayContaining(["app/api/health/route.ts#GET", "app/applicant/actions.ts#addTargetAction"]));
  });

  it("are each defined through defineAction (server actions) or defineRoute (route handlers)", () => {
    expect(found.filter((f) => f.entry?.kind !== f.kind).map((f) => f.key)).toEqual([]);
  });

  it("have unique names and guards from the can() table, signed-in or public", () => {
    const names = found.map((f) => f.entry!.name);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
    const known = new Set<string>([...ACTIONS, "signed-in", "public"]);
    expect(found.filter((f) => !known.has(f.entry!.guard)).map((f) => f.key)).toEqual([]);
  });

  it("public entry points are the sign-in and first-run ones only", () => {
    expect(
      found
        .filter((f) => f.entry!.guard === "public")
        .map((f) => f.entry!.name)
        .sort(),
    ).toEqual([
      "auth.get",
      "auth.post",
      "demo.reset",
      "demo.signIn",
      "health.check",
      "health.live",
      "health.ready",
      "invitations.accept",
      "setup.createSchool",
      "signIn.requestMagicLink",
      "signIn.singleSignOn",
    ]);
  });

  it("live in app/: no server action module elsewhere", () => {
    expect([...serverActionFiles("lib"), ...serverActionFiles("components")]).toEqual([]);
  });
});
