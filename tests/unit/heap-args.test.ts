// The app server's heap limit: 256 MB unless SOAP_DESK_HEAP_MB says otherwise, and a clear refusal
// of a value that is not a sensible number of megabytes.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { DEFAULT_HEAP_MB, heapArgs } from "@/scripts/node-args";

describe("heapArgs", () => {
  it("caps the old generation at 256 MB by default", () => {
    expect(heapArgs({})).toEqual(["--max-old-space-size=256"]);
    expect(heapArgs({ SOAP_DESK_HEAP_MB: " " })).toEqual([`--max-old-space-size=${DEFAULT_HEAP_MB}`]);
  });

  it("takes SOAP_DESK_HEAP_MB when it is a whole number of at least 128", () => {
    expect(heapArgs({ SOAP_DESK_HEAP_MB: "512" })).toEqual(["--max-old-space-size=512"]);
    for (const bad of ["64", "1.5", "lots", "-1"]) expect(() => heapArgs({ SOAP_DESK_HEAP_MB: bad })).toThrow(/SOAP_DESK_HEAP_MB must be a whole number/);
  });

  it("is the same default npm run start:prod passes to node", () => {
    const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;
    expect(scripts["start:prod"]).toContain(`--max-old-space-size=\${SOAP_DESK_HEAP_MB:-${DEFAULT_HEAP_MB}}`);
  });
});
