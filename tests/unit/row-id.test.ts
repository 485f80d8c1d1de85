import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { newRowId } from "@/lib/server/core/row-id";

describe("ids for rows a hand-written statement inserts", () => {
  it("have the shape of Prisma's cuid()s, which the audit log knows an id by", () => {
    fc.assert(fc.property(fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2090, 0, 1) }), (now) => /^c[a-z0-9]{24}$/.test(newRowId(now))));
  });

  it("sort later when made later, and do not repeat", () => {
    const ids = Array.from({ length: 2000 }, (_, i) => newRowId(Date.UTC(2026, 2, 17) + i));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(Array.from({ length: 10_000 }, () => newRowId(Date.UTC(2026, 2, 17)))).size).toBe(10_000);
  });
});
