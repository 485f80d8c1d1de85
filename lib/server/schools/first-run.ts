import "server-only";
// First run: a SOAP Desk whose database holds no school but the demo offers "Set up your school".
// Each app instance prints a one-time setup code in its log when it starts (as self-hosted
// products do): whoever can read the server's log may create the first school and becomes its
// first dean's office person, signed in at once. Only the codes' hashes are stored; the first
// school's creation deletes them all, and the page is gone from then on.
import { createHash, randomInt } from "node:crypto";
import type { Db, TxClient } from "@/lib/server/core/db";
import { AppError, isUniqueViolation } from "@/lib/server/core/errors";
import { audit } from "@/lib/server/core/audit";
import { formatSetupCode, normalizeSetupCode, SETUP_CODE_ALPHABET, type SchoolSetupInput } from "@/lib/domain/school-setup";
import { enforceLimits } from "@/lib/server/auth/rate-limit";
import { loadActor } from "@/lib/server/auth/load-actor";
import { createDatabaseSession, type CreatedSession } from "@/lib/server/auth/session-cookie";
import type { Actor } from "@/lib/server/core/actor";
import { insertSchool, takenMeanwhile } from "./insert-school";

/** The audit action the demo seed writes for the school it creates (prisma/seed.ts). */
const DEMO_SEED_ACTION = "seed.demo";

// Enough for a person to mistype a few times; far too few to guess 31^12 codes.
const SETUP_LIMIT = { max: 10, windowMinutes: 15 } as const;

export const SETUP_ALREADY_DONE = "This SOAP Desk already has its school. Sign in, or ask its dean's office for an invitation.";
export const WRONG_SETUP_CODE =
  "That setup code is not one this server printed. Copy it from the line in the server's log that begins “Set up your school”, then try again.";

const hashCode = (code: string) => createHash("sha256").update(normalizeSetupCode(code)).digest("hex");

/** No school in the database but the demo school the seed made. */
export async function needsFirstRun(db: Db | TxClient): Promise<boolean> {
  const real = await db.school.count({ where: { NOT: { auditLogs: { some: { action: DEMO_SEED_ACTION, entityType: "School" } } } } });
  return real === 0;
}

/** At an instance's start: a new one-time code while the first run is open, or null. */
export async function issueSetupCode(db: Db): Promise<string | null> {
  if (!(await needsFirstRun(db))) return null;
  const code = Array.from({ length: 12 }, () => SETUP_CODE_ALPHABET[randomInt(SETUP_CODE_ALPHABET.length)]).join("");
  await db.setupCode.create({ data: { codeHash: hashCode(code) } });
  return formatSetupCode(code);
}

/** The line the server prints, with the page's address on the public origin. */
export function setupCodeLogLine(origin: string, code: string): string {
  return `Set up your school: this SOAP Desk has no school yet. Open ${new URL("/setup", origin).href} and enter the one-time setup code ${code}`;
}

export interface SchoolSetUp {
  actor: Actor;
  session: CreatedSession;
  schoolId: string;
}

/** Creates the first school and its first dean's office person, and signs them in. */
export async function setUpFirstSchool(db: Db, input: SchoolSetupInput, ip: string, now: Date): Promise<SchoolSetUp> {
  await enforceLimits(db, [{ key: `setup:ip:${ip}`, scope: "network", ...SETUP_LIMIT }], now);
  let created: { schoolId: string; userId: string };
  try {
    created = await db.$transaction(async (tx) => {
      if (!(await needsFirstRun(tx))) throw new AppError("NOT_FOUND", SETUP_ALREADY_DONE);
      const code = await tx.setupCode.findUnique({ where: { codeHash: hashCode(input.code) }, select: { id: true } });
      if (!code) throw new AppError("FORBIDDEN", WRONG_SETUP_CODE);
      const dean = { name: input.deanName, email: input.deanEmail };
      const { schoolId } = await insertSchool(
        tx,
        input,
        dean,
        {
          otherSlug: "enter another short name",
          otherDean: "enter another address",
          reason: "Created on the first-run page with the server's setup code",
        },
        now,
      );
      const user = await tx.user.create({ data: { schoolId, name: dean.name, email: dean.email, role: "DEAN" }, select: { id: true } });
      await audit(tx, { schoolId, userId: user.id }, { action: "school.firstDean", entityType: "User", entityId: user.id, after: { ...dean, role: "DEAN" } });
      return { schoolId, userId: user.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw takenMeanwhile(input.slug, input.deanEmail);
    throw error;
  }
  const actor = await loadActor(db, created.userId);
  if (!actor) throw new AppError("INTERNAL", "The school was created, but its dean's office account could not be loaded. Sign in with your email.");
  return { actor, session: await createDatabaseSession(db, created.userId, now), schoolId: created.schoolId };
}
