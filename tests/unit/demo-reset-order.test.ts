// The demo reset deletes a school's rows child first (prisma/reset-demo.ts). Read off the schema:
// every foreign key that refuses a delete (Restrict, NoAction, or no action named) points from a
// table deleted earlier to one deleted later, so no order of the data can make the reset fail.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEMO_RESET_ORDER } from "@/prisma/reset-demo";

const SCHEMA = readFileSync(path.resolve(__dirname, "../../prisma/schema.prisma"), "utf8");
// After the school-scoped tables: the audit log, the people's sessions and accounts, the people, the school.
const ORDER = [...DEMO_RESET_ORDER, "auditLog", "session", "account", "user", "school"];
const delegate = (model: string) => model.charAt(0).toLowerCase() + model.slice(1);

interface ForeignKey {
  from: string;
  to: string;
  onDelete: string;
}

function foreignKeys(schema: string): ForeignKey[] {
  const keys: ForeignKey[] = [];
  for (const [, model, body] of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    for (const [, target, relation] of body!.matchAll(/^\s*\w+\s+(\w+)\??\s+@relation\(([^)]*)\)/gm)) {
      if (!relation!.includes("fields:")) continue;
      const onDelete = /onDelete:\s*(\w+)/.exec(relation!)?.[1] ?? "Restrict";
      keys.push({ from: delegate(model!), to: delegate(target!), onDelete });
    }
  }
  return keys;
}

describe("the demo reset's deletion order", () => {
  const keys = foreignKeys(SCHEMA);

  it("reads the schema's foreign keys", () => {
    expect(keys.length).toBeGreaterThan(40);
    expect(keys).toContainEqual({ from: "contact", to: "narrative", onDelete: "Restrict" });
  });

  it("names every table of the schema but the ones no school owns", () => {
    const models = [...SCHEMA.matchAll(/^model (\w+) \{/gm)].map(([, model]) => delegate(model!));
    expect(models.filter((model) => !ORDER.includes(model)).sort()).toEqual(["setupCode", "signInAttempt", "verificationToken"]);
  });

  it("deletes each row before any row it refuses to let go of", () => {
    const blocking = keys.filter((key) => key.onDelete === "Restrict" || key.onDelete === "NoAction");
    const wrong = blocking.filter((key) => ORDER.indexOf(key.from) > ORDER.indexOf(key.to)).map((key) => `${key.from} -> ${key.to}`);
    expect(wrong).toEqual([]);
  });
});
