// The README's and docs/design.md's pictures are the ones `npm run screenshots` makes: each one
// shown is a name the script writes, each name the script writes is on disk, and nothing else
// sits in docs/screenshots/ to go stale.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SCREENSHOT_NAMES } from "../../scripts/screenshot-names";

const ROOT = path.resolve(__dirname, "../..");
const shown = (file: string) => [...readFileSync(path.join(ROOT, file), "utf8").matchAll(/screenshots\/([a-z0-9-]+)\.png/g)].map((m) => m[1]!);

describe("the pictures of the README and docs/design.md", () => {
  it("show each role's first screen on a laptop and a phone, and each component of the kit", () => {
    expect(shown("README.md").sort()).toEqual(["advocate-desktop", "advocate-phone", "applicant-desktop", "applicant-phone", "dean-desktop", "dean-phone"]);
    const design = new Set(shown("docs/design.md"));
    for (const name of SCREENSHOT_NAMES.filter((n) => n.startsWith("kit-"))) expect(design, name).toContain(name);
  });

  it("are all made by npm run screenshots, and all on disk", () => {
    for (const name of [...shown("README.md"), ...shown("docs/design.md")]) expect(SCREENSHOT_NAMES, name).toContain(name);
    for (const name of SCREENSHOT_NAMES) expect(existsSync(path.join(ROOT, "docs", "screenshots", `${name}.png`)), name).toBe(true);
    const onDisk = readdirSync(path.join(ROOT, "docs", "screenshots")).map((f) => f.replace(/\.png$/, ""));
    expect(onDisk.sort()).toEqual([...SCREENSHOT_NAMES].sort());
  });
});
