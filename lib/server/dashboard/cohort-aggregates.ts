import "server-only";
// The whole school's dashboard aggregates in one set-based query: however many applicants, the
// dashboard runs the same few statements (this one, the policy, the school). Each CTE groups one
// table by applicant; the alert rules then run in lib/domain on the aggregates.
import { FACULTY_CAP_RULE } from "@/lib/domain/faculty-cap";
import { URGENT_KINDS } from "@/lib/domain/notification-channels";
import type { ApplicantAggregate } from "@/lib/domain/dashboard/aggregate";
import type { AdvocateKind, DegreeType, Policy, RedFlagKind } from "@/lib/domain/types";
import type { TxClient } from "../core/db";

interface Row {
  id: string;
  full_name: string;
  specialty: string;
  degree_type: DegreeType;
  step2_score: number | null;
  phone_loud: boolean;
  voicemail_ready: boolean;
  eras_updated: boolean;
  contact_current: boolean;
  red_flags: RedFlagKind[] | null;
  targeted: number | null;
  applied: number | null;
  emailed: number | null;
  faculty_contacted: number | null;
  interview: number | null;
  offer: number | null;
  accepted: number | null;
  own_outreach: number | null;
  own_emails: number | null;
  faculty_programs: number | null;
  inbound: number | null;
  interviews: number | null;
  advocates: { advocateId: string; name: string; kind: AdvocateKind }[] | null;
  pending: { programId: string; programName: string; respondBy: string | null }[] | null;
  accepted_program: string | null;
  overdue: { programId: string | null; programName: string; dueAt: string }[] | null;
  saturated: { programId: string; programName: string; applicants: number }[] | null;
  undelivered: number | null;
  undelivered_urgent: number | null;
  open_overrides: number | null;
  faculty_cap_overrides: number | null;
}

export async function loadCohortAggregates(tx: TxClient, schoolId: string, policy: Policy, now: Date): Promise<ApplicantAggregate[]> {
  const rows = await tx.$queryRaw<Row[]>`
    WITH
    flags AS (
      SELECT applicant_id, array_agg(kind::text ORDER BY kind) AS red_flags FROM red_flags WHERE school_id = ${schoolId} GROUP BY applicant_id
    ),
    touch AS (
      -- The school's contacts are read once, per applicant and program; contact_counts sums these.
      SELECT applicant_id, program_id,
        bool_or(direction = 'OUTBOUND' AND actor_role = 'APPLICANT' AND channel = 'EMAIL') AS emailed,
        bool_or(direction = 'OUTBOUND' AND actor_role = 'ADVOCATE' AND advocate_kind IS DISTINCT FROM 'RESIDENT') AS faculty,
        bool_or(outcome = 'INTERVIEW_OFFERED') AS interview_offered,
        count(*) FILTER (WHERE direction = 'OUTBOUND' AND actor_role = 'APPLICANT')::int AS own_outreach,
        count(*) FILTER (WHERE direction = 'OUTBOUND' AND actor_role = 'APPLICANT' AND channel = 'EMAIL')::int AS own_emails,
        count(*) FILTER (WHERE direction = 'INBOUND')::int AS inbound
      FROM contacts WHERE school_id = ${schoolId} GROUP BY applicant_id, program_id
    ),
    interviewed AS (SELECT DISTINCT applicant_id, program_id FROM interviews WHERE school_id = ${schoolId}),
    offered AS (
      SELECT applicant_id, program_id, bool_or(status = 'ACCEPTED') AS accepted FROM offers WHERE school_id = ${schoolId} GROUP BY applicant_id, program_id
    ),
    funnel AS (
      SELECT t.applicant_id,
        count(*)::int AS targeted,
        count(t.applied_at)::int AS applied,
        count(*) FILTER (WHERE tc.emailed)::int AS emailed,
        count(*) FILTER (WHERE tc.faculty)::int AS faculty_contacted,
        count(*) FILTER (WHERE tc.interview_offered OR iv.program_id IS NOT NULL)::int AS interview,
        count(o.program_id)::int AS offer,
        count(*) FILTER (WHERE o.accepted)::int AS accepted
      FROM targets t
      LEFT JOIN touch tc ON tc.applicant_id = t.applicant_id AND tc.program_id = t.program_id
      LEFT JOIN interviewed iv ON iv.applicant_id = t.applicant_id AND iv.program_id = t.program_id
      LEFT JOIN offered o ON o.applicant_id = t.applicant_id AND o.program_id = t.program_id
      WHERE t.school_id = ${schoolId}
      GROUP BY t.applicant_id
    ),
    contact_counts AS (
      SELECT applicant_id,
        sum(own_outreach)::int AS own_outreach,
        sum(own_emails)::int AS own_emails,
        count(*) FILTER (WHERE faculty)::int AS faculty_programs,
        sum(inbound)::int AS inbound
      FROM touch GROUP BY applicant_id
    ),
    advocates AS (
      SELECT aa.applicant_id,
        json_agg(json_build_object('advocateId', p.id, 'name', u.name, 'kind', p.kind) ORDER BY aa.assigned_at, p.id) AS advocates
      FROM advocate_assignments aa
      JOIN advocate_profiles p ON p.id = aa.advocate_id
      JOIN users u ON u.id = p.user_id
      WHERE aa.school_id = ${schoolId} AND aa.active
      GROUP BY aa.applicant_id
    ),
    interview_counts AS (SELECT applicant_id, count(*)::int AS interviews FROM interviews WHERE school_id = ${schoolId} GROUP BY applicant_id),
    offers_by_applicant AS (
      SELECT o.applicant_id,
        json_agg(json_build_object('programId', o.program_id, 'programName', pr.name, 'respondBy', o.respond_by) ORDER BY o.offered_at, o.id)
          FILTER (WHERE o.status = 'PENDING') AS pending,
        min(pr.name) FILTER (WHERE o.status = 'ACCEPTED') AS accepted_program
      FROM offers o JOIN programs pr ON pr.id = o.program_id
      WHERE o.school_id = ${schoolId}
      GROUP BY o.applicant_id
    ),
    overdue AS (
      SELECT t.applicant_id,
        json_agg(json_build_object('programId', t.program_id, 'programName', coalesce(pr.name, 'a program'), 'dueAt', t.due_at) ORDER BY t.due_at, t.id) AS overdue
      FROM tasks t LEFT JOIN programs pr ON pr.id = t.program_id
      WHERE t.school_id = ${schoolId} AND t.kind = 'URGENT_RESPONSE' AND t.status = 'OPEN' AND t.due_at < ${now}
      GROUP BY t.applicant_id
    ),
    faculty AS (SELECT DISTINCT applicant_id, program_id FROM touch WHERE faculty),
    program_load AS (SELECT program_id, count(*)::int AS applicants FROM faculty GROUP BY program_id),
    saturated AS (
      SELECT f.applicant_id,
        json_agg(json_build_object('programId', f.program_id, 'programName', pr.name, 'applicants', l.applicants) ORDER BY pr.name, f.program_id) AS saturated
      FROM faculty f JOIN program_load l ON l.program_id = f.program_id JOIN programs pr ON pr.id = f.program_id
      WHERE l.applicants > ${policy.cohortLoadWarnAbove}
      GROUP BY f.applicant_id
    ),
    open_overrides AS (
      SELECT applicant_id,
        count(*) FILTER (WHERE used_at IS NULL)::int AS open_overrides,
        count(*) FILTER (WHERE rule_code = ${FACULTY_CAP_RULE})::int AS faculty_cap_overrides
      FROM overrides WHERE school_id = ${schoolId} GROUP BY applicant_id
    ),
    undelivered AS (
      SELECT ap.id AS applicant_id, count(*)::int AS undelivered
      FROM outbox_emails e
      JOIN notifications n ON n.id = e.notification_id
      JOIN applicant_profiles ap ON ap.user_id = n.user_id
      WHERE e.school_id = ${schoolId} AND e.status = 'FAILED'
      GROUP BY ap.id
    ),
    undelivered_urgent AS (
      -- Urgent messages about the applicant (one to the applicant is about them) whose email or
      -- push failed, still unread in the app.
      SELECT coalesce(n.applicant_id, ap.id) AS applicant_id, count(*)::int AS undelivered_urgent
      FROM notifications n
      LEFT JOIN applicant_profiles ap ON ap.user_id = n.user_id
      WHERE n.school_id = ${schoolId} AND n.read_at IS NULL
        AND (n.urgent OR n.kind::text = ANY(${[...URGENT_KINDS]}::text[]))
        AND (n.push_status = 'FAILED' OR EXISTS (SELECT 1 FROM outbox_emails e WHERE e.notification_id = n.id AND e.status = 'FAILED'))
      GROUP BY coalesce(n.applicant_id, ap.id)
    )
    SELECT a.id, u.name AS full_name, a.specialty, a.degree_type::text AS degree_type, a.step2_score,
      a.phone_loud, a.voicemail_ready, a.eras_updated, a.contact_current,
      fl.red_flags, fn.targeted, fn.applied, fn.emailed, fn.faculty_contacted, fn.interview, fn.offer, fn.accepted,
      cc.own_outreach, cc.own_emails, cc.faculty_programs, cc.inbound, ic.interviews, ad.advocates,
      ob.pending, ob.accepted_program, od.overdue, sa.saturated, ud.undelivered, uu.undelivered_urgent, oo.open_overrides, oo.faculty_cap_overrides
    FROM applicant_profiles a
    JOIN users u ON u.id = a.user_id
    LEFT JOIN flags fl ON fl.applicant_id = a.id
    LEFT JOIN funnel fn ON fn.applicant_id = a.id
    LEFT JOIN contact_counts cc ON cc.applicant_id = a.id
    LEFT JOIN advocates ad ON ad.applicant_id = a.id
    LEFT JOIN interview_counts ic ON ic.applicant_id = a.id
    LEFT JOIN offers_by_applicant ob ON ob.applicant_id = a.id
    LEFT JOIN overdue od ON od.applicant_id = a.id
    LEFT JOIN saturated sa ON sa.applicant_id = a.id
    LEFT JOIN undelivered ud ON ud.applicant_id = a.id
    LEFT JOIN undelivered_urgent uu ON uu.applicant_id = a.id
    LEFT JOIN open_overrides oo ON oo.applicant_id = a.id
    WHERE a.school_id = ${schoolId}
    ORDER BY u.name, a.id`;
  return rows.map(toAggregate);
}

const date = (iso: string) => new Date(iso.endsWith("Z") || /[+-]\d\d:?\d\d$/.test(iso) ? iso : `${iso}Z`);

function toAggregate(r: Row): ApplicantAggregate {
  return {
    applicantId: r.id,
    fullName: r.full_name,
    specialty: r.specialty,
    degreeType: r.degree_type,
    step2Score: r.step2_score,
    redFlags: r.red_flags ?? [],
    checklist: { phoneLoud: r.phone_loud, voicemailReady: r.voicemail_ready, erasUpdated: r.eras_updated, contactCurrent: r.contact_current },
    targets: r.targeted ?? 0,
    applied: r.applied ?? 0,
    ownOutreach: r.own_outreach ?? 0,
    ownEmails: r.own_emails ?? 0,
    facultyPrograms: r.faculty_programs ?? 0,
    advocates: r.advocates ?? [],
    inboundContacts: r.inbound ?? 0,
    interviews: r.interviews ?? 0,
    pendingOffers: (r.pending ?? []).map((o) => ({ ...o, respondBy: o.respondBy ? date(o.respondBy) : null })),
    acceptedProgram: r.accepted_program,
    overdueUrgent: (r.overdue ?? []).map((t) => ({ ...t, dueAt: date(t.dueAt) })),
    saturated: r.saturated ?? [],
    undeliveredEmails: r.undelivered ?? 0,
    undeliveredUrgent: r.undelivered_urgent ?? 0,
    openOverrides: r.open_overrides ?? 0,
    facultyCapOverrides: r.faculty_cap_overrides ?? 0,
    funnel: {
      targeted: r.targeted ?? 0,
      applied: r.applied ?? 0,
      emailed: r.emailed ?? 0,
      facultyContacted: r.faculty_contacted ?? 0,
      interview: r.interview ?? 0,
      offer: r.offer ?? 0,
      accepted: r.accepted ?? 0,
    },
  };
}
