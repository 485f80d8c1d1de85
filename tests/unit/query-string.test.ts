// A page's query string as its filters read it: one value per key, no control characters.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { queryText, readSearchParams } from "@/lib/domain/query-string";

describe("query string values", () => {
  it("takes the first of a repeated key", () => {
    expect(queryText(["cardiology", "surgery"])).toBe("cardiology");
    expect(queryText([])).toBeUndefined();
    expect(queryText(undefined)).toBeUndefined();
  });

  it("removes NUL and every other control character", () => {
    expect(queryText("\u0000")).toBe("");
    expect(queryText("card\u0000io\u0001lo\u001fgy\u007f\u0085\t\r\n")).toBe("cardiology");
    expect(queryText(["a\u0000b"])).toBe("ab");
  });

  it("keeps every other character, markup and escapes as text", () => {
    for (const text of ["Médecine interne", "<script>alert(1)</script>", "%ZZ", "😀", "' OR 1=1 --", "a".repeat(100_000)]) expect(queryText(text)).toBe(text);
  });

  it("reads every key", () => {
    expect(readSearchParams({ q: ["x\u0000", "y"], page: "2", heard: undefined })).toEqual({ q: "x", page: "2", heard: undefined });
  });
});

describe("pages", () => {
  const root = path.resolve(import.meta.dirname, "../../app");
  const pages = (readdirSync(root, { recursive: true }) as string[]).filter((file) => file.endsWith("page.tsx"));
  const reading = pages.filter((file) => readFileSync(path.join(root, file), "utf8").includes("searchParams"));

  it("read their query string through query-string.ts", () => {
    expect(reading.length).toBeGreaterThan(5);
    for (const file of reading) expect(readFileSync(path.join(root, file), "utf8"), file).toMatch(/SearchParams\b/);
    for (const file of reading) expect(readFileSync(path.join(root, file), "utf8"), file).not.toMatch(/Array\.isArray\(/);
  });
});
