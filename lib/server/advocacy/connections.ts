import "server-only";
// An advocate records, edits and removes their own connections to programs. Only programs the
// advocate may see can be connected (visible-programs.ts); another advocate's connection, like a
// program they may not see, answers as if it did not exist.
import { addConnectionInput, editConnectionInput, removeConnectionInput } from "@/lib/domain/advocate/connections";
import type { Actor } from "../core/actor";
import { authorize } from "../auth/policy";
import { audit } from "../core/audit";
import type { Db } from "../core/db";
import { AppError, isUniqueViolation, notFound } from "../core/errors";
import { parseInput } from "../core/validate";
import { advocateVisiblePrograms } from "./visible-programs";

function advocateOf(actor: Actor): string {
  authorize(actor, "connection.manage");
  if (!actor.advocateId) throw new AppError("FORBIDDEN", "Only advocates record connections.");
  return actor.advocateId;
}

const DUPLICATE = "You already recorded this connection to this program. Edit its note instead.";

function duplicate(): AppError {
  return new AppError("INVALID_INPUT", DUPLICATE, { fieldErrors: { kind: [DUPLICATE] } });
}

/** The unique (advocate, program, kind) index backs the check against a double submission. */
async function uniquely<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate();
    throw error;
  }
}

export async function addConnection(db: Db, actor: Actor, input: unknown) {
  const data = parseInput(addConnectionInput, input);
  const advocateId = advocateOf(actor);
  const { schoolId } = actor;
  return uniquely(
    db.$transaction(async (tx) => {
      const program = await tx.program.findFirst({
        where: { id: data.programId, ...advocateVisiblePrograms(schoolId, advocateId) },
        select: { id: true, name: true },
      });
      if (!program) throw notFound("That program");
      const existing = await tx.connection.findFirst({ where: { schoolId, advocateId, programId: program.id, kind: data.kind }, select: { id: true } });
      if (existing) throw duplicate();
      const connection = await tx.connection.create({ data: { schoolId, advocateId, programId: program.id, kind: data.kind, note: data.note } });
      await audit(tx, actor, { action: "connection.create", entityType: "Connection", entityId: connection.id, after: connection });
      return { connection, programName: program.name };
    }),
  );
}

export async function editConnection(db: Db, actor: Actor, input: unknown) {
  const data = parseInput(editConnectionInput, input);
  const advocateId = advocateOf(actor);
  const { schoolId } = actor;
  return uniquely(
    db.$transaction(async (tx) => {
      const before = await tx.connection.findFirst({ where: { id: data.connectionId, schoolId, advocateId } });
      if (!before) throw notFound("That connection");
      const clash = await tx.connection.findFirst({
        where: { schoolId, advocateId, programId: before.programId, kind: data.kind, NOT: { id: before.id } },
        select: { id: true },
      });
      if (clash) throw duplicate();
      const updated = await tx.connection.updateMany({ where: { id: before.id, schoolId, advocateId }, data: { kind: data.kind, note: data.note } });
      if (updated.count !== 1) throw notFound("That connection");
      const after = await tx.connection.findFirstOrThrow({ where: { id: before.id, schoolId } });
      await audit(tx, actor, { action: "connection.update", entityType: "Connection", entityId: before.id, before, after });
      return after;
    }),
  );
}

export async function removeConnection(db: Db, actor: Actor, input: unknown) {
  const { connectionId } = parseInput(removeConnectionInput, input);
  const advocateId = advocateOf(actor);
  const { schoolId } = actor;
  return db.$transaction(async (tx) => {
    const before = await tx.connection.findFirst({ where: { id: connectionId, schoolId, advocateId } });
    if (!before) throw notFound("That connection");
    await tx.connection.deleteMany({ where: { id: before.id, schoolId, advocateId } });
    await audit(tx, actor, { action: "connection.delete", entityType: "Connection", entityId: before.id, before });
    return before;
  });
}
