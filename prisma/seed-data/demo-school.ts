// The people of the demo school, as plain data: no Prisma, no clock. Times are minutes relative to
// the seeding `now` so the demo reads as "the middle of Match Week" whenever it is seeded.
// Everyone here is fictional; phone numbers are in the 555-01xx range reserved for fiction.

export const DEMO_SCHOOL = {
  name: "Northfield School of Medicine",
  slug: "northfield",
  // SOAP runs on US Eastern time; the school shows every deadline in it.
  timeZone: "America/New_York",
} as const;

const DOMAIN = "northfield.example.edu";
const email = (first: string, last: string) => `${first}.${last}@${DOMAIN}`.toLowerCase();

export const HOUR = 60;

// --- Dean's office ---------------------------------------------------------------------------

export interface DemoDeanStaff {
  key: string;
  name: string;
  email: string;
}

export const DEAN_STAFF: DemoDeanStaff[] = [
  { key: "delgado", name: "Patricia Delgado", email: email("patricia", "delgado") },
  { key: "abbott", name: "Simon Abbott", email: email("simon", "abbott") },
];

// --- Advocates -------------------------------------------------------------------------------

export type AdvocateKey = "hargrove" | "oduya" | "castellanos" | "desai";
export type AdvocateKindCode = "PROGRAM_DIRECTOR" | "CLERKSHIP_DIRECTOR" | "DEAN" | "RESIDENT";
export type ConnectionKindCode = "TRAINED_WITH_PD" | "FORMER_RESIDENTS_THERE" | "SCHOOL_PIPELINE" | "WORKED_THERE" | "ALUMNI";

export interface DemoConnection {
  program: string; // NRMP code from unfilled-programs.csv
  kind: ConnectionKindCode;
  note: string;
}

export interface DemoAdvocate {
  key: AdvocateKey;
  name: string;
  email: string;
  kind: AdvocateKindCode;
  title: string;
  specialty: string;
  connections: DemoConnection[];
}

// One advocate of each strength in the playbook's hierarchy: a PD and a clerkship director
// (strong), an associate dean who knows the students' stories (good), a resident (sparingly).
export const ADVOCATES: DemoAdvocate[] = [
  {
    key: "hargrove",
    name: "Eleanor Hargrove",
    email: email("eleanor", "hargrove"),
    kind: "PROGRAM_DIRECTOR",
    title: "Program Director, Internal Medicine Residency",
    specialty: "Internal Medicine",
    connections: [
      { program: "1034140C0", kind: "TRAINED_WITH_PD", note: "Co-residents with Dr. Adeyemi; still talk every Match season." },
      { program: "1034140M0", kind: "TRAINED_WITH_PD", note: "Same program director as the categorical track." },
      { program: "1089140C0", kind: "WORKED_THERE", note: "Hospitalist faculty at Greystone for six years before Northfield." },
      { program: "1089140P0", kind: "WORKED_THERE", note: "Taught the preliminary interns while on faculty there." },
      { program: "1408140C0", kind: "FORMER_RESIDENTS_THERE", note: "Two of our graduates are PGY-2s at Harbor Point." },
      { program: "1120140C0", kind: "FORMER_RESIDENTS_THERE", note: "Former Northfield resident is now associate PD there." },
      { program: "1057140C0", kind: "SCHOOL_PIPELINE", note: "Three Northfield students matched here in the last five years." },
      { program: "1705140C0", kind: "SCHOOL_PIPELINE", note: "Regional affiliate; our students do away rotations there." },
      { program: "1583140C0", kind: "TRAINED_WITH_PD", note: "Chief residents together with Dr. Kowalczyk." },
    ],
  },
  {
    key: "oduya",
    name: "Raymond Oduya",
    email: email("raymond", "oduya"),
    kind: "CLERKSHIP_DIRECTOR",
    title: "Family Medicine Clerkship Director",
    specialty: "Family Medicine",
    connections: [
      { program: "1057120C0", kind: "SCHOOL_PIPELINE", note: "Longitudinal clerkship site for Northfield students." },
      { program: "1120120C0", kind: "FORMER_RESIDENTS_THERE", note: "Four Northfield graduates trained there." },
      { program: "1238120C0", kind: "TRAINED_WITH_PD", note: "Residency classmate of Dr. Harlan." },
      { program: "1616120C0", kind: "ALUMNI", note: "Dr. Hendricks is a Northfield alumnus (class of 2004)." },
      { program: "1827120C0", kind: "WORKED_THERE", note: "Rural faculty there for three years." },
      { program: "1034999P0", kind: "SCHOOL_PIPELINE", note: "Regular destination for our transitional-year applicants." },
    ],
  },
  {
    key: "castellanos",
    name: "Judith Castellanos",
    email: email("judith", "castellanos"),
    kind: "DEAN",
    title: "Associate Dean for Student Affairs",
    specialty: "Pediatrics",
    connections: [
      { program: "1672320C0", kind: "TRAINED_WITH_PD", note: "Pediatrics residency with Dr. Jenkins." },
      { program: "1467320C0", kind: "FORMER_RESIDENTS_THERE", note: "Placed two Northfield graduates there through SOAP." },
      { program: "1555999P0", kind: "ALUMNI", note: "The TY director is a Northfield alumna." },
      { program: "1850999P0", kind: "SCHOOL_PIPELINE", note: "Affiliated TY program; we send applicants most years." },
      { program: "1583400C0", kind: "ALUMNI", note: "Dr. Bassett is a Northfield alumna." },
      { program: "1738400C0", kind: "WORKED_THERE", note: "Served on the GME committee there before joining Northfield." },
      { program: "1034140C0", kind: "SCHOOL_PIPELINE", note: "Dean-level pipeline agreement with Briar Creek." },
    ],
  },
  {
    key: "desai",
    name: "Priyanka Desai",
    email: email("priyanka", "desai"),
    kind: "RESIDENT",
    title: "Chief Resident, Internal Medicine (PGY-3)",
    specialty: "Internal Medicine",
    connections: [
      { program: "1705140C0", kind: "WORKED_THERE", note: "Moonlights on the Lone Cedar night team." },
      { program: "1850999P0", kind: "ALUMNI", note: "Completed her transitional year at Blue Heron." },
    ],
  },
];

// --- Applicants ------------------------------------------------------------------------------

export type ApplicantKey = "olivia" | "samuel" | "hannah" | "jordan" | "emily" | "tyler" | "aisha" | "connor" | "marcus" | "natalie" | "derek" | "ana";

/** The playbook's three applicant types; IMGs are a fourth case the policy treats separately. */
export type StrategyType = "STRONG" | "AVERAGE" | "RED_FLAG" | "IMG";

export interface DemoNarrative {
  version: number;
  at: number; // minutes relative to now
  author: "self" | AdvocateKey;
  strengths: string[];
  weaknessContext: string[];
  reliability: string;
}

export interface DemoApplicant {
  key: ApplicantKey;
  name: string;
  email: string;
  aamcId: string;
  degreeType: "US_MD" | "US_DO" | "IMG";
  step2Score: number;
  specialty: string;
  phone: string;
  strategy: StrategyType;
  checklist: { phoneLoud: boolean; voicemailReady: boolean; erasUpdated: boolean; contactCurrent: boolean };
  redFlags: { kind: "STEP_FAILURE" | "LEAVE_OF_ABSENCE" | "PROFESSIONALISM_RESOLVED"; context: string }[];
  narratives: DemoNarrative[];
}

const READY = { phoneLoud: true, voicemailReady: true, erasUpdated: true, contactCurrent: true };
const phone = (n: number) => `(216) 555-01${String(n).padStart(2, "0")}`;
const v1 = (strengths: string[], weaknessContext: string[], reliability: string): DemoNarrative => ({
  version: 1,
  at: -60 * HOUR,
  author: "self",
  strengths,
  weaknessContext,
  reliability,
});

export const APPLICANTS: DemoApplicant[] = [
  {
    key: "olivia",
    name: "Olivia Brennan",
    email: email("olivia", "brennan"),
    aamcId: "14829307",
    degreeType: "US_MD",
    step2Score: 251,
    specialty: "Internal Medicine",
    phone: phone(31),
    strategy: "STRONG",
    checklist: READY,
    redFlags: [],
    narratives: [
      v1(
        [
          "Honors in the internal medicine clerkship and sub-internship",
          "Step 2 CK 251",
          "Led a sepsis-bundle quality project presented at the state ACP meeting",
        ],
        ["Applied only to twelve highly competitive coastal programs: a geographic overreach, not a performance problem"],
        "Never missed a shift; the night-float nurses asked for her by name.",
      ),
      {
        version: 2,
        at: -30 * HOUR,
        author: "hargrove",
        strengths: [
          "Top tenth of the class in the internal medicine clerkship, by the clerkship director's ranking",
          "Step 2 CK 251",
          "Ran a sepsis-bundle quality project from idea to state ACP presentation",
        ],
        weaknessContext: ["Aimed too high geographically: twelve coastal university programs and nothing else"],
        reliability: "Never missed a shift; the night-float nurses asked for her by name.",
      },
    ],
  },
  {
    key: "samuel",
    name: "Samuel Okoro",
    email: email("samuel", "okoro"),
    aamcId: "15037762",
    degreeType: "US_DO",
    step2Score: 244,
    specialty: "Family Medicine",
    phone: phone(32),
    strategy: "STRONG",
    checklist: READY,
    redFlags: [],
    narratives: [
      v1(
        [
          "Honors in family medicine and the rural longitudinal clerkship",
          "Step 2 CK 244 and COMLEX Level 2 in the top quartile",
          "Fluent in Yoruba; ran the free clinic's chronic-disease night",
        ],
        ["Applied to too few programs in two states after a late specialty switch from surgery"],
        "Preceptors describe him as the student who closes every loop before he leaves.",
      ),
    ],
  },
  {
    key: "hannah",
    name: "Hannah Mercer",
    email: email("hannah", "mercer"),
    aamcId: "14716625",
    degreeType: "US_MD",
    step2Score: 247,
    specialty: "Pediatrics",
    phone: phone(33),
    strategy: "STRONG",
    checklist: READY,
    redFlags: [],
    narratives: [
      v1(
        ["Honors in pediatrics and the NICU sub-internship", "Step 2 CK 247", "Three years running the school's asthma-education program in city schools"],
        ["Applied mainly to children's hospitals in two large cities"],
        "Took extra call on the pediatric wards without being asked, and handed off cleanly every time.",
      ),
    ],
  },
  {
    key: "jordan",
    name: "Jordan Alvarez",
    email: email("jordan", "alvarez"),
    aamcId: "15290418",
    degreeType: "US_MD",
    step2Score: 231,
    specialty: "Internal Medicine",
    phone: phone(34),
    strategy: "AVERAGE",
    checklist: READY,
    redFlags: [],
    narratives: [
      v1(
        [
          "High Pass in internal medicine with strong comments on patient communication",
          "Bilingual in Spanish; interpreter-free visits on the community clinic rotation",
        ],
        ["Applied late and narrowly after an extra research year"],
        "Shows up early, stays until the list is done, and owns his patients.",
      ),
    ],
  },
  {
    key: "emily",
    name: "Emily Nakamura",
    email: email("emily", "nakamura"),
    aamcId: "14958831",
    degreeType: "US_DO",
    step2Score: 226,
    specialty: "Family Medicine",
    phone: phone(35),
    strategy: "AVERAGE",
    checklist: READY,
    redFlags: [],
    narratives: [
      v1(
        ["Honors in the family medicine clerkship at a rural site", "Certified in point-of-care ultrasound; taught it to first-years"],
        ["Middle-of-the-class board scores"],
        "Never late to clinic in two years of longitudinal rotations.",
      ),
    ],
  },
  {
    key: "tyler",
    name: "Tyler Whitman",
    email: email("tyler", "whitman"),
    aamcId: "15112594",
    degreeType: "US_MD",
    step2Score: 228,
    specialty: "Psychiatry",
    phone: phone(36),
    strategy: "AVERAGE",
    checklist: READY,
    redFlags: [],
    narratives: [
      v1(
        [
          "Honors in psychiatry; consult-liaison sub-internship",
          "Former crisis-line volunteer supervisor (four years)",
          "Calm, steady presence on the inpatient unit",
        ],
        ["Applied to psychiatry programs in only one region"],
        "Reliable with follow-up calls: every discharge got a call back within 48 hours.",
      ),
    ],
  },
  {
    key: "aisha",
    name: "Aisha Rahman",
    email: email("aisha", "rahman"),
    aamcId: "14673309",
    degreeType: "US_MD",
    step2Score: 236,
    specialty: "Pediatrics",
    phone: phone(37),
    strategy: "AVERAGE",
    // Voicemail not set up yet: the dashboard shows the incomplete checklist.
    checklist: { phoneLoud: true, voicemailReady: false, erasUpdated: true, contactCurrent: true },
    redFlags: [],
    narratives: [
      v1(
        ["High Pass in pediatrics with an Honors sub-internship", "Child-life volunteer for five years"],
        ["A short, top-heavy application list"],
        "The resident team called her the intern they didn't have to check on.",
      ),
    ],
  },
  {
    key: "connor",
    name: "Connor Walsh",
    email: email("connor", "walsh"),
    aamcId: "15348176",
    degreeType: "US_MD",
    step2Score: 222,
    specialty: "Emergency Medicine",
    phone: phone(38),
    strategy: "AVERAGE",
    // Phone not on loud and ERAS not updated: outreach would start with a warning.
    checklist: { phoneLoud: false, voicemailReady: true, erasUpdated: false, contactCurrent: true },
    redFlags: [],
    narratives: [
      v1(
        ["Strong standardized letter of evaluation from the emergency medicine sub-internship", "Former paramedic (six years)"],
        ["Applied only to emergency medicine, in a tight year"],
        "Picked up every extra shift the ED offered students.",
      ),
    ],
  },
  {
    key: "marcus",
    name: "Marcus Ellison",
    email: email("marcus", "ellison"),
    aamcId: "14590247",
    degreeType: "US_MD",
    step2Score: 243,
    specialty: "Internal Medicine",
    phone: phone(39),
    strategy: "RED_FLAG",
    checklist: READY,
    redFlags: [
      {
        kind: "STEP_FAILURE",
        context:
          "Failed Step 1 on the first attempt in second year during a family illness; passed on the retake after a structured plan with the learning specialist, then scored 243 on Step 2 CK. Clinical evaluations in third and fourth year were consistently in the top third.",
      },
    ],
    narratives: [
      v1(
        [
          "Top third in clinical evaluations across all third-year clerkships",
          "Step 2 CK 243 after remediation",
          "Honors in the internal medicine sub-internship",
        ],
        ["Step 1 failure in second year, during a family illness; remediated, and every exam since has been strong"],
        "I trust him with patients: the PD has said so in writing.",
      ),
    ],
  },
  {
    key: "natalie",
    name: "Natalie Foster",
    email: email("natalie", "foster"),
    aamcId: "15071853",
    degreeType: "US_DO",
    step2Score: 231,
    specialty: "Family Medicine",
    phone: phone(40),
    strategy: "RED_FLAG",
    checklist: READY,
    redFlags: [
      {
        kind: "LEAVE_OF_ABSENCE",
        context:
          "Six-month approved medical leave of absence in third year; returned on schedule and completed every clerkship since, with Honors in family medicine. No academic or professionalism concerns before or after.",
      },
    ],
    narratives: [
      v1(
        ["Honors in family medicine after returning from leave", "Led the student-run clinic's diabetes group visits"],
        ["A six-month leave in third year for a resolved medical matter"],
        "Since returning she has not missed a single clinical day.",
      ),
      {
        version: 2,
        at: -30 * HOUR,
        author: "self",
        strengths: [
          "Honors in family medicine after returning from leave",
          "Led the student-run clinic's diabetes group visits",
          "Strong letters from two rural preceptors",
        ],
        weaknessContext: ["A six-month approved medical leave in third year, fully resolved"],
        reliability: "Since returning she has not missed a single clinical day.",
      },
    ],
  },
  {
    key: "derek",
    name: "Derek Sato",
    email: email("derek", "sato"),
    aamcId: "14865120",
    degreeType: "US_MD",
    step2Score: 238,
    specialty: "Surgery",
    phone: phone(41),
    strategy: "RED_FLAG",
    checklist: READY,
    redFlags: [
      {
        kind: "PROFESSIONALISM_RESOLVED",
        context:
          "Professionalism note in the surgery clerkship for repeated late arrival to pre-rounds during a commuting problem; a remediation plan was completed and the student progress committee marked it resolved. Sub-internship evaluations since then praise his punctuality and ownership.",
      },
    ],
    narratives: [
      v1(
        ["Honors in the surgery sub-internship", "Step 2 CK 238", "Research on post-operative delirium, two posters"],
        ["A resolved professionalism note from third year, about punctuality"],
        "Since the sub-internship he has been first in every morning.",
      ),
    ],
  },
  {
    key: "ana",
    name: "Ana Ribeiro",
    email: email("ana", "ribeiro"),
    aamcId: "15406692",
    degreeType: "IMG",
    step2Score: 238,
    specialty: "Internal Medicine",
    phone: phone(42),
    strategy: "IMG",
    checklist: READY,
    redFlags: [],
    narratives: [
      v1(
        ["Two years of internal medicine residency in Brazil before relocating", "Research fellow in Northfield's hospital medicine group", "Step 2 CK 238"],
        ["Limited US clinical experience: one year as a research fellow with observerships"],
        "Her research team calls her the person who makes the study run on time.",
      ),
    ],
  },
];
