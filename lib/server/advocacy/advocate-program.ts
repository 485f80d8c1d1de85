import "server-only";
// One program of an assigned applicant's list, as their advocate works it: the program's
// contacts, its state and what the rules say of the next click, the advocate's connections to
// it, the shared narrative, the generated faculty script (phone and email) and the timeline.
// Only a program on this applicant's list opens; anything else answers "not found", since the
// rest of the List of Unfilled Programs is not the advocate's to see (visible-programs.ts).
import { advocateApplicantSummary, advocateProgramRows, defaultChannel, saidOnce } from "@/lib/domain/advocate-view";
import { facultyScript } from "@/lib/domain/messages/templates";
import { idSchema } from "@/lib/domain/schemas";
import { z } from "zod";
import type { Actor } from "../core/actor";
import { authorizeApplicant } from "../auth/policy";
import type { Db } from "../core/db";
import { notFound } from "../core/errors";
import { parseInput } from "../core/validate";
import { programEvents } from "../outreach/program-events";
import { loadApplicantSnapshot } from "../use-case/load-applicant-snapshot";
import { latestNarrative, seasonOpensAt } from "./advocate-applicant";
import { loadAdvocateSelf } from "./advocate-self";
import { confidentialShown } from "@/lib/domain/privacy/access-log";
import { recordConfidentialViews } from "../privacy/confidential-views";

const pageInput = z.object({ applicantId: idSchema, programId: idSchema });

export async function getAdvocateProgram(db: Db, actor: Actor, input: unknown, now: Date) {
  const { applicantId, programId } = parseInput(pageInput, input);
  const { schoolId } = actor;
  return db.$transaction(async (tx) => {
    await authorizeApplicant(tx, actor, "advocate.applicant.view", applicantId);
    const where = { schoolId, applicantId, programId };
    const target = await tx.target.findFirst({ where, select: { id: true, createdAt: true, appliedAt: true } });
    if (!target) throw notFound("That program on this applicant's list");
    const program = await tx.program.findFirstOrThrow({ where: { id: programId, schoolId } });
    const snapshot = await loadApplicantSnapshot(tx, schoolId, applicantId);
    const { self, title } = await loadAdvocateSelf(tx, actor);
    const row = advocateProgramRows(snapshot, self, now, { [programId]: program }).find((r) => r.programId === programId);
    if (!row) throw notFound("That program on this applicant's list");
    const connections = await tx.connection.findMany({
      where: { schoolId, advocateId: self.advocateId, programId },
      select: { id: true, kind: true, note: true },
    });
    const profile = await tx.applicantProfile.findFirstOrThrow({
      where: { id: applicantId, schoolId },
      select: { aamcId: true, degreeType: true, phone: true, school: { select: { name: true, timeZone: true } } },
    });
    const narrative = await latestNarrative(tx, schoolId, applicantId);
    // The script tells the narrative, its confidential context included; this page lists no red flag.
    await recordConfidentialViews(tx, actor, "advocate.program", [confidentialShown(applicantId, [], narrative)]);
    const history = {
      target,
      contacts: await tx.contact.findMany({ where, include: { actor: { select: { name: true } }, narrative: { select: { version: true } } } }),
      tasks: await tx.task.findMany({ where }),
      interviews: await tx.interview.findMany({ where }),
      offers: await tx.offer.findMany({ where }),
    };

    const scriptArgs = [
      { fullName: snapshot.fullName, aamcId: profile.aamcId, degreeType: profile.degreeType, schoolName: profile.school.name, phone: profile.phone },
      { name: program.name, specialty: program.specialty, positionType: program.positionType, directorName: program.directorName || undefined },
      { name: actor.name, role: title },
    ] as const;
    const scripts = narrative ? { PHONE: facultyScript(...scriptArgs, narrative, "PHONE"), EMAIL: facultyScript(...scriptArgs, narrative, "EMAIL") } : null;

    return {
      school: profile.school,
      applicant: { applicantId, fullName: snapshot.fullName, specialty: snapshot.specialty, summary: advocateApplicantSummary(snapshot, now, self.kind) },
      program,
      row,
      // On one program's page the heads-ups about the applicant as a whole are said here, once.
      headsUps: saidOnce(snapshot, self, [row]).headsUps,
      connections,
      narrative,
      scripts,
      defaultChannel: defaultChannel(snapshot, programId),
      seasonOpensAt: await seasonOpensAt(tx, schoolId),
      events: programEvents(program.name, snapshot.fullName, history),
    };
  });
}
