// Server action calls the HTTP front answers itself: which actions the bundle offers it (guarded
// ones, found by the id the build gives them; never a public one or one that needs Next.js's own
// request), how an offered action runs (with the actor and session the front read, in a scope that
// refreshes no page), and the answer's encoding, read back by React's own Flight client.
import { createRequire } from "node:module";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { Actor } from "@/lib/server/core/actor";
import { databaseUnavailable } from "@/lib/server/core/errors";
import { defineAction } from "@/lib/server/entry/define-action";
import { directCallFor, type DirectRequest } from "@/lib/server/entry/direct-calls";
import fc from "fast-check";
import { flight, reactFlight } from "@/lib/server/http/direct-action";
import { currentScope } from "@/lib/server/entry/scope";

const input = z.object({ note: z.string().min(1).optional() });
let ids = 0;

/** What the build does to an exported server action: gives it its id. */
function registered(action: object): string {
  const id = `7f${(++ids).toString(16).padStart(40, "0")}`;
  Object.defineProperty(action, "$$id", { value: id, configurable: true });
  return id;
}

const actor: Actor = { userId: "u-1", schoolId: "s-1", role: "DEAN", name: "Dean Rivera", applicantId: null, advocateId: null };
const request = (over: Partial<DirectRequest> = {}): DirectRequest => ({ actor: async () => actor, sessionToken: "token-1", ...over });

describe("the actions the front may call itself", () => {
  it("offers a guarded action under its entry point's name, found by the id the build gives it", () => {
    const action = defineAction({ name: "test.direct.offered", guard: "signed-in", input, run: async () => ({}) });
    const id = registered(action);
    expect(directCallFor(id)?.name).toBe("test.direct.offered");
    expect(directCallFor(`${id}0`)).toBeUndefined();
  });

  it("never offers a public action, nor one that works with Next.js's own request", () => {
    const open = defineAction({ name: "test.direct.public", guard: "public", input, run: async () => ({}) });
    const signOut = defineAction({ name: "test.direct.next", guard: "signed-in", input, nextRequest: true, run: async () => ({}) });
    expect(directCallFor(registered(open))).toBeUndefined();
    expect(directCallFor(registered(signOut))).toBeUndefined();
  });

  it("runs the action with the actor and session the front read, in a scope that refreshes no page", async () => {
    let seen: { userId: string; token: string | null | undefined; refresh: string } | undefined;
    const action = defineAction({
      name: "test.direct.run",
      guard: "signed-in",
      input,
      revalidate: "/dean",
      run: async (ctx) => {
        const scope = currentScope();
        let refresh = "refreshed";
        try {
          scope.revalidate("/dean");
        } catch (error) {
          refresh = (error as Error).message;
        }
        seen = { userId: ctx.actor!.userId, token: await scope.sessionToken?.(), refresh };
        return { data: "done" };
      },
    });
    const call = directCallFor(registered(action))!;
    expect(await call.call([{ note: "x" }], request())).toEqual({ ok: true, warnings: [], data: "done", refresh: true });
    expect(seen).toEqual({ userId: "u-1", token: "token-1", refresh: "A call answered by the HTTP front refreshes no page." });
  });

  it("answers as the action does for nobody signed in, an unreachable database and bad input", async () => {
    let ran = 0;
    const action = defineAction({
      name: "test.direct.refusals",
      guard: "signed-in",
      input,
      run: async () => {
        ran++;
        return {};
      },
    });
    const call = directCallFor(registered(action))!;
    expect(await call.call([{}], request({ actor: async () => null, sessionToken: null }))).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    const unreachable = await call.call([{}], request({ actor: async () => Promise.reject(databaseUnavailable(new Error("ECONNREFUSED"))) }));
    expect(unreachable).toMatchObject({ ok: false, code: "UNAVAILABLE" });
    expect(await call.call([{ note: "" }], request())).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(ran).toBe(0);
  });
});

describe("the answer's encoding", () => {
  interface Answer {
    a: Promise<unknown>;
    q: string;
    i: boolean;
    b: string;
  }
  const require = createRequire(import.meta.url);
  const client = require("next/dist/compiled/react-server-dom-turbopack/client.node") as {
    createFromNodeStream(stream: Readable, manifest: unknown): Promise<Answer>;
  };
  const read = (body: Buffer) => client.createFromNodeStream(Readable.from([body]), { moduleMap: {}, serverModuleMap: null, moduleLoading: null });

  it("is what Next.js answers for a call that refreshes no page, row for row", async () => {
    const body = await flight({ ok: true, warnings: [], refresh: true }, "build-1");
    // Tests load React's development build, which adds timing rows (":N…", "1:D…") production leaves out.
    const rows = body
      .toString("utf8")
      .split("\n")
      .filter((row) => row && !/^:N|^[0-9a-f]+:D/.test(row));
    expect(rows).toEqual(['0:{"a":"$@1","q":"","i":false,"b":"build-1"}', '1:{"ok":true,"warnings":[],"refresh":true}']);
  });

  it("reads back, through React's Flight client, as the result it was made from", async () => {
    const result = {
      ok: false as const,
      code: "RULE_REFUSED" as const,
      message: "$100 is not a program: ask the dean's office.",
      values: { summary: "$$ sign, \n a line, and “quotes”", empty: "" },
    };
    const answer = await read(await flight(result, "build-2"));
    expect(answer.b).toBe("build-2");
    expect(answer.q).toBe("");
    expect(answer.i).toBe(false);
    expect(await answer.a).toEqual(result);
  });

  // Strings that look like Flight's own references must come back as the same strings.
  const text = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ maxLength: 40 }).map((s) => `$${s}`),
    fc.constantFrom("$", "$$", "$@1", "$undefined", "$D2026-03-16T14:00:00.000Z", "$n12", "$-0", "$Infinity", "\u2028", "é"),
  );
  const plain = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: "small" },
      text,
      fc.boolean(),
      fc.constant(null),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
      fc.array(tie("value"), { maxLength: 4 }),
      fc.dictionary(text, tie("value"), { maxKeys: 4, noNullPrototype: true }),
    ),
  })).value;
  const dev = (body: Buffer) =>
    body
      .toString("utf8")
      .split("\n")
      .filter((row) => row && !/^:N|^[0-9a-f]+:D/.test(row));

  it("writes plain JSON results row for row as React does, and reads them back the same", async () => {
    await fc.assert(
      fc.asyncProperty(plain, text, async (data, message) => {
        const result = { ok: true as const, warnings: [], message, data };
        const ours = await flight(result, "build-3");
        expect(dev(ours)).toEqual(dev(await reactFlight(result, "build-3")));
        expect(await (await read(ours)).a).toEqual(result);
      }),
      { numRuns: 300, seed: 20261208 },
    );
  });

  it("leaves what JSON cannot hold to React: a Date, undefined, -0, a long nesting", async () => {
    const at = new Date("2026-03-16T14:00:00Z");
    let deep: unknown = "bottom";
    for (let i = 0; i < 40; i++) deep = [deep];
    for (const data of [{ at }, { gone: undefined }, { zero: -0 }, [1, , 3], deep]) {
      const result = { ok: true as const, warnings: [], data };
      const body = await flight(result, "build-4");
      expect(dev(body)).toEqual(dev(await reactFlight(result, "build-4")));
      expect(await (await read(body)).a).toEqual(result);
    }
  });
});
