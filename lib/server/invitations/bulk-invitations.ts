import "server-only";
// The dean's office invites many applicants from one CSV. The preview parses the file and looks
// up, for all rows at once, the addresses and AAMC IDs already taken; sending does the same again
// inside one transaction (serialized per address and per AAMC ID like a single invitation) and
// writes every invitation and its audit row, or nothing. The emails go out after the commit, one
// per invitation through the single invitation's delivery; a failed send never undoes one.
import type { Actor } from "../core/actor";
import type { Db, TxClient } from "../core/db";
import { AppError, isUniqueViolation } from "../core/errors";
import type { UseCaseContext } from "../use-case/run-command";
import { authorize } from "../auth/policy";
import {
  EMPTY_FILE_MESSAGE,
  MAX_BULK_INVITATION_CHARACTERS,
  TOO_LARGE_MESSAGE,
  describeRowError,
  parseBulkInvitationsCsv,
  sortRowErrors,
  type BulkInvitationPreview,
  type BulkInvitationResult,
  type BulkInvitationRow,
  type BulkRowError,
} from "@/lib/domain/bulk-invitations";
import { invitationExpiresAt, invitationStatus } from "@/lib/domain/invitations";
import { formatInZone } from "@/lib/domain/format-time";
import { newInvitationToken } from "./invitation-token";
import { deliverInvitation, type InvitationDelivery } from "./deliver-invitation";
import { errorFields, log } from "../core/log";

/** A file with bad rows: INVALID_INPUT, with every row error for callers and listed for forms. */
export class BulkInvitationsRejected extends AppError {
  readonly errors: BulkRowError[];

  constructor(errors: BulkRowError[]) {
    const sorted = sortRowErrors(errors);
    const rows = new Set(sorted.map((e) => e.row)).size;
    const only = sorted.length === 1 ? sorted[0] : undefined;
    const message =
      only && only.column === ""
        ? `${only.message} Nobody was invited.`
        : `Nobody was invited: ${rows} ${rows === 1 ? "row has" : "rows have"} problems. Fix ${rows === 1 ? "it" : "them"} in the file and check it again.`;
    super("INVALID_INPUT", message, { fieldErrors: { csv: sorted.map(describeRowError) } });
    this.errors = sorted;
  }
}

function parse(csv: string) {
  // A quick refusal before parsing megabytes (the actions' input schema has the same limit).
  if (csv.length > MAX_BULK_INVITATION_CHARACTERS) throw new AppError("INVALID_INPUT", TOO_LARGE_MESSAGE, { fieldErrors: { csv: [TOO_LARGE_MESSAGE] } });
  if (csv.replace(/^\uFEFF/, "").trim() === "") throw new AppError("INVALID_INPUT", EMPTY_FILE_MESSAGE, { fieldErrors: { csv: [EMPTY_FILE_MESSAGE] } });
  return parseBulkInvitationsCsv(csv);
}

/** One address or AAMC ID of the file that is already taken, and by whom. */
interface Taken {
  kind: "user" | "applicant" | "invitation-email" | "invitation-aamc";
  /** The lowercased address, or the AAMC ID. */
  key: string;
  schoolId: string;
  name: string;
  createdAt: Date | null;
  expiresAt: Date | null;
  timeZone: string | null;
}

/**
 * Everything of the file already taken, in one query for all rows: accounts and pending
 * invitations holding an address (in any school: addresses are unique across SOAP Desk), and
 * applicants and pending invitations holding an AAMC ID in this school (AAMC IDs count per school).
 */
async function findTaken(client: Db | TxClient, schoolId: string, rows: BulkInvitationRow[]): Promise<Taken[]> {
  const emails = rows.map((r) => r.email);
  const aamcIds = rows.map((r) => r.aamcId);
  return client.$queryRaw<Taken[]>`
    SELECT 'user' AS kind, lower(u.email) AS key, u.school_id AS "schoolId", u.name,
           NULL::timestamp(3) AS "createdAt", NULL::timestamp(3) AS "expiresAt", NULL::text AS "timeZone"
      FROM users u WHERE lower(u.email) = ANY(${emails}::text[])
    UNION ALL
    SELECT 'applicant', p.aamc_id::text, p.school_id, u.name, NULL, NULL, NULL
      FROM applicant_profiles p JOIN users u ON u.id = p.user_id
     WHERE p.school_id = ${schoolId} AND p.aamc_id = ANY(${aamcIds}::bpchar[])
    UNION ALL
    SELECT 'invitation-email', lower(i.email), i.school_id, i.name, i.created_at, i.expires_at, s.time_zone
      FROM invitations i JOIN schools s ON s.id = i.school_id
     WHERE i.accepted_at IS NULL AND lower(i.email) = ANY(${emails}::text[])
    UNION ALL
    SELECT 'invitation-aamc', i.aamc_id::text, i.school_id, i.name, NULL, NULL, NULL
      FROM invitations i
     WHERE i.accepted_at IS NULL AND i.school_id = ${schoolId} AND i.aamc_id = ANY(${aamcIds}::bpchar[])`;
}

/**
 * Row errors for addresses and AAMC IDs already taken. Whether another school knows an address is
 * that school's business: outside the actor's school the error says only "in use".
 */
async function takenErrors(client: Db | TxClient, actor: Actor, rows: BulkInvitationRow[], now: Date): Promise<BulkRowError[]> {
  if (rows.length === 0) return [];
  const { schoolId } = actor;
  const taken = await findTaken(client, schoolId, rows);
  const first = (kind: Taken["kind"]) => {
    const found = new Map<string, Taken>();
    for (const t of taken) if (t.kind === kind && !found.has(t.key)) found.set(t.key, t);
    return found;
  };
  const [userByEmail, applicantByAamc, invitationByEmail, invitationByAamc] = [
    first("user"),
    first("applicant"),
    first("invitation-email"),
    first("invitation-aamc"),
  ];

  const errors: BulkRowError[] = [];
  for (const { row, email, aamcId } of rows) {
    const inUse = `${email} cannot be invited: the address is already in use on SOAP Desk. Ask the applicant for another address.`;
    const user = userByEmail.get(email);
    const pending = invitationByEmail.get(email);
    if (user) {
      const message = user.schoolId === schoolId ? `${email} already has a SOAP Desk account: they can sign in with it.` : inUse;
      errors.push({ row, column: "Email", message });
    } else if (pending) {
      let message = inUse;
      if (pending.schoolId === schoolId && pending.createdAt && pending.expiresAt) {
        const when = formatInZone(pending.createdAt, pending.timeZone ?? "America/New_York");
        const state = invitationStatus({ acceptedAt: null, expiresAt: pending.expiresAt }, now) === "expired" ? "has expired" : "is still pending";
        message = `${email} was already invited (${when}) and the invitation ${state}: re-send it from the Invitations page instead.`;
      }
      errors.push({ row, column: "Email", message });
    }
    const holder = applicantByAamc.get(aamcId);
    const invited = invitationByAamc.get(aamcId);
    if (holder) errors.push({ row, column: "AAMC ID", message: `AAMC ID ${aamcId} already belongs to ${holder.name} in your school.` });
    else if (invited) errors.push({ row, column: "AAMC ID", message: `AAMC ID ${aamcId} is already on a pending invitation to ${invited.name}.` });
  }
  return errors;
}

/** The rows to invite, or every bad row (an empty file is refused: there is nothing to check). */
export async function previewBulkInvitations(db: Db, actor: Actor, csv: string, now: Date): Promise<BulkInvitationPreview> {
  authorize(actor, "invitation.create");
  const parsed = parse(csv);
  const taken = await takenErrors(db, actor, parsed.rows, now);
  const badRows = new Set(taken.map((e) => e.row));
  return { rows: parsed.rows.filter((r) => !badRows.has(r.row)), errors: sortRowErrors([...parsed.errors, ...taken]), degreeAssumed: parsed.degreeAssumed };
}

/**
 * The same transaction-scoped locks a single invitation takes (create-invitation.ts and
 * core/aamc-id-lock.ts build these keys), all in one statement: every address, then every AAMC ID,
 * each group sorted, which is the order a single invitation takes its two, so none can deadlock.
 */
async function lockAll(tx: TxClient, schoolId: string, rows: BulkInvitationRow[]): Promise<void> {
  const keys = [...rows.map((r) => `invitation:email:${r.email}`).sort(), ...rows.map((r) => `invitation:aamc:${schoolId}:${r.aamcId}`).sort()];
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM (SELECT k FROM unnest(${keys}::text[]) WITH ORDINALITY AS t(k, n) ORDER BY n) AS ordered`;
}

/** How many emails go out at once, and how many failures in a row mean the mail server is down. */
const SEND_CONCURRENCY = 4;
const GIVE_UP_AFTER_FAILURES = 3;

/** Invites every row or nobody: any bad row throws BulkInvitationsRejected and writes nothing. */
export async function sendBulkInvitations(ctx: UseCaseContext, csv: string, delivery: InvitationDelivery): Promise<BulkInvitationResult> {
  const { actor, db } = ctx;
  authorize(actor, "invitation.create");
  const parsed = parse(csv);
  const now = ctx.clock.now();
  // A file with bad rows names all of them, the school's clashes included, as the preview does.
  if (parsed.errors.length > 0) throw new BulkInvitationsRejected([...parsed.errors, ...(await takenErrors(db, actor, parsed.rows, now))]);
  const rows = parsed.rows.map((row) => ({ row, ...newInvitationToken() }));

  let created: { id: string; email: string; name: string; token: string }[];
  try {
    created = await db.$transaction(
      async (tx) => {
        await lockAll(tx, actor.schoolId, parsed.rows);
        const taken = await takenErrors(tx, actor, parsed.rows, now);
        if (taken.length > 0) throw new BulkInvitationsRejected(taken);
        const invitations = await tx.invitation.createManyAndReturn({
          data: rows.map(({ row, tokenHash }) => ({
            schoolId: actor.schoolId,
            email: row.email,
            name: row.name,
            role: "APPLICANT" as const,
            specialty: row.specialty,
            aamcId: row.aamcId,
            degreeType: row.degreeType,
            tokenHash,
            expiresAt: invitationExpiresAt(now),
            invitedById: actor.userId,
          })),
          select: { id: true, tokenHash: true },
        });
        const idByHash = new Map(invitations.map((i) => [i.tokenHash, i.id]));
        const saved = rows.map(({ row, token, tokenHash }) => ({ id: idByHash.get(tokenHash)!, row, token }));
        // The audit() helper's row, one per invitation as a single invitation writes it, in one statement.
        await tx.auditLog.createMany({
          data: saved.map(({ id, row }) => ({
            schoolId: actor.schoolId,
            actorUserId: actor.userId,
            action: "invitation.create",
            entityType: "Invitation",
            entityId: id,
            after: {
              role: "APPLICANT",
              name: row.name,
              aamcId: row.aamcId,
              degreeType: row.degreeType,
              specialty: row.specialty,
              email: row.email,
              csvRow: row.row,
            },
          })),
        });
        return saved.map(({ id, row, token }) => ({ id, email: row.email, name: row.name, token }));
      },
      // A thousand rows: more than Prisma's default 5 s, and a queue behind another dean's invitations.
      { timeout: 60_000, maxWait: 30_000 },
    );
  } catch (error) {
    // An address invited elsewhere in the moment between the check and the insert.
    if (isUniqueViolation(error))
      throw new AppError("CONFLICT", "Someone else invited one of these addresses just now: check the file again. Nobody was invited.");
    throw error;
  }
  return deliverAll(db, actor, created, delivery, now);
}

/** Sends every invitation's email, a few at a time; after several failures in a row, stops trying. */
async function deliverAll(
  db: Db,
  actor: Actor,
  invitations: { id: string; email: string; name: string; token: string }[],
  delivery: InvitationDelivery,
  now: Date,
): Promise<BulkInvitationResult> {
  const sent: string[] = [];
  const notSent: BulkInvitationResult["notSent"] = [];
  let failuresInARow = 0;
  let next = 0;
  // Without a mail server every answer is the same "not set up", and none of them waits.
  const giveUpAfter = delivery.mailer ? GIVE_UP_AFTER_FAILURES : Number.POSITIVE_INFINITY;
  async function worker(): Promise<void> {
    while (next < invitations.length) {
      const invitation = invitations[next++]!;
      if (failuresInARow >= giveUpAfter) {
        // A mail server that refused several in a row is down: do not keep the dean waiting on it.
        const problem = `The email to ${invitation.email} was not tried: the mail server refused the emails before it. The invitation is saved: re-send it once email works.`;
        notSent.push({ email: invitation.email, name: invitation.name, problem });
        continue;
      }
      const result = await deliverInvitation(db, actor, invitation.id, invitation.token, delivery, now).catch((error: unknown) => {
        // The invitations are committed: a fault now must not turn the answer into "nothing was saved".
        log().error({ invitationId: invitation.id, ...errorFields(error) }, "bulk invitation delivery failed");
        const problem = `The email to ${invitation.email} could not be sent: something went wrong on our side. The invitation is saved: re-send it from the Invitations page.`;
        return { sent: false as const, problem };
      });
      if (result.sent) {
        failuresInARow = 0;
        sent.push(invitation.email);
      } else {
        failuresInARow += 1;
        notSent.push({ email: invitation.email, name: invitation.name, problem: result.problem });
      }
    }
  }
  await Promise.all(Array.from({ length: SEND_CONCURRENCY }, worker));
  const order = new Map(invitations.map((i, index) => [i.email, index]));
  const byFileOrder = (a: string, b: string) => (order.get(a) ?? 0) - (order.get(b) ?? 0);
  return { invited: invitations.length, sent: sent.sort(byFileOrder), notSent: notSent.sort((a, b) => byFileOrder(a.email, b.email)) };
}
