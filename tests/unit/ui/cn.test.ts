// `cn` must give every page the classes tailwind-merge would: for each class string the screens
// and the kit write, alone, over each of the button's variants and sizes, over each other (a
// fixed sample of the pairs; all of them agree, but take half a minute), and for every token
// written twice.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { twMerge } from "tailwind-merge";
import { clsx } from "clsx";
import { cn } from "@/components/ui/cn";
import { buttonVariants } from "@/components/ui/button";

const ROOT = path.resolve(__dirname, "../../..");

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".tsx"))
    .map((entry) => readFileSync(path.join(entry.parentPath, entry.name), "utf8"));
}

/** String literals that read as Tailwind classes (one token at least with a dash). */
function classStrings(): string[] {
  const found = new Set<string>();
  for (const text of [...sources("components"), ...sources("app")]) {
    for (const match of text.matchAll(/"([^"\n]{2,400})"|`([^`\n$]{2,400})`/g)) {
      const value = (match[1] ?? match[2] ?? "").trim();
      if (/^[\w\-:[\]()&/.%!>*=@,+#' ]+$/.test(value) && /(^|\s)[a-z][\w[\]&:.()/-]*-[\w[\]/.()-]+/.test(value) && !/\s{2}/.test(value)) found.add(value);
    }
  }
  return [...found].sort();
}

const VARIANTS = ["primary", "secondary", "ghost", "link", "danger", "danger-outline"] as const;
const SIZES = ["sm", "md", "lg", "icon", "icon-sm"] as const;
const BUTTONS = VARIANTS.flatMap((variant) => SIZES.map((size) => buttonVariants({ variant, size })));

describe("cn", () => {
  const strings = classStrings();

  it("finds the screens' class strings", () => {
    expect(strings.length).toBeGreaterThan(300);
  });

  it("keeps what tailwind-merge keeps of each class string alone, and of each token written twice", () => {
    expect(strings.filter((value) => cn(value) !== twMerge(value))).toEqual([]);
    const tokens = [...new Set(strings.flatMap((value) => value.split(/\s+/)))];
    expect(tokens.filter((token) => cn(token, token) !== twMerge(token, token))).toEqual([]);
  });

  it("keeps each button variant and size whole (a plain button or link may take buttonVariants as it is)", () => {
    expect(BUTTONS.filter((button) => twMerge(button) !== button)).toEqual([]);
  });

  // A few seconds each: tens of thousands of merges, most of them new to tailwind-merge's cache.
  it("lets each class string over each button variant and size win as tailwind-merge does", { timeout: 30_000 }, () => {
    const differ = BUTTONS.flatMap((button) => strings.filter((value) => cn(button, value) !== twMerge(button, value)).map((value) => `${button} + ${value}`));
    expect(differ).toEqual([]);
  });

  it("lets class strings over each other win as tailwind-merge does", { timeout: 30_000 }, () => {
    // Every 17th of all ordered pairs.
    const differ: string[] = [];
    for (let index = 0; index < strings.length * strings.length; index += 17) {
      const own = strings[Math.floor(index / strings.length)]!;
      const over = strings[index % strings.length]!;
      if (cn(own, over) !== twMerge(own, over)) differ.push(`${own} + ${over}`);
    }
    expect(differ).toEqual([]);
  });

  it("takes conditions, arrays and objects as clsx does", () => {
    const hidden = false;
    expect(cn("px-4 text-ink", hidden && "x", ["px-2", { "text-primary": true, "bg-muted": false }])).toBe(
      twMerge(clsx("px-4 text-ink", ["px-2", { "text-primary": true }])),
    );
  });

  it("answers a string it merged before the same way, past the bound of what it keeps", () => {
    // 6,000 distinct inputs (more than it keeps), each asked twice, the second time from memory
    // or afresh after the bound emptied it.
    const inputs = Array.from({ length: 6_000 }, (_, i) => `px-${i % 12} py-2 px-${(i * 7) % 12} mt-${i}`);
    const first = inputs.map((input) => cn(input));
    expect(inputs.map((input) => cn(input))).toEqual(first);
    expect(first.slice(0, 50)).toEqual(inputs.slice(0, 50).map((input) => twMerge(input)));
  });
});
