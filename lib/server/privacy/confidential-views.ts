import "server-only";
// The audit row of every view of an applicant's red flags or confidential narrative by someone
// other than the applicant (lib/domain/privacy/access-log.ts says which rows): written by the read
// model of each page that shows them, in its own transaction, as one statement per page view
// however many applicants it showed.
import { confidentialViewEntries, type ConfidentialPage, type ConfidentialShown } from "@/lib/domain/privacy/access-log";
import type { Actor } from "../core/actor";
import { auditRows } from "../core/audit";
import type { TxClient } from "../core/db";

export async function recordConfidentialViews(tx: TxClient, actor: Actor, page: ConfidentialPage, shown: readonly ConfidentialShown[]): Promise<void> {
  await auditRows(tx, actor, confidentialViewEntries(page, shown));
}
