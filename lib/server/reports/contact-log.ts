import "server-only";
// The dean's office's contact log: every touch between the school's side and a program, oldest
// first, with the applicant, the program, who logged it and the narrative version an advocate used.
// One consistent read (repeatable read) scoped by the school in its where, in a fixed number of
// statements whatever the number of contacts: Prisma loads each relation for all rows at once.
import type { ContactLogEntry } from "@/lib/domain/csv";
import type { Actor } from "../core/actor";
import { authorize } from "../auth/policy";
import type { Db } from "../core/db";

export interface ContactLog {
  school: { name: string; timeZone: string };
  entries: ContactLogEntry[];
}

export async function getContactLog(db: Db, actor: Actor): Promise<ContactLog> {
  authorize(actor, "dashboard.view");
  const { schoolId } = actor;
  return db.$transaction(
    async (tx) => {
      const school = await tx.school.findUniqueOrThrow({ where: { id: schoolId }, select: { name: true, timeZone: true } });
      const contacts = await tx.contact.findMany({
        where: { schoolId },
        orderBy: [{ occurredAt: "asc" }, { createdAt: "asc" }, { id: "asc" }],
        select: {
          occurredAt: true,
          actorRole: true,
          advocateKind: true,
          direction: true,
          channel: true,
          outcome: true,
          summary: true,
          applicant: { select: { aamcId: true, user: { select: { name: true } } } },
          program: { select: { name: true, nrmpCode: true } },
          actor: { select: { name: true } },
          narrative: { select: { version: true } },
        },
      });
      const entries = contacts.map((c): ContactLogEntry => ({
        occurredAt: c.occurredAt,
        applicantName: c.applicant.user.name,
        aamcId: c.applicant.aamcId,
        programName: c.program.name,
        nrmpCode: c.program.nrmpCode,
        actorName: c.actor.name,
        actorRole: c.actorRole,
        advocateKind: c.advocateKind,
        direction: c.direction,
        channel: c.channel,
        outcome: c.outcome,
        summary: c.summary,
        narrativeVersion: c.narrative?.version ?? null,
      }));
      return { school, entries };
    },
    { isolationLevel: "RepeatableRead" },
  );
}
