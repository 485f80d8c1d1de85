// How a server action's answer refreshes the page: a form submission (useActionState, or a
// browser without JavaScript) gets the refreshed page in the same answer; a call from an event
// handler gets its result alone, marked for the browser to fetch the page afresh, so a write is
// acknowledged without a re-render of the whole workspace. Read-only actions refresh nothing.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { Db } from "@/lib/server/core/db";
import { defineAction } from "@/lib/server/entry/define-action";
import { runInScope, type EntryScope } from "@/lib/server/entry/scope";
import { ManualClock } from "@/lib/server/core/clock";

const input = z.object({ note: z.string().min(1) });
const write = defineAction({ name: "test.write", guard: "public", input, revalidate: "/applicant", run: async () => ({ message: "Saved." }) });
const read = defineAction({ name: "test.read", guard: "public", input, run: async (_ctx, { note }) => ({ data: note.length }) });

function scope(revalidated: string[]): EntryScope {
  return {
    db: {} as Db,
    clock: new ManualClock(new Date("2026-03-16T14:00:00Z")),
    actor: async () => null,
    revalidate: (path) => revalidated.push(path),
    outbox: () => ({ mailer: null, origin: "http://localhost:3000" }),
  };
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe("refreshing the page after an action", () => {
  it("answers a call from an event handler with its result and a refresh mark, and re-renders nothing itself", async () => {
    const revalidated: string[] = [];
    const result = await runInScope(scope(revalidated), () => write({ note: "sent" }));
    expect(result).toEqual({ ok: true, warnings: [], message: "Saved.", refresh: true });
    expect(revalidated).toEqual([]);
  });

  it("refreshes the page in the same answer for a form", async () => {
    const revalidated: string[] = [];
    const result = await runInScope(scope(revalidated), () =>
      (write as unknown as (state: unknown, data: FormData) => Promise<unknown>)(null, form({ note: "sent" })),
    );
    expect(result).toEqual({ ok: true, warnings: [], message: "Saved." });
    expect(revalidated).toEqual(["/applicant"]);
  });

  it("refreshes nothing for a read-only action or a refusal", async () => {
    const revalidated: string[] = [];
    expect(await runInScope(scope(revalidated), () => read({ note: "abc" }))).toEqual({ ok: true, warnings: [], data: 3 });
    const refused = await runInScope(scope(revalidated), () => write({ note: "" }));
    expect(refused).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    expect(refused).not.toHaveProperty("refresh");
    expect(revalidated).toEqual([]);
  });
});
