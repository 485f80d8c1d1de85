// What `npm start` gives the app: demo mode only for the demo, and a public origin it never
// guesses for a school's own server.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseServerEnv } from "@/lib/server/core/env";
import { DEMO_VAPID_SUBJECT, StartRefused, demoModeFor, readOrCreateVapidKeys, seedsDemo, startSettings } from "../../scripts/start-settings";

const readSecret = () => "a-secret-from-the-data-folder-0123456789";
const keys = { publicKey: "kept-public-key", privateKey: "kept-private-key" };
const readVapidKeys = () => keys;
const embedded = { embeddedDatabase: true, port: "3000", readSecret, readVapidKeys };
const schoolServer = { embeddedDatabase: false, port: "3000", readSecret, readVapidKeys };
const demoPush = { VAPID_PUBLIC_KEY: keys.publicKey, VAPID_PRIVATE_KEY: keys.privateKey, VAPID_SUBJECT: DEMO_VAPID_SUBJECT };

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof StartRefused) return error.message;
    throw error;
  }
  throw new Error("expected start to refuse");
}

describe("demo mode", () => {
  it("is on for the embedded database unless SOAP_DESK_DEMO=0", () => {
    expect(demoModeFor({}, true)).toBe(true);
    expect(demoModeFor({ SOAP_DESK_DEMO: "0" }, true)).toBe(false);
  });

  it("is off with DATABASE_URL unless SOAP_DESK_DEMO=1 asks for it", () => {
    expect(demoModeFor({ DATABASE_URL: "postgresql://db/soap" }, false)).toBe(false);
    expect(demoModeFor({ SOAP_DESK_DEMO: "1" }, false)).toBe(true);
    expect(demoModeFor({ SOAP_DESK_DEMO: "true" }, false)).toBe(true);
    expect(startSettings({ AUTH_URL: "https://soap.school.edu" }, schoolServer).SOAP_DESK_DEMO).toBe("0");
  });
});

describe("the demo school's seed", () => {
  it("goes into the embedded database, as the demo always did", () => {
    expect(seedsDemo({}, true)).toBe(true);
    expect(seedsDemo({ SOAP_DESK_DEMO: "0" }, true)).toBe(true);
  });

  it("goes into DATABASE_URL's database only when SOAP_DESK_DEMO=1 asks for it", () => {
    expect(seedsDemo({ DATABASE_URL: "postgresql://db/soap" }, false)).toBe(false);
    expect(seedsDemo({ SOAP_DESK_DEMO: "0" }, false)).toBe(false);
    expect(seedsDemo({ SOAP_DESK_DEMO: "1" }, false)).toBe(true);
  });
});

describe("public origin", () => {
  it("defaults to this machine for the embedded demo", () => {
    expect(startSettings({}, { ...embedded, port: "4000" })).toEqual({
      AUTH_SECRET: readSecret(),
      AUTH_URL: "http://localhost:4000",
      SOAP_DESK_DEMO: "1",
      ...demoPush,
    });
  });

  it("refuses to start a school's own server without AUTH_URL, naming the setting", () => {
    const message = refusal(() => startSettings({ DATABASE_URL: "postgresql://db/soap" }, schoolServer));
    expect(message).toMatch(/^AUTH_URL is required: set it to the address people open SOAP Desk at, e\.g\. AUTH_URL=https:\/\/soap\.school\.edu\./);
    expect(message).toContain("DATABASE_URL is set and demo mode is off");
  });

  it("takes the configured origin and secret as given", () => {
    expect(startSettings({ AUTH_URL: "https://soap.school.edu", AUTH_SECRET: "given" }, schoolServer)).toEqual({
      AUTH_SECRET: "given",
      AUTH_URL: "https://soap.school.edu",
      SOAP_DESK_DEMO: "0",
    });
  });
});

describe("push keys", () => {
  it("are the demo's own, kept in the data folder, unless VAPID_* are set", () => {
    expect(startSettings({}, embedded)).toMatchObject(demoPush);
    expect(startSettings({ SOAP_DESK_DEMO: "1", AUTH_URL: "https://demo.school.edu" }, schoolServer)).toMatchObject(demoPush);
    // Any of the three set: the server checks what was given (all three, or a clear message).
    expect(startSettings({ VAPID_SUBJECT: "mailto:it@school.edu" }, embedded)).not.toHaveProperty("VAPID_PUBLIC_KEY");
  });

  it("are never made up for a school's own server", () => {
    expect(startSettings({ AUTH_URL: "https://soap.school.edu" }, schoolServer)).not.toHaveProperty("VAPID_PUBLIC_KEY");
  });

  it("are generated once and read back afterwards", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "soap-vapid-")), "vapid-keys.json");
    const made = readOrCreateVapidKeys(file);
    expect(Buffer.from(made.publicKey, "base64url")).toHaveLength(65);
    expect(Buffer.from(made.privateKey, "base64url")).toHaveLength(32);
    expect(readOrCreateVapidKeys(file)).toEqual(made);
    expect(
      parseServerEnv({
        AUTH_URL: "http://localhost:3000",
        VAPID_PUBLIC_KEY: made.publicKey,
        VAPID_PRIVATE_KEY: made.privateKey,
        VAPID_SUBJECT: DEMO_VAPID_SUBJECT,
      }).vapid,
    ).toEqual({
      ...made,
      subject: DEMO_VAPID_SUBJECT,
    });
  });
});
