// The set-based SQL that writes one chunk of schools. Every value is a pure function of the seed,
// `now` ($1) and the row's own numbers (school k, applicant i, target rank r, contact c), computed
// with pg_temp.u(key, purpose): a hash of (seed, purpose, key) mapped to [0, 1). So school k's rows
// do not depend on which other schools are written, in which order, or by which connection.
//
// Timeline, relative to now (Thursday of Match Week, 10:30 ET): results at now - 72.5 h (Monday
// 10:00), the SOAP window and ERAS open at now - 71.5 h (Monday 11:00), the window closes at
// now + 9.5 h (Thursday 20:00). Offer rounds at 09:00, 12:00, 15:00 and 18:00, each answered
// within two hours: round 1's offers are out and due 30 minutes from now.
import {
  CITIES,
  FIRST_NAMES,
  INSTITUTION_KINDS,
  INSTITUTION_PLACES,
  LAST_NAMES,
  RED_FLAG_CONTEXT,
  RELIABILITY,
  SCHOOL_PLACES,
  DISCIPLINES,
  STRENGTHS,
  WEAKNESS_CONTEXT,
  sqlPick,
  sqlPickIndex,
  sqlText,
  sqlTextArray,
  sqlWeighted,
} from "./national-dataset-vocab";

/** Size of the national catalog the schools' program lists are drawn from. */
export const CATALOG_SIZE = 3000;

const NOW = "$1::timestamp";
/** A time `minutes` (an SQL number expression) from now. */
const at = (minutes: string | number) => `(${NOW} + (${minutes}) * interval '1 minute')`;
const RESULTS_AT = at(-4350);
const WINDOW_STARTS_AT = at(-4290);
const WINDOW_ENDS_AT = at(570);
/** When schools, deans and policies were set up: a week before results. */
const SET_UP_AT = at(-4350 - 7 * 24 * 60);
const ROUND_MINUTES = [-90, 90, 270, 450];
/** Round 1 (Thursday 09:00 ET): the round whose offers are out. */
const ROUND1 = -90;

const u = (key: string, purpose: number) => `pg_temp.u(${key}, ${purpose})`;
const pad = (expr: string, width: number) => `lpad((${expr})::text, ${width}, '0')`;

/** Session set-up: the hash function (the seed is baked in) and the catalog and work tables. */
export function setupStatements(seed: number): string[] {
  const specialty = (field: "name" | "code" | "positionType") => sqlTextArray(DISCIPLINES.map((s) => s[field]));
  return [
    `CREATE FUNCTION pg_temp.u(key bigint, purpose int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
       $$ SELECT (hashint8extended(key, ${seed}::bigint * 1009 + purpose) & 4294967295)::float8 / 4294967296.0 $$`,
    `CREATE TEMP TABLE g_school (k int PRIMARY KEY, kt text, sid text, applicants int, programs int, advocates int)`,
    // The national List of Unfilled Programs: institution q holds programs 5q+1 .. 5q+5, and the
    // track digit (the program's place in its institution) keeps every NRMP code unique.
    `CREATE TEMP TABLE g_cat AS
     SELECT j, spec, backup, code, ptype, specialty,
       place || ' ' || kind || ' ' || specialty ||
         CASE WHEN ptype = 'P' AND specialty <> 'Transitional Year' THEN ' Preliminary' WHEN ptype = 'M' THEN ' Primary Care' ELSE '' END AS name,
       city, state, setting, tier, open_positions, director_first || ' ' || director_last AS director_name,
       lower(director_first || '.' || director_last) || '@inst' || q || '.example.edu' AS director_email,
       coordinator_first || ' ' || coordinator_last AS coordinator_name,
       lower(coordinator_first || '.' || coordinator_last) || '@inst' || q || '.example.edu' AS coordinator_email,
       '(' || (201 + q % 700) || ') 555-' || ${pad("j % 10000", 4)} AS phone, prefers_email, service
     FROM (
       SELECT j, q, spec, ${sqlTextArray(DISCIPLINES.map((s) => (s.backup ? "t" : "f")))}[spec + 1]::boolean AS backup,
         (1000 + q)::text || ${specialty("code")}[spec + 1] || ${specialty("positionType")}[spec + 1] || ((j - 1) % 5)::text AS code,
         ${specialty("positionType")}[spec + 1] AS ptype, ${specialty("name")}[spec + 1] AS specialty,
         place, kind, city, state,
         CASE WHEN kind IN ('University Hospital', 'Academic Health Center') THEN 'UNIVERSITY'
              WHEN kind IN ('Community Hospital', 'Health System') THEN 'COMMUNITY' ELSE 'COMMUNITY_ACADEMIC' END AS setting,
         CASE WHEN kind IN ('University Hospital', 'Academic Health Center') THEN (CASE WHEN h_tier < 0.5 THEN 'TOP' ELSE 'MID' END)
              WHEN kind IN ('Community Hospital', 'Health System') THEN (CASE WHEN h_tier < 0.8 THEN 'COMMUNITY' ELSE 'MID' END)
              ELSE (CASE WHEN h_tier < 0.75 THEN 'MID' ELSE 'COMMUNITY' END) END AS tier,
         1 + floor(h_open * 5)::int AS open_positions,
         ${sqlPick(FIRST_NAMES, "h_d1")} AS director_first, ${sqlPick(LAST_NAMES, "h_d2")} AS director_last,
         ${sqlPick(FIRST_NAMES, "h_c1")} AS coordinator_first, ${sqlPick(LAST_NAMES, "h_c2")} AS coordinator_last,
         h_prefers < 0.15 AS prefers_email,
         CASE WHEN h_service < 0.88 THEN 'ERAS' WHEN h_service < 0.95 THEN 'RESIDENCY_CAS' ELSE 'OTHER' END AS service
       FROM (
         SELECT j, q, ${sqlWeighted(
           "h_spec",
           DISCIPLINES.map((s) => s.catalogWeight),
         )} AS spec,
           ${sqlPick(INSTITUTION_PLACES, u("q", 2))} AS place, ${sqlPick(INSTITUTION_KINDS, u("q", 3))} AS kind,
           ${sqlTextArray(CITIES.map((c) => c[0]))}[city_index] AS city, ${sqlTextArray(CITIES.map((c) => c[1]))}[city_index] AS state,
           ${u("q", 5)} AS h_tier, ${u("j", 6)} AS h_open, ${u("j", 7)} AS h_d1, ${u("j", 8)} AS h_d2, ${u("j", 9)} AS h_c1,
           ${u("j", 10)} AS h_c2, ${u("j", 11)} AS h_prefers, ${u("j", 12)} AS h_service
         FROM generate_series(1, ${CATALOG_SIZE}) j
         CROSS JOIN LATERAL (SELECT (j - 1) / 5 AS q, ${u("j", 1)} AS h_spec) x
         CROSS JOIN LATERAL (SELECT ${sqlPickIndex(u("q", 4), CITIES.length)} AS city_index) y
       ) raw
     ) named`,
    `CREATE TEMP TABLE g_prog (k int, p int, j int, sid text, id text, spec int, backup boolean, prefers_email boolean, name text)`,
    `CREATE TEMP TABLE g_adv (k int, v int, key bigint, id text, user_id text, kind text, name text)`,
    `CREATE TEMP TABLE g_app (k int, i int, kt text, it text, key bigint, sid text, id text, user_id text, email text, spec int,
       act float8, list_size int, v1 int, v2 int, v_ended int, red int, narratives int, offer_roll float8, offer_kind float8,
       narrative_id text, accepted_at timestamp, t_end timestamp)`,
    `CREATE TEMP TABLE g_tgt (k int, i int, r int, p int, kt text, it text, tkey bigint, sid text, app_id text, prog_id text, prog_name text,
       prefers_email boolean, applied_at timestamp, faculty boolean, n int, claim_v int, iv_i int, dec boolean, open_last boolean)`,
    `CREATE TEMP TABLE g_off (k int, i int, r int, status text, offered_at timestamp, responded_at timestamp)`,
  ];
}

/** Empties the work tables before the next chunk of schools. */
export const RESET_CHUNK = "TRUNCATE g_school, g_prog, g_adv, g_app, g_tgt, g_off";

/** Fills g_school from four parallel arrays ($1 .. $4: k, applicants, programs, advocates). */
export const LOAD_CHUNK = `INSERT INTO g_school (k, kt, sid, applicants, programs, advocates)
  SELECT k, ${pad("k", 3)}, 'sch_' || ${pad("k", 3)}, a, p, v FROM unnest($1::int[], $2::int[], $3::int[], $4::int[]) AS x(k, a, p, v)`;

const STRONG_KINDS = [
  "PROGRAM_DIRECTOR",
  "ASSOCIATE_PROGRAM_DIRECTOR",
  "CLERKSHIP_DIRECTOR",
  "CHAIR",
  "SENIOR_FACULTY_CLINICAL",
  "SENIOR_FACULTY_CLINICAL",
  "DEAN",
];
const CONNECTION_KINDS = ["TRAINED_WITH_PD", "FORMER_RESIDENTS_THERE", "SCHOOL_PIPELINE", "WORKED_THERE", "ALUMNI"];
const APPLICANT_DISCIPLINES = sqlTextArray(DISCIPLINES.map((s) => s.name));
/** Advocate numbers 5, 10, 15 ... are an attending and residents: never assigned, so pick the one before. */
const eligibleAdvocate = (raw: string) => `(CASE WHEN (${raw}) % 5 = 0 THEN (${raw}) - 1 ELSE (${raw}) END)`;

export interface ChunkStep {
  label: string;
  sql: string;
}

/** The statements that write the schools in g_school, in order. Each takes $1 = now. */
export function chunkSteps(): ChunkStep[] {
  return [
    { label: "schools", sql: SCHOOLS },
    { label: "school settings", sql: POLICIES },
    { label: "seasons", sql: SEASONS },
    { label: "offer rounds", sql: OFFER_ROUNDS },
    { label: "deans", sql: DEANS },
    { label: "audit", sql: AUDIT },
    { label: "program lists", sql: PROGRAM_LIST },
    { label: "programs", sql: PROGRAMS },
    { label: "advocate plan", sql: ADVOCATE_PLAN },
    { label: "advocate users", sql: ADVOCATE_USERS },
    { label: "advocates", sql: ADVOCATES },
    { label: "applicant plan", sql: APPLICANT_PLAN },
    { label: "applicant users", sql: APPLICANT_USERS },
    { label: "applicants", sql: APPLICANTS },
    { label: "red flags", sql: RED_FLAGS },
    { label: "narratives", sql: NARRATIVES },
    { label: "assignments", sql: ASSIGNMENTS },
    { label: "target plan", sql: TARGET_PLAN },
    { label: "analyze plan", sql: "ANALYZE g_app, g_tgt, g_prog, g_adv" },
    { label: "targets", sql: TARGETS },
    { label: "offer plan", sql: OFFER_PLAN },
    { label: "offers", sql: OFFERS },
    { label: "acceptances", sql: ACCEPTANCES },
    { label: "offer tasks", sql: OFFER_TASKS },
    { label: "claims", sql: CLAIMS },
    { label: "connections", sql: CONNECTIONS },
    { label: "contacts and tasks", sql: CONTACTS_AND_TASKS },
    { label: "interviews", sql: INTERVIEWS },
    { label: "overrides", sql: OVERRIDES },
    { label: "notifications", sql: NOTIFICATIONS },
  ];
}

const SCHOOLS = `INSERT INTO schools (id, name, slug, time_zone, created_at, updated_at)
  SELECT sid, ${sqlPick(SCHOOL_PLACES, u("k", 20))} || ' School of Medicine ' || kt, 'bench-' || kt, 'America/New_York', ${SET_UP_AT}, ${SET_UP_AT}
  FROM g_school`;

// Every cap at its default (the schema's column defaults), like the demo seed.
const POLICIES = `INSERT INTO school_policies (id, school_id, created_at, updated_at)
  SELECT 'pol_' || kt, sid, ${SET_UP_AT}, ${SET_UP_AT} FROM g_school`;

const SEASONS = `INSERT INTO seasons (id, school_id, name, results_at, eras_opens_at, window_starts_at, window_ends_at, communication_mode, active, created_at, updated_at)
  SELECT 'sea_' || kt, sid, 'Match Week ' || extract(year FROM ${NOW})::int, ${RESULTS_AT}, ${WINDOW_STARTS_AT}, ${WINDOW_STARTS_AT}, ${WINDOW_ENDS_AT},
    'PROGRAM_INITIATED', true, ${SET_UP_AT}, ${SET_UP_AT}
  FROM g_school`;

const OFFER_ROUNDS = `INSERT INTO offer_rounds (id, school_id, season_id, number, offers_at, respond_by, created_at, updated_at)
  SELECT 'rnd_' || kt || '_' || n, sid, 'sea_' || kt, n, ${at("m")}, ${at("m + 120")}, ${SET_UP_AT}, ${SET_UP_AT}
  FROM g_school CROSS JOIN unnest(ARRAY[${ROUND_MINUTES.join(", ")}]) WITH ORDINALITY AS r(m, n)`;

const DEANS = `INSERT INTO users (id, school_id, name, email, role, is_demo, created_at, updated_at)
  SELECT 'usr_' || kt || '_dean', sid, ${sqlPick(FIRST_NAMES, u("k", 21))} || ' ' || ${sqlPick(LAST_NAMES, u("k", 22))},
    'dean@bench-' || kt || '.example.edu', 'DEAN', false, ${SET_UP_AT}, ${SET_UP_AT}
  FROM g_school`;

// Explicit ids (the school's number) so that a one-school database holds the same row.
const AUDIT = `INSERT INTO audit_logs (id, school_id, actor_user_id, action, entity_type, entity_id, after, reason, created_at)
  SELECT k, sid, NULL, 'seed.bench', 'School', sid, jsonb_build_object('applicants', applicants, 'programs', programs, 'advocates', advocates),
    'National benchmark dataset (scripts/bench/national-dataset.ts)', ${SET_UP_AT}
  FROM g_school`;

// Each school imports its own copy of part of the national list: `programs` of the 3,000.
const PROGRAM_LIST = `INSERT INTO g_prog (k, p, j, sid, id, spec, backup, prefers_email, name)
  SELECT k, p, j, sid, 'prg_' || kt || '_' || ${pad("p", 4)}, spec, backup, prefers_email, name
  FROM (
    SELECT x.k, x.kt, x.sid, c.j, c.spec, c.backup, c.prefers_email, c.name, row_number() OVER (PARTITION BY x.k ORDER BY c.j)::int AS p
    FROM (
      SELECT s.k, s.kt, s.sid, s.programs, c.j, row_number() OVER (PARTITION BY s.k ORDER BY ${u("s.k::bigint * 100000 + c.j", 30)}, c.j) AS pick
      FROM g_school s CROSS JOIN g_cat c
    ) x JOIN g_cat c ON c.j = x.j
    WHERE x.pick <= x.programs
  ) chosen`;

const PROGRAMS = `INSERT INTO programs (id, school_id, nrmp_code, name, specialty, position_type, city, state, setting, tier, open_positions,
    director_name, director_email, coordinator_name, coordinator_email, phone, prefers_email, application_service, created_at, updated_at)
  SELECT p.id, p.sid, c.code, c.name, c.specialty, c.ptype::"PositionType", c.city, c.state, c.setting::"ProgramSetting", c.tier::"ProgramTier",
    c.open_positions, c.director_name, c.director_email, c.coordinator_name, c.coordinator_email, c.phone, c.prefers_email,
    c.service::"ApplicationService", ${RESULTS_AT} - interval '30 minutes', ${RESULTS_AT} - interval '30 minutes'
  FROM g_prog p JOIN g_cat c ON c.j = p.j`;

const ADVOCATE_PLAN = `INSERT INTO g_adv (k, v, key, id, user_id, kind, name)
  SELECT s.k, v, s.k::bigint * 1000 + v, 'adv_' || s.kt || '_' || ${pad("v", 4)}, 'usr_' || s.kt || '_v' || ${pad("v", 4)},
    CASE WHEN v % 10 = 0 THEN 'RESIDENT' WHEN v % 10 = 5 THEN 'ATTENDING_LIMITED_CONTACT' ELSE ${sqlPick(STRONG_KINDS, "h.h_kind")} END,
    ${sqlPick(FIRST_NAMES, "h.h_first")} || ' ' || ${sqlPick(LAST_NAMES, "h.h_last")}
  FROM g_school s CROSS JOIN LATERAL generate_series(1, s.advocates) v
  CROSS JOIN LATERAL (SELECT ${u("s.k::bigint * 1000 + v", 40)} AS h_kind, ${u("s.k::bigint * 1000 + v", 41)} AS h_first,
    ${u("s.k::bigint * 1000 + v", 42)} AS h_last) h`;

const ADVOCATE_USERS = `INSERT INTO users (id, school_id, name, email, role, is_demo, created_at, updated_at)
  SELECT a.user_id, 'sch_' || ${pad("a.k", 3)}, CASE WHEN a.kind = 'RESIDENT' THEN a.name ELSE 'Dr. ' || a.name END,
    lower(replace(a.name, ' ', '.')) || '.v' || a.v || '@bench-' || ${pad("a.k", 3)} || '.example.edu', 'ADVOCATE', false,
    ${SET_UP_AT} + interval '1 day', ${SET_UP_AT} + interval '1 day'
  FROM g_adv a`;

const ADVOCATES = `INSERT INTO advocate_profiles (id, school_id, user_id, kind, title, specialty, created_at, updated_at)
  SELECT a.id, 'sch_' || ${pad("a.k", 3)}, a.user_id, a.kind::"AdvocateKind",
    CASE a.kind WHEN 'PROGRAM_DIRECTOR' THEN 'Program Director' WHEN 'ASSOCIATE_PROGRAM_DIRECTOR' THEN 'Associate Program Director'
      WHEN 'CLERKSHIP_DIRECTOR' THEN 'Clerkship Director' WHEN 'CHAIR' THEN 'Department Chair' WHEN 'DEAN' THEN 'Associate Dean for Student Affairs'
      WHEN 'RESIDENT' THEN 'PGY-3 Resident' WHEN 'ATTENDING_LIMITED_CONTACT' THEN 'Attending Physician' ELSE 'Professor of Medicine' END,
    ${APPLICANT_DISCIPLINES}[1 + ${sqlWeighted(
      u("a.key", 43),
      DISCIPLINES.map((s) => s.applicantWeight),
    )}],
    ${SET_UP_AT} + interval '1 day', ${SET_UP_AT} + interval '1 day'
  FROM g_adv a`;

// One row per applicant with every per-applicant choice made once. act scales how busy the
// applicant's outreach is; v1/v2 are the active advocates, v_ended a past one.
const APPLICANT_PLAN = `INSERT INTO g_app (k, i, kt, it, key, sid, id, user_id, email, spec, act, list_size, v1, v2, v_ended, red, narratives,
    offer_roll, offer_kind, narrative_id, accepted_at, t_end)
  SELECT k, i, kt, it, key, sid, 'app_' || kt || '_' || it, 'usr_' || kt || '_a' || it,
    lower(first || '.' || last) || '.a' || it || '@bench-' || kt || '.example.edu', spec, act, list_size, v1,
    CASE WHEN v2 = v1 THEN NULL ELSE v2 END,
    CASE WHEN v_ended = v1 OR v_ended = v2 THEN NULL ELSE v_ended END, red, narratives, offer_roll, offer_kind,
    CASE WHEN narratives > 0 THEN 'nar_' || kt || '_' || it || '_' || narratives END, NULL, ${at(-5)}
  FROM (
    SELECT s.k, i, s.kt, ${pad("i", 4)} AS it, key, s.sid, ${sqlPick(FIRST_NAMES, "h1")} AS first, ${sqlPick(LAST_NAMES, "h2")} AS last,
      ${sqlWeighted(
        "h3",
        DISCIPLINES.map((x) => x.applicantWeight),
      )} AS spec, 0.43 + 1.05 * h4 AS act, 15 + floor(h5 * 6)::int AS list_size,
      CASE WHEN h6 < 0.93 THEN ${eligibleAdvocate("1 + floor(h7 * s.advocates)::int")} END AS v1,
      CASE WHEN h6 < 0.93 AND h8 < 0.38 THEN ${eligibleAdvocate(`1 + (${eligibleAdvocate("1 + floor(h7 * s.advocates)::int")} + floor(h9 * (s.advocates - 1))::int) % s.advocates`)} END AS v2,
      CASE WHEN h6 < 0.93 AND h10 < 0.05 THEN ${eligibleAdvocate("1 + floor(h11 * s.advocates)::int")} END AS v_ended,
      CASE WHEN h12 < 0.12 THEN ${sqlWeighted("h13", [0.5, 0.3, 0.2])} END AS red,
      ${sqlWeighted("h14", [0.1, 0.5, 0.3, 0.1])} AS narratives, h15 AS offer_roll, h16 AS offer_kind
    FROM g_school s CROSS JOIN LATERAL generate_series(1, s.applicants) i
    CROSS JOIN LATERAL (SELECT s.k::bigint * 1000 + i AS key) kk
    CROSS JOIN LATERAL (SELECT ${Array.from({ length: 16 }, (_, n) => `${u("kk.key", 50 + n)} AS h${n + 1}`).join(", ")}) h
  ) planned`;

const APPLICANT_USERS = `INSERT INTO users (id, school_id, name, email, role, is_demo, created_at, updated_at)
  SELECT a.user_id, a.sid, ${sqlPick(FIRST_NAMES, u("a.key", 50))} || ' ' || ${sqlPick(LAST_NAMES, u("a.key", 51))}, a.email, 'APPLICANT', false,
    ${RESULTS_AT} + interval '20 minutes', ${RESULTS_AT} + interval '20 minutes'
  FROM g_app a`;

const APPLICANTS = `INSERT INTO applicant_profiles (id, school_id, user_id, aamc_id, degree_type, step2_score, specialty, phone,
    phone_loud, voicemail_ready, eras_updated, contact_current, created_at, updated_at)
  SELECT a.id, a.sid, a.user_id, '1' || a.kt || a.it, (ARRAY['US_MD', 'US_DO', 'IMG'])[1 + ${sqlWeighted("h1", [0.6, 0.25, 0.15])}]::"DegreeType",
    CASE WHEN h2 < 0.08 THEN NULL ELSE 205 + floor(h3 * 56)::int END, ${APPLICANT_DISCIPLINES}[a.spec + 1],
    '(' || (201 + a.k) || ') 555-' || a.it, h4 < 0.78 OR h5 < 0.5, h4 < 0.78 OR h6 < 0.5, h4 < 0.78 OR h7 < 0.7, true,
    ${RESULTS_AT} + interval '20 minutes', ${RESULTS_AT} + interval '50 minutes'
  FROM g_app a
  CROSS JOIN LATERAL (SELECT ${Array.from({ length: 7 }, (_, n) => `${u("a.key", 70 + n)} AS h${n + 1}`).join(", ")}) h`;

const RED_FLAG_KINDS = Object.keys(RED_FLAG_CONTEXT) as (keyof typeof RED_FLAG_CONTEXT)[];
const RED_FLAGS = `INSERT INTO red_flags (id, school_id, applicant_id, kind, context, created_at, updated_at)
  SELECT 'rfl_' || a.kt || '_' || a.it, a.sid, a.id, (${sqlTextArray(RED_FLAG_KINDS)})[a.red + 1]::"RedFlagKind",
    (${sqlTextArray(RED_FLAG_KINDS.map((k) => RED_FLAG_CONTEXT[k]))})[a.red + 1], ${RESULTS_AT} + interval '25 minutes', ${RESULTS_AT} + interval '25 minutes'
  FROM g_app a WHERE a.red IS NOT NULL`;

// Every version is written between results and the window's opening, so an advocate's contact
// always used the latest one.
const NARRATIVES = `INSERT INTO narratives (id, school_id, applicant_id, version, strengths, weakness_context, reliability, author_user_id, created_at, updated_at)
  SELECT 'nar_' || a.kt || '_' || a.it || '_' || v, a.sid, a.id, v,
    ARRAY[${sqlPick(STRENGTHS, u("a.key * 4 + v", 80))}, ${sqlPick(STRENGTHS, u("a.key * 4 + v", 81))}] ||
      CASE WHEN ${u("a.key * 4 + v", 82)} < 0.5 THEN ARRAY[${sqlPick(STRENGTHS, u("a.key * 4 + v", 83))}] ELSE ARRAY[]::text[] END,
    CASE WHEN a.red IS NOT NULL THEN ARRAY[(${sqlTextArray(WEAKNESS_CONTEXT)})[a.red + 1]]
         WHEN ${u("a.key * 4 + v", 84)} < 0.3 THEN ARRAY[${sqlText(WEAKNESS_CONTEXT[3] ?? "")}] ELSE ARRAY[]::text[] END,
    ${sqlPick(RELIABILITY, u("a.key * 4 + v", 85))}, a.user_id, ${RESULTS_AT} + (10 + 12 * v) * interval '1 minute', ${RESULTS_AT} + (10 + 12 * v) * interval '1 minute'
  FROM g_app a CROSS JOIN LATERAL generate_series(1, a.narratives) v`;

const ASSIGNMENTS = `INSERT INTO advocate_assignments (id, school_id, applicant_id, advocate_id, active, assigned_at, ended_at, created_at, updated_at)
  SELECT 'asg_' || a.kt || '_' || a.it || '_' || x.slot, a.sid, a.id, 'adv_' || a.kt || '_' || ${pad("x.v", 4)}, x.slot <> 3,
    x.assigned_at, CASE WHEN x.slot = 3 THEN x.assigned_at + (60 + 500 * ${u("a.key", 90)}) * interval '1 minute' END, x.assigned_at,
    CASE WHEN x.slot = 3 THEN x.assigned_at + (60 + 500 * ${u("a.key", 90)}) * interval '1 minute' ELSE x.assigned_at END
  FROM g_app a
  CROSS JOIN LATERAL (VALUES (1, a.v1, ${RESULTS_AT} + (20 + 100 * ${u("a.key", 91)}) * interval '1 minute'),
    (2, a.v2, ${RESULTS_AT} + (25 + 100 * ${u("a.key", 92)}) * interval '1 minute'),
    (3, a.v_ended, ${at(-9000)} + 600 * ${u("a.key", 93)} * interval '1 minute')) AS x(slot, v, assigned_at)
  WHERE x.v IS NOT NULL`;

// A ranked list of 15-20 programs: the applicant's specialty first, preliminary and transitional
// backups after. Most targets are applied to; FACULTY priority on at most 8 (the faculty cap); a
// FACULTY target is claimed by an assigned advocate when the outreach got that far. n is how many
// touches the target has had; iv_i which of them offered an interview; dec whether the program
// declined at the end; open_last whether a final program contact still awaits an answer (unless
// the program's offer task is the open one).
const TARGET_PLAN = `INSERT INTO g_tgt (k, i, r, p, kt, it, tkey, sid, app_id, prog_id, prog_name, prefers_email, applied_at, faculty, n, claim_v, iv_i, dec,
    open_last)
  SELECT k, i, r, p, kt, it, tkey, sid, app_id, prog_id, prog_name, prefers_email, applied_at, faculty, n, claim_v,
    CASE WHEN h_iv < 0.18 AND n >= (CASE WHEN claim_v IS NULL THEN 3 ELSE 6 END) THEN (CASE WHEN claim_v IS NULL THEN 3 ELSE 6 END) END,
    NOT (h_iv < 0.18 AND n >= (CASE WHEN claim_v IS NULL THEN 3 ELSE 6 END)) AND h_dec < 0.05 AND n >= 4,
    h_open < 0.05
  FROM (
    SELECT f.*, CASE WHEN f.faculty AND f.applied AND f.n >= 3 AND f.v1 IS NOT NULL THEN (CASE WHEN f.v2 IS NOT NULL AND f.h_who < 0.4 THEN f.v2 ELSE f.v1 END) END AS claim_v
    FROM (
      SELECT c.*, c.h_fac < 0.4 AND count(*) FILTER (WHERE c.h_fac < 0.4) OVER (PARTITION BY c.k, c.i ORDER BY c.r) <= 8 AS faculty,
        CASE WHEN c.applied THEN least(24, greatest(2, round(c.act * (3 + 14 * c.h_n))::int)) ELSE 0 END AS n
      FROM (
        SELECT p.*, p.h_applied < 0.9 AS applied,
          CASE WHEN p.h_applied < 0.9 THEN ${WINDOW_STARTS_AT} + (10 + 360 * p.h_when) * interval '1 minute' END AS applied_at
        FROM (
          SELECT l.*, l.key * 32 + l.r AS tkey, ${["h_applied", "h_when", "h_fac", "h_n", "h_who", "h_iv", "h_dec", "h_open"]
            .map((name, n) => `${u("l.key * 32 + l.r", 100 + n)} AS ${name}`)
            .join(", ")}
          FROM (
            SELECT a.k, a.i, a.kt, a.it, a.key, a.sid, a.id AS app_id, a.act, a.v1, a.v2, a.list_size, g.p, g.id AS prog_id, g.name AS prog_name,
              g.prefers_email, row_number() OVER (PARTITION BY a.k, a.i ORDER BY ${u("a.key * 1024 + g.p", 99)} + CASE WHEN g.spec = a.spec THEN 0 ELSE 0.55 END, g.p)::int AS r
            FROM g_app a JOIN g_prog g ON g.k = a.k AND (g.spec = a.spec OR g.backup)
          ) l WHERE l.r <= l.list_size
        ) p
      ) c
    ) f
  ) planned`;

const TARGETS = `INSERT INTO targets (id, school_id, applicant_id, program_id, rank, priority, applied_at, created_at, updated_at)
  SELECT 'tgt_' || t.kt || '_' || t.it || '_' || ${pad("t.r", 2)}, t.sid, t.app_id, t.prog_id, t.r,
    CASE WHEN t.faculty THEN 'FACULTY' ELSE 'SELF' END::"TargetPriority",
    t.applied_at, ${RESULTS_AT} + interval '30 minutes' + t.r * interval '1 second', coalesce(t.applied_at, ${RESULTS_AT} + interval '30 minutes' + t.r * interval '1 second')
  FROM g_tgt t`;

// One round-1 offer for about 30% of applicants, from the best-ranked program that offered an
// interview: accepted (then nothing more is sent), rejected just now, or still pending.
const OFFER_PLAN = `INSERT INTO g_off (k, i, r, status, offered_at, responded_at)
  SELECT DISTINCT ON (t.k, t.i) t.k, t.i, t.r,
    CASE WHEN a.offer_kind < 0.3 THEN 'ACCEPTED' WHEN a.offer_kind < 0.4 THEN 'REJECTED' ELSE 'PENDING' END,
    ${at(`${ROUND1} + 10 * ${u("a.key", 120)}`)},
    CASE WHEN a.offer_kind < 0.3 THEN ${at(`-75 + 55 * ${u("a.key", 121)}`)} WHEN a.offer_kind < 0.4 THEN ${at(`-4 + 3 * ${u("a.key", 121)}`)} END
  FROM g_tgt t JOIN g_app a ON a.k = t.k AND a.i = t.i
  WHERE t.iv_i IS NOT NULL AND a.offer_roll < 0.3
  ORDER BY t.k, t.i, t.r`;

const OFFERS = `INSERT INTO offers (id, school_id, applicant_id, program_id, round, status, offered_at, respond_by, responded_at, created_at, updated_at)
  SELECT 'off_' || t.kt || '_' || t.it, t.sid, t.app_id, t.prog_id, 1, o.status::"OfferStatus", o.offered_at, ${at(ROUND1 + 120)},
    o.responded_at, o.offered_at, coalesce(o.responded_at, o.offered_at)
  FROM g_off o JOIN g_tgt t ON t.k = o.k AND t.i = o.i AND t.r = o.r`;

// A binding acceptance ends the applicant's outreach: every touch happened before it.
const ACCEPTANCES = `UPDATE g_app a SET accepted_at = o.responded_at, t_end = o.responded_at - interval '5 minutes'
  FROM g_off o WHERE o.k = a.k AND o.i = a.i AND o.status = 'ACCEPTED'`;

const OFFER_TASKS = `INSERT INTO tasks (id, school_id, applicant_id, program_id, source_contact_id, created_by_id, kind, status, title, due_at, completed_at, created_at, updated_at)
  SELECT 'tsk_' || t.kt || '_' || t.it || '_offer', t.sid, t.app_id, t.prog_id, NULL, NULL, 'URGENT_RESPONSE',
    CASE WHEN o.status = 'PENDING' THEN 'OPEN' ELSE 'DONE' END::"TaskStatus",
    'Accept or reject ' || t.prog_name || '''s offer before it expires', ${at(ROUND1 + 120)}, o.responded_at, o.offered_at,
    coalesce(o.responded_at, o.offered_at)
  FROM g_off o JOIN g_tgt t ON t.k = o.k AND t.i = o.i AND t.r = o.r`;

/** When touch number c (an SQL expression) of target t happened: inside its slot of the span from application to t_end. */
const touchAt = (c: string) => `(t.applied_at + (a.t_end - t.applied_at) * (((${c}) - 0.8 + 0.6 * ${u(`t.tkey * 32 + (${c})`, 130)}) / t.n))`;

const CLAIMS = `INSERT INTO claims (id, school_id, applicant_id, program_id, advocate_id, override_id, claimed_at, created_at, updated_at)
  SELECT 'clm_' || t.kt || '_' || t.it || '_' || ${pad("t.r", 2)}, t.sid, t.app_id, t.prog_id, 'adv_' || t.kt || '_' || ${pad("t.claim_v", 4)}, NULL,
    x.claimed_at, x.claimed_at, x.claimed_at
  FROM g_tgt t JOIN g_app a ON a.k = t.k AND a.i = t.i
  CROSS JOIN LATERAL (SELECT t.applied_at + (a.t_end - t.applied_at) * (2.0 / t.n) AS claimed_at) x
  WHERE t.claim_v IS NOT NULL`;

// A claim needs a recorded connection: every claimed pair has one, and each advocate has a few more.
const CONNECTIONS = `INSERT INTO connections (id, school_id, advocate_id, program_id, kind, note, created_at, updated_at)
  SELECT DISTINCT ON (v.id, g.id) 'cnx_' || ${pad("v.k", 3)} || '_' || ${pad("v.v", 4)} || '_' || ${pad("g.p", 4)}, g.sid, v.id, g.id,
    ${sqlPick(CONNECTION_KINDS, u("v.key * 1024 + g.p", 140))}::"ConnectionKind", 'Knows the program director', ${RESULTS_AT} - interval '2 hours',
    ${RESULTS_AT} - interval '2 hours'
  FROM (
    SELECT t.k, t.claim_v AS v, t.p FROM g_tgt t WHERE t.claim_v IS NOT NULL
    UNION
    SELECT d.k, d.v, 1 + floor(${u("d.key * 16 + x", 141)} * s.programs)::int FROM g_adv d JOIN g_school s ON s.k = d.k
      CROSS JOIN LATERAL generate_series(1, 3 + floor(${u("d.key", 142)} * 8)::int) x
  ) pairs
  JOIN g_adv v ON v.k = pairs.k AND v.v = pairs.v
  JOIN g_prog g ON g.k = pairs.k AND g.p = pairs.p
  ORDER BY v.id, g.id`;

// Touch c of an applied target: 1 the program's first contact (NRMP: the program reaches out
// first), 2 the applicant's email, 3 the claiming advocate's contact when claimed, then program
// replies and applicant emails; an interview offer and a final decline where planned. Each program
// contact makes an urgent task, each advocate contact a follow-up task, as the app does.
const CONTACTS_AND_TASKS = `WITH touch AS MATERIALIZED (
    SELECT t.*, d.user_id AS adv_user, d.kind AS adv_kind, d.name AS adv_name, o.k IS NOT NULL AS offered,
      ${u("t.tkey * 32 + t.c", 131)} AS h1, ${u("t.tkey * 32 + t.c", 132)} AS h2,
      CASE WHEN t.c = 1 THEN 'IN1' WHEN t.c = 2 THEN 'APP' WHEN t.c = 3 AND t.claim_v IS NOT NULL THEN 'ADV' WHEN t.c = t.iv_i THEN 'IV'
           WHEN t.dec AND t.c = t.n THEN 'DEC' WHEN t.c % 3 = 0 THEN 'IN' ELSE 'APP' END AS step
    FROM (
      SELECT t.k, t.i, t.kt, t.it, t.r, g.c, t.sid, t.app_id, t.prog_id, t.prog_name, t.prefers_email, t.n, t.claim_v, t.iv_i, t.dec, t.open_last,
        a.user_id AS app_user, a.narrative_id, a.accepted_at, ${touchAt("g.c")} AS occurred_at, t.tkey,
        -- The applicant's email right after an advocate's contact completes its follow-up task.
        CASE WHEN g.c = 3 AND t.claim_v IS NOT NULL AND g.c < t.n AND NOT (t.dec AND g.c + 1 = t.n) THEN ${touchAt("g.c + 1")} END AS next_at
      FROM g_tgt t JOIN g_app a ON a.k = t.k AND a.i = t.i CROSS JOIN LATERAL generate_series(1, t.n) g(c)
    ) t
    LEFT JOIN g_adv d ON d.k = t.k AND d.v = t.claim_v
    LEFT JOIN g_off o ON o.k = t.k AND o.i = t.i AND o.r = t.r
  ),
  typed AS MATERIALIZED (
    SELECT touch.*, t2.id, t2.channel,
      CASE WHEN step = 'IV' THEN 'INTERVIEW_OFFERED' WHEN step = 'DEC' THEN 'DECLINED' WHEN step = 'APP' THEN 'SENT'
           WHEN step = 'ADV' THEN (CASE WHEN t2.channel = 'EMAIL' THEN 'SENT' WHEN h2 < 0.6 THEN 'SPOKE' WHEN h2 < 0.85 THEN 'LEFT_VOICEMAIL' ELSE 'NO_ANSWER' END)
           WHEN t2.channel = 'PHONE' THEN 'SPOKE' WHEN t2.channel = 'VOICEMAIL' THEN 'LEFT_VOICEMAIL' ELSE 'OTHER' END AS outcome
    FROM touch CROSS JOIN LATERAL (SELECT 'con_' || kt || '_' || it || '_' || ${pad("r", 2)} || '_' || ${pad("c", 2)} AS id,
      CASE step WHEN 'IN1' THEN (CASE WHEN h1 < 0.5 THEN 'PHONE' WHEN h1 < 0.85 THEN 'EMAIL' ELSE 'VOICEMAIL' END)
        WHEN 'IN' THEN (CASE WHEN h1 < 0.7 THEN 'EMAIL' ELSE 'PHONE' END)
        WHEN 'IV' THEN (CASE WHEN h1 < 0.5 THEN 'PHONE' WHEN h1 < 0.8 THEN 'EMAIL' ELSE 'VIDEO' END)
        WHEN 'ADV' THEN (CASE WHEN prefers_email OR h1 >= 0.7 THEN 'EMAIL' ELSE 'PHONE' END)
        ELSE 'EMAIL' END AS channel) t2
  ),
  inserted AS (
    INSERT INTO contacts (id, school_id, applicant_id, program_id, actor_user_id, actor_role, advocate_kind, direction, channel, occurred_at, summary,
      outcome, narrative_version_id, created_at, updated_at)
    SELECT id, sid, app_id, prog_id, CASE WHEN step = 'ADV' THEN adv_user ELSE app_user END,
      CASE WHEN step = 'ADV' THEN 'ADVOCATE' ELSE 'APPLICANT' END::"ActorRole", CASE WHEN step = 'ADV' THEN adv_kind END::"AdvocateKind",
      CASE WHEN step IN ('APP', 'ADV') THEN 'OUTBOUND' ELSE 'INBOUND' END::"ContactDirection", channel::"ContactChannel", occurred_at,
      CASE step WHEN 'IN1' THEN 'The program reached out first' WHEN 'APP' THEN 'Short email: applied, one line of background, available now'
        WHEN 'ADV' THEN 'Vouched for the applicant with the PD' WHEN 'IV' THEN 'Interview offered' WHEN 'DEC' THEN 'Position filled; not moving forward'
        ELSE 'Program replied with questions' END,
      outcome::"ContactOutcome", CASE WHEN step = 'ADV' THEN narrative_id END, occurred_at, occurred_at
    FROM typed
  )
  INSERT INTO tasks (id, school_id, applicant_id, program_id, source_contact_id, created_by_id, kind, status, title, due_at, completed_at, created_at, updated_at)
  SELECT 'tsk_' || substr(id, 5), sid, app_id, prog_id, id, NULL, kind::"TaskKind", status::"TaskStatus", title, due_at, completed_at, occurred_at,
    coalesce(completed_at, occurred_at)
  FROM (
    SELECT typed.*, CASE WHEN step = 'ADV' THEN 'FOLLOW_UP' ELSE 'URGENT_RESPONSE' END AS kind,
      CASE WHEN step = 'ADV' THEN 'Email ' || prog_name || ', naming ' || adv_name || ' briefly'
           WHEN step = 'IV' THEN 'Confirm the interview with ' || prog_name || ' now'
           WHEN channel = 'EMAIL' THEN prog_name || ' reached out: reply to their email now'
           ELSE prog_name || ' reached out: call them back now' END AS title,
      occurred_at + CASE WHEN step = 'ADV' THEN interval '240 minutes' ELSE interval '30 minutes' END AS due_at,
      CASE WHEN step = 'ADV' AND next_at IS NOT NULL THEN 'DONE'
           WHEN step <> 'ADV' AND NOT (c = n AND open_last AND NOT offered) THEN 'DONE'
           WHEN accepted_at IS NOT NULL THEN 'CANCELLED' ELSE 'OPEN' END AS status,
      CASE WHEN step = 'ADV' AND next_at IS NOT NULL THEN next_at
           WHEN step <> 'ADV' AND NOT (c = n AND open_last AND NOT offered) THEN least(occurred_at + (3 + 40 * h2) * interval '1 minute', ${at(-1)})
           ELSE accepted_at END AS completed_at
    FROM typed WHERE step IN ('IN1', 'IN', 'IV', 'ADV')
  ) tasked`;

const INTERVIEWS = `INSERT INTO interviews (id, school_id, applicant_id, program_id, starts_at, duration_minutes, format, location, notes, created_at, updated_at)
  SELECT 'ivw_' || t.kt || '_' || t.it || '_' || ${pad("t.r", 2)}, t.sid, t.app_id, t.prog_id,
    date_trunc('hour', x.offered + (6 + 40 * ${u("t.tkey", 150)}) * interval '1 hour'), (ARRAY[30, 45, 60])[${sqlPickIndex(u("t.tkey", 151), 3)}],
    f.format::"InterviewFormat", CASE f.format WHEN 'VIDEO' THEN 'Zoom link from the coordinator' WHEN 'PHONE' THEN 'The PD calls the applicant'
      ELSE 'Department office, main hospital' END, '', x.offered + interval '2 minutes', x.offered + interval '2 minutes'
  FROM g_tgt t JOIN g_app a ON a.k = t.k AND a.i = t.i
  CROSS JOIN LATERAL (SELECT ${touchAt("t.iv_i")} AS offered) x
  CROSS JOIN LATERAL (SELECT (ARRAY['VIDEO', 'PHONE', 'IN_PERSON'])[1 + ${sqlWeighted(u("t.tkey", 152), [0.6, 0.25, 0.15])}] AS format) f
  WHERE t.iv_i IS NOT NULL`;

const OVERRIDES = `INSERT INTO overrides (id, school_id, applicant_id, program_id, rule_code, reason, created_by_id, used_at, created_at, updated_at)
  SELECT 'ovr_' || t.kt || '_' || t.it, t.sid, t.app_id, t.prog_id, 'APPLICANT_EMAIL_FIRST',
    'The PD asked the chair to call before the applicant wrote; the applicant emails the same hour.', 'usr_' || t.kt || '_dean',
    CASE WHEN ${u("a.key", 160)} < 0.5 THEN ${at(-600)} END, ${at(-1200)}, ${at(-1200)}
  FROM g_tgt t JOIN g_app a ON a.k = t.k AND a.i = t.i
  WHERE t.r = 1 AND ${u("a.key", 161)} < 0.02`;

// Each follow-up task told the applicant in the app and by email; a few emails failed for good.
const NOTIFICATIONS = `WITH followups AS MATERIALIZED (
    SELECT t.id AS task_id, substr(t.id, 5) AS tail, t.school_id, t.title, t.status, t.created_at, a.user_id, a.email,
      ${u("g.tkey", 170)} AS h
    FROM g_tgt g JOIN g_app a ON a.k = g.k AND a.i = g.i
    JOIN tasks t ON t.id = 'tsk_' || g.kt || '_' || g.it || '_' || ${pad("g.r", 2)} || '_03'
    WHERE g.claim_v IS NOT NULL
  ),
  notified AS (
    INSERT INTO notifications (id, school_id, user_id, kind, title, body, link_path, task_id, read_at, created_at, updated_at)
    SELECT 'ntf_' || tail, school_id, user_id, 'FOLLOW_UP_TASK', title,
      'Your advocate contacted the program. Send a short follow-up email that names them briefly.', '/applicant#tasks', task_id,
      CASE WHEN status <> 'OPEN' THEN least(created_at + interval '15 minutes', ${at(-1)}) END, created_at, created_at
    FROM followups
  )
  INSERT INTO outbox_emails (id, school_id, notification_id, to_address, subject, text, link_path, link_label, status, attempts, last_error,
    next_attempt_at, sent_at, created_at, updated_at)
  SELECT 'eml_' || tail, school_id, 'ntf_' || tail, email, title,
    'Your advocate contacted the program. Send a short follow-up email that names them briefly.', '/applicant#tasks', 'Open your tasks',
    CASE WHEN h < 0.03 THEN 'FAILED' ELSE 'SENT' END::"EmailStatus", CASE WHEN h < 0.03 THEN 8 ELSE 1 END,
    CASE WHEN h < 0.03 THEN '550 5.1.1 Recipient address rejected' END, created_at,
    CASE WHEN h < 0.03 THEN NULL ELSE least(created_at + interval '1 minute', ${at(-1)}) END, created_at, created_at
  FROM followups`;
