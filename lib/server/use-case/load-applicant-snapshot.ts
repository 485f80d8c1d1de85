import "server-only";
// Loads the plain snapshot the rules decide on, in one hand-written statement: inside a command's
// transaction (under the applicant's lock) or, for a page, on the pool. Every list is scoped by
// school as well as by applicant. Prisma's relational read of the same facts cost several
// milliseconds of CPU to compile and unpack, more than the statement itself; the
// integration test command-facts-sql.test.ts checks this statement against it.
import type { ApplicantSnapshot, ReachabilityChecklist, SnapshotProgram } from "@/lib/domain/snapshot";
import { cohortFacultyLoad } from "@/lib/domain/snapshot-queries";
import {
  DEFAULT_POLICY,
  type ActorRole,
  type AdvocateKind,
  type CommunicationMode,
  type ContactChannel,
  type ContactDirection,
  type ContactOutcome,
  type OfferStatus,
  type Policy,
  type PositionType,
  type ProgramSetting,
  type ProgramTier,
  type RedFlagKind,
  type TargetPriority,
  type TaskKind,
  type TaskStatus,
} from "@/lib/domain/types";
import type { ProfileRecord } from "@/lib/domain/plans/applicant-record";
import { lockAamcId } from "../core/aamc-id-lock";
import { sqlRows, type Db, type TxClient } from "../core/db";
import { epochMs, fromMs, fromMsOrNull, jsonList } from "../core/sql-json";
import type { SchoolPolicy } from "@/lib/generated/prisma/client";
import { notFound } from "../core/errors";

/** The season the rules and the banner read: the school's latest active one. */
export const ACTIVE_SEASON = { where: { active: true }, orderBy: { windowStartsAt: "desc" }, take: 1 } as const;

export async function loadPolicy(tx: TxClient, schoolId: string): Promise<Policy> {
  return policyOf(await tx.schoolPolicy.findUnique({ where: { schoolId } }));
}

function policyOf(row: SchoolPolicy | null): Policy {
  if (!row) return { ...DEFAULT_POLICY };
  const { id: _id, schoolId: _school, createdAt: _c, updatedAt: _u, ...policy } = row;
  return policy;
}

/** What a command needs beside the snapshot, read in the same statement. */
export interface FactsWanted {
  /** Programs the input names: added to the snapshot's programs when they are of the school. */
  programIds?: string[];
  /** For the assigned advocates: whether each has a connection at this program. */
  connectionsAt?: string;
  /** The narrative version a contact used: the one named (when it is the applicant's), else the latest. */
  narrative?: { versionId?: string };
  /** An advocate of the school the command names (assigning one). */
  advocateId?: string;
  /**
   * The applicant's profile as it is, and whether another applicant or a pending invitation of the
   * school holds this AAMC ID (taken under the AAMC ID's lock, before the read).
   */
  profileWithAamcId?: string;
  /**
   * For a page that shows no faculty-load warning (the applicant's overview): the cohort's
   * faculty load, the costliest part of the statement, is not read, and the snapshot's is empty.
   */
  withoutCohortLoad?: true;
}

export interface CommandFacts {
  snapshot: ApplicantSnapshot;
  /** Advocates (by profile id) of the assignments with a connection at `connectionsAt`. */
  connectedAdvocateIds: string[];
  /** The narrative asked for: its id and version, or null (none yet, or the named one is not theirs). */
  narrative: { id: string; version: number } | null;
  /** The advocate asked for, when they are of the school. */
  advocate: { id: string; kind: AdvocateKind; name: string } | null;
  /** The profile's fields and red flags with their context (when asked for). */
  profile: ProfileFacts | null;
  /** Someone else of the school holds the AAMC ID asked about. */
  aamcIdTaken: boolean;
}

/** The profile as it is, red flags with their context. */
export type ProfileFacts = ProfileRecord;

export async function loadApplicantSnapshot(
  tx: Db | TxClient,
  schoolId: string,
  applicantId: string,
  wanted: Pick<FactsWanted, "withoutCohortLoad"> = {},
): Promise<ApplicantSnapshot> {
  return (await loadCommandFacts(tx, schoolId, applicantId, wanted)).snapshot;
}

export async function loadCommandFacts(tx: Db | TxClient, schoolId: string, applicantId: string, wanted: FactsWanted): Promise<CommandFacts> {
  const aamcId = wanted.profileWithAamcId;
  if (aamcId) await lockAamcId(tx as TxClient, schoolId, aamcId);
  const values = [
    applicantId,
    schoolId,
    wanted.programIds ?? [],
    wanted.connectionsAt ?? null,
    wanted.narrative !== undefined,
    wanted.narrative?.versionId ?? null,
    wanted.advocateId ?? null,
    aamcId ?? null,
    !wanted.withoutCohortLoad,
  ];
  const [row] = await sqlRows<{ facts: FactsRow | string }>(tx, { name: "soap_desk_command_facts", text: COMMAND_FACTS_SQL, values });
  if (!row) throw notFound("That applicant");
  const f: FactsRow = typeof row.facts === "string" ? (JSON.parse(row.facts) as FactsRow) : row.facts;
  const at = fromMs;
  const atOrNull = fromMsOrNull;

  const programs: Record<string, SnapshotProgram> = {};
  for (const [id, name, specialty, tier, setting, positionType, prefersEmail] of f.programs) {
    programs[id] = { id, name, specialty, tier, setting, positionType, prefersEmail };
  }
  const snapshot: ApplicantSnapshot = {
    applicantId: f.id,
    fullName: f.fullName,
    aamcId: f.aamcId,
    degreeType: f.degreeType,
    step2Score: f.step2Score,
    specialty: f.specialty,
    redFlags: f.redFlags.map(([kind]) => kind),
    checklist: { phoneLoud: f.phoneLoud, voicemailReady: f.voicemailReady, erasUpdated: f.erasUpdated, contactCurrent: f.contactCurrent },
    targets: f.targets.map(([programId, rank, priority, appliedAt]) => ({ programId, rank, priority, appliedAt: atOrNull(appliedAt) })),
    programs,
    contacts: f.contacts.map(([programId, actorRole, actorUserId, advocateKind, direction, channel, occurredAt, outcome]) => ({
      programId,
      actorRole,
      actorUserId,
      advocateId: actorRole === "ADVOCATE" ? (f.advocateOfUser?.[actorUserId] ?? null) : null,
      advocateKind,
      direction,
      channel,
      occurredAt: at(occurredAt),
      outcome,
    })),
    claims: f.claims.map(([programId, advocateId, advocateName]) => ({ programId, advocateId, advocateName })),
    assignments: f.assignments.map(([advocateId, active, kind, name]) => ({ advocateId, name, kind, active })),
    offers: f.offers.map(([id, programId, status, respondBy]) => ({ id, programId, status, respondBy: atOrNull(respondBy) })),
    overrides: f.overrides.map(([id, ruleCode, programId, used]) => ({ id, ruleCode, programId, used })),
    tasks: f.tasks.map(([id, kind, status, dueAt, programId, createdAt]) => ({ id, kind, status, dueAt: at(dueAt), programId, createdAt: at(createdAt) })),
    interviews: f.interviews.map(([programId, startsAt]) => ({ programId, startsAt: at(startsAt) })),
    season: f.season ? withoutName(seasonOf(f.season)) : null,
    policy: policyOfColumns(f.policy),
    timeZone: f.timeZone,
    cohortFacultyLoad: cohortFacultyLoad(
      (f.cohortLoad ?? []).map(([programId, otherApplicantId, actorRole, direction, advocateKind]) => ({
        programId,
        applicantId: otherApplicantId,
        actorRole,
        direction,
        advocateKind,
      })),
    ),
  };
  return {
    snapshot,
    connectedAdvocateIds: f.assignments.filter(([, , , , connected]) => connected).map(([advocateId]) => advocateId),
    narrative: f.narrative ? { id: f.narrative[0], version: f.narrative[1] } : null,
    advocate: f.advocate ? { id: f.advocate[0], kind: f.advocate[1], name: f.advocate[2] } : null,
    profile: aamcId
      ? {
          aamcId: f.aamcId,
          degreeType: f.degreeType,
          step2Score: f.step2Score,
          specialty: f.specialty,
          phone: f.phone,
          redFlags: f.redFlags.map(([kind, context]) => ({ kind, context })),
        }
      : null,
    aamcIdTaken: f.aamcIdTaken,
  };
}

function withoutName<T extends { name: string }>({ name: _name, ...rest }: T): Omit<T, "name"> {
  return rest;
}

/** Each policy column's name as the rules read it (snake_case to camelCase), worked out once per column. */
const policyKeys = new Map<string, string>();

function policyKey(column: string): string {
  let key = policyKeys.get(column);
  if (key === undefined) policyKeys.set(column, (key = column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())));
  return key;
}

/** The policy row as the rules read it: the school's (snake_case columns), else the defaults. */
function policyOfColumns(row: Record<string, unknown> | null): Policy {
  if (!row) return { ...DEFAULT_POLICY };
  const policy: Record<string, unknown> = {};
  for (const column in row) {
    if (column === "id" || column === "school_id" || column === "created_at" || column === "updated_at") continue;
    policy[policyKey(column)] = row[column];
  }
  return policy as unknown as Policy;
}

type Ms = number;
/** The statement's one JSON value: lists as arrays of columns (the contacts run to hundreds), instants as epoch ms. */
interface FactsRow extends Omit<ProfileRecord, "redFlags">, ReachabilityChecklist {
  id: string;
  fullName: string;
  timeZone: string;
  policy: Record<string, unknown> | null;
  redFlags: [RedFlagKind, string][];
  programs: [string, string, string, ProgramTier, ProgramSetting, PositionType, boolean][];
  season: SeasonJson | null;
  targets: [string, number, TargetPriority, Ms | null][];
  contacts: [string, ActorRole, string, AdvocateKind | null, ContactDirection, ContactChannel, Ms, ContactOutcome][];
  /** user id → advocate profile id, for the users who logged contacts as advocates (null when none did) */
  advocateOfUser: Record<string, string> | null;
  claims: [string, string, string][];
  /** advocate id, active, kind, name, connected at `connectionsAt` */
  assignments: [string, boolean, AdvocateKind, string, boolean][];
  offers: [string, string, OfferStatus, Ms | null][];
  overrides: [string, string, string | null, boolean][];
  tasks: [string, TaskKind, TaskStatus, Ms, string | null, Ms][];
  interviews: [string, Ms][];
  narrative: [string, number] | null;
  advocate: [string, AdvocateKind, string] | null;
  aamcIdTaken: boolean;
  cohortLoad: [string, string, ActorRole, ContactDirection, AdvocateKind | null][] | null;
}

const ms = epochMs;
const list = jsonList;

/**
 * The school's active season (its latest) as JSON, with its offer rounds: what the rules and the
 * Match Week banner read. `school` is the SQL of the school's id.
 */
export const activeSeasonJson = (school: string) => `(SELECT json_build_object('name', se.name,
      'windowStartsAt', ${ms("se.window_starts_at")}, 'windowEndsAt', ${ms("se.window_ends_at")}, 'communicationMode', se.communication_mode,
      'offerRounds', ${list(`SELECT json_agg(json_build_array(r.number, ${ms("r.offers_at")}, ${ms("r.respond_by")}) ORDER BY r.number)
        FROM offer_rounds r WHERE r.season_id = se.id AND r.school_id = se.school_id`)})
    FROM seasons se WHERE se.school_id = ${school} AND se.active ORDER BY se.window_starts_at DESC LIMIT 1)`;

export interface SeasonJson {
  name: string;
  windowStartsAt: number;
  windowEndsAt: number;
  communicationMode: CommunicationMode;
  offerRounds: [number, number, number][];
}

/** The season read with activeSeasonJson, instants as dates. */
export function seasonOf(season: SeasonJson) {
  return {
    name: season.name,
    windowStartsAt: fromMs(season.windowStartsAt),
    windowEndsAt: fromMs(season.windowEndsAt),
    communicationMode: season.communicationMode,
    offerRounds: season.offerRounds.map(([number, offersAt, respondBy]) => ({ number, offersAt: fromMs(offersAt), respondBy: fromMs(respondBy) })),
  };
}
/**
 * The applicant's own rows of a table (by its alias), scoped by school too. The school is checked
 * as a filter on the applicant's few rows, not as an index condition (`IS TRUE` keeps it out of
 * the index): PostgreSQL would otherwise AND the applicant's index with the school's, reading
 * thousands of the school's entries to find a few dozen rows. School ids are never null, so the
 * filter keeps exactly the rows `=` would.
 */
const own = (alias: string) => `${alias}.applicant_id = $1 AND (${alias}.school_id = $2) IS TRUE`;

/**
 * The applicant and everything of theirs the rules read, in one statement (a rule-checked write
 * holds the applicant's lock while it runs). $1 applicant, $2 school, $3 programs the input
 * names, $4 the program whose connections count, $5/$6 the narrative (wanted, version), $7 an
 * advocate of the school, $8 an AAMC ID to look for elsewhere, $9 whether to read the cohort's
 * faculty load. Every list is scoped by school as well as by applicant. The lists that also name
 * the snapshot's programs are read once, as the WITH clause's tables, and used twice.
 */
const COMMAND_FACTS_SQL = `
WITH tg AS (SELECT t.program_id, t.rank, t.priority, t.applied_at FROM targets t WHERE ${own("t")}),
  ct AS (SELECT c.program_id, c.school_id, c.actor_role, c.actor_user_id, c.advocate_kind, c.direction, c.channel, c.occurred_at, c.outcome
    FROM contacts c WHERE c.applicant_id = $1 AND c.school_id = $2),
  cl AS (SELECT c.program_id, c.advocate_id FROM claims c WHERE ${own("c")}),
  tk AS (SELECT k.id, k.kind, k.status, k.due_at, k.program_id, k.created_at FROM tasks k WHERE ${own("k")}),
  ofr AS (SELECT o.id, o.program_id, o.status, o.respond_by FROM offers o WHERE ${own("o")})
SELECT json_build_object(
  'id', p.id, 'fullName', u.name, 'aamcId', p.aamc_id, 'degreeType', p.degree_type, 'step2Score', p.step2_score,
  'specialty', p.specialty, 'phone', p.phone, 'phoneLoud', p.phone_loud, 'voicemailReady', p.voicemail_ready,
  'erasUpdated', p.eras_updated, 'contactCurrent', p.contact_current, 'timeZone', s.time_zone,
  'policy', (SELECT row_to_json(sp) FROM school_policies sp WHERE sp.school_id = p.school_id),
  'redFlags', ${list(`SELECT json_agg(json_build_array(f.kind, f.context) ORDER BY f.created_at) FROM red_flags f WHERE f.applicant_id = p.id`)},
  'programs', ${list(`SELECT json_agg(json_build_array(g.id, g.name, g.specialty, g.tier, g.setting, g.position_type, g.prefers_email))
      FROM programs g WHERE g.school_id = p.school_id AND g.id IN (
        SELECT program_id FROM tg UNION SELECT program_id FROM ofr UNION SELECT program_id FROM ct UNION SELECT program_id FROM cl
        UNION SELECT program_id FROM tk WHERE program_id IS NOT NULL UNION SELECT unnest($3::text[]))`)},
  'season', ${activeSeasonJson("p.school_id")},
  'targets', ${list(`SELECT json_agg(json_build_array(t.program_id, t.rank, t.priority, ${ms("t.applied_at")}) ORDER BY t.rank) FROM tg t`)},
  'contacts', ${list(`SELECT json_agg(json_build_array(c.program_id, c.actor_role, c.actor_user_id, c.advocate_kind, c.direction, c.channel, ${ms("c.occurred_at")}, c.outcome) ORDER BY c.occurred_at)
      FROM ct c`)},
  -- The advocate profile (of the school) of each user who logged a contact as an advocate: a
  -- contact's advocate, looked up once per person rather than once per contact.
  'advocateOfUser', (SELECT json_object_agg(a.user_id, a.id) FROM advocate_profiles a
      WHERE a.school_id = p.school_id AND a.user_id IN (SELECT actor_user_id FROM ct WHERE actor_role = 'ADVOCATE')),
  'claims', ${list(`SELECT json_agg(json_build_array(c.program_id, c.advocate_id, au.name)) FROM cl c
      JOIN advocate_profiles a ON a.id = c.advocate_id JOIN users au ON au.id = a.user_id`)},
  'assignments', ${list(`SELECT json_agg(json_build_array(x.advocate_id, x.active, a.kind, au.name,
        $4::text IS NOT NULL AND EXISTS (SELECT 1 FROM connections k WHERE k.advocate_id = x.advocate_id AND k.school_id = p.school_id AND k.program_id = $4)))
      FROM advocate_assignments x JOIN advocate_profiles a ON a.id = x.advocate_id JOIN users au ON au.id = a.user_id WHERE ${own("x")}`)},
  'offers', ${list(`SELECT json_agg(json_build_array(o.id, o.program_id, o.status, ${ms("o.respond_by")})) FROM ofr o`)},
  'overrides', ${list(`SELECT json_agg(json_build_array(o.id, o.rule_code, o.program_id, o.used_at IS NOT NULL)) FROM overrides o WHERE ${own("o")}`)},
  'tasks', ${list(`SELECT json_agg(json_build_array(k.id, k.kind, k.status, ${ms("k.due_at")}, k.program_id, ${ms("k.created_at")}) ORDER BY k.created_at, k.id) FROM tk k`)},
  'interviews', ${list(`SELECT json_agg(json_build_array(i.program_id, ${ms("i.starts_at")})) FROM interviews i WHERE ${own("i")}`)},
  'narrative', CASE WHEN $5 THEN (SELECT json_build_array(n.id, n.version) FROM narratives n
      WHERE ${own("n")} AND ($6::text IS NULL OR n.id = $6) ORDER BY n.version DESC LIMIT 1) END,
  'advocate', CASE WHEN $7::text IS NOT NULL THEN (SELECT json_build_array(a.id, a.kind, au.name) FROM advocate_profiles a
      JOIN users au ON au.id = a.user_id WHERE a.id = $7 AND a.school_id = p.school_id) END,
  'aamcIdTaken', $8::text IS NOT NULL AND (
      EXISTS (SELECT 1 FROM applicant_profiles o WHERE o.school_id = p.school_id AND o.aamc_id = $8 AND o.id <> p.id)
      OR EXISTS (SELECT 1 FROM invitations v WHERE v.school_id = p.school_id AND v.aamc_id = $8 AND v.accepted_at IS NULL)),
  -- The cohort's faculty load on the programs of this list: other applicants' advocates' outbound
  -- contacts there, one row per kind of contact (contacts_faculty_load_idx leads with these
  -- columns). Grouped by every column the domain's "faculty contact" reads, so the rule stays in one place.
  'cohortLoad', CASE WHEN $9 THEN ${list(`SELECT json_agg(json_build_array(d.program_id, d.applicant_id, d.actor_role, d.direction, d.advocate_kind)) FROM (
      SELECT DISTINCT c.program_id, c.applicant_id, c.actor_role, c.direction, c.advocate_kind FROM contacts c
      WHERE c.school_id = p.school_id AND c.actor_role = 'ADVOCATE' AND c.direction = 'OUTBOUND' AND c.applicant_id <> p.id
        AND c.program_id IN (SELECT t.program_id FROM tg t)) d`)} END
) AS facts
FROM applicant_profiles p JOIN users u ON u.id = p.user_id JOIN schools s ON s.id = p.school_id
WHERE p.id = $1 AND p.school_id = $2`;
