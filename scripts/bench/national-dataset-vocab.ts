// Word lists and catalog shapes for the national benchmark dataset, and the helpers that turn them
// into SQL literals. Everything here is plain data: the generator picks from these lists with
// deterministic hashes inside PostgreSQL.

/** One entry of the national List of Unfilled Programs: a specialty with its NRMP code and position type. */
export interface SpecialtyEntry {
  name: string;
  code: string;
  positionType: "C" | "M" | "P" | "A" | "R";
  /** Share of the national catalog. */
  catalogWeight: number;
  /** Share of applicants whose specialty this is (0 for backup-only entries). */
  applicantWeight: number;
  /** A preliminary or transitional-year backup every applicant may also target. */
  backup: boolean;
}

export const DISCIPLINES: readonly SpecialtyEntry[] = [
  { name: "Internal Medicine", code: "140", positionType: "C", catalogWeight: 0.19, applicantWeight: 0.3, backup: false },
  { name: "Family Medicine", code: "120", positionType: "C", catalogWeight: 0.14, applicantWeight: 0.18, backup: false },
  { name: "Pediatrics", code: "320", positionType: "C", catalogWeight: 0.08, applicantWeight: 0.1, backup: false },
  { name: "Psychiatry", code: "400", positionType: "C", catalogWeight: 0.06, applicantWeight: 0.08, backup: false },
  { name: "Emergency Medicine", code: "110", positionType: "C", catalogWeight: 0.05, applicantWeight: 0.06, backup: false },
  { name: "Obstetrics and Gynecology", code: "220", positionType: "C", catalogWeight: 0.04, applicantWeight: 0.05, backup: false },
  { name: "Pathology", code: "300", positionType: "C", catalogWeight: 0.04, applicantWeight: 0.04, backup: false },
  { name: "Neurology", code: "180", positionType: "A", catalogWeight: 0.03, applicantWeight: 0.03, backup: false },
  { name: "Surgery", code: "440", positionType: "C", catalogWeight: 0.05, applicantWeight: 0.13, backup: false },
  { name: "Anesthesiology", code: "040", positionType: "A", catalogWeight: 0.03, applicantWeight: 0.03, backup: false },
  { name: "Internal Medicine", code: "140", positionType: "M", catalogWeight: 0.03, applicantWeight: 0, backup: false },
  { name: "Internal Medicine", code: "140", positionType: "P", catalogWeight: 0.11, applicantWeight: 0, backup: true },
  { name: "Surgery", code: "440", positionType: "P", catalogWeight: 0.09, applicantWeight: 0, backup: true },
  { name: "Transitional Year", code: "999", positionType: "P", catalogWeight: 0.06, applicantWeight: 0, backup: true },
];

export const FIRST_NAMES = [
  "Aisha",
  "Daniel",
  "Priya",
  "Marcus",
  "Elena",
  "Tomas",
  "Grace",
  "Omar",
  "Hannah",
  "Luis",
  "Mei",
  "Jonah",
  "Fatima",
  "Caleb",
  "Sofia",
  "Andre",
  "Nadia",
  "Ethan",
  "Leila",
  "Victor",
  "Chloe",
  "Samuel",
  "Imani",
  "Rafael",
  "Zoe",
  "Kwame",
  "Julia",
  "Arjun",
  "Maya",
  "Gabriel",
  "Noor",
  "Isaac",
  "Rosa",
  "Felix",
  "Amara",
  "Henry",
  "Yara",
  "Owen",
  "Lucia",
  "Tariq",
  "Esther",
  "Miles",
  "Ingrid",
  "Dmitri",
  "Keiko",
  "Adrian",
  "Selin",
  "Wei",
];

export const LAST_NAMES = [
  "Okafor",
  "Nguyen",
  "Patel",
  "Johnson",
  "Garcia",
  "Kowalski",
  "Chen",
  "Haddad",
  "Miller",
  "Reyes",
  "Lindqvist",
  "Osei",
  "Brennan",
  "Tanaka",
  "Silva",
  "Abernathy",
  "Mensah",
  "Kim",
  "Petrov",
  "Delgado",
  "Whitfield",
  "Novak",
  "Rahman",
  "Castillo",
  "Fischer",
  "Adeyemi",
  "Sato",
  "Moreau",
  "Hughes",
  "Ibrahim",
  "Larsen",
  "Oyelaran",
  "Quinn",
  "Romero",
  "Schultz",
  "Varga",
  "Wallace",
  "Yilmaz",
  "Zhou",
  "Barros",
  "Duarte",
  "Eriksen",
  "Farah",
  "Grant",
];

export const INSTITUTION_PLACES = [
  "Lakemont",
  "Riverside",
  "Harbor View",
  "Cedar Ridge",
  "Mercy",
  "St. Anselm",
  "Bayfront",
  "Northgate",
  "Prairie",
  "Summit",
  "Valley",
  "Eastbrook",
  "Westfield",
  "Pinecrest",
  "Granite State",
  "Magnolia",
  "Redwood",
  "Sunrise",
  "Blue Lake",
  "Ironwood",
  "Fairhaven",
  "Oak Hill",
  "Silver Creek",
  "Kingsport",
];

export const INSTITUTION_KINDS = [
  "University Hospital",
  "Medical Center",
  "Community Hospital",
  "Health System",
  "Regional Medical Center",
  "Memorial Hospital",
  "Academic Health Center",
];

/** City and two-letter state pairs. */
export const CITIES: readonly (readonly [string, string])[] = [
  ["Albany", "NY"],
  ["Rochester", "NY"],
  ["Newark", "NJ"],
  ["Philadelphia", "PA"],
  ["Pittsburgh", "PA"],
  ["Baltimore", "MD"],
  ["Richmond", "VA"],
  ["Charlotte", "NC"],
  ["Atlanta", "GA"],
  ["Jacksonville", "FL"],
  ["Tampa", "FL"],
  ["Birmingham", "AL"],
  ["Nashville", "TN"],
  ["Louisville", "KY"],
  ["Columbus", "OH"],
  ["Cleveland", "OH"],
  ["Detroit", "MI"],
  ["Indianapolis", "IN"],
  ["Chicago", "IL"],
  ["Milwaukee", "WI"],
  ["Minneapolis", "MN"],
  ["St. Louis", "MO"],
  ["Omaha", "NE"],
  ["Wichita", "KS"],
  ["Tulsa", "OK"],
  ["Dallas", "TX"],
  ["Houston", "TX"],
  ["San Antonio", "TX"],
  ["Albuquerque", "NM"],
  ["Phoenix", "AZ"],
  ["Denver", "CO"],
  ["Salt Lake City", "UT"],
  ["Boise", "ID"],
  ["Seattle", "WA"],
  ["Portland", "OR"],
  ["Sacramento", "CA"],
  ["Fresno", "CA"],
  ["Los Angeles", "CA"],
  ["Honolulu", "HI"],
  ["Boston", "MA"],
  ["Hartford", "CT"],
  ["Providence", "RI"],
];

export const SCHOOL_PLACES = [
  "Northfield",
  "Southport",
  "Eastmoor",
  "Westbury",
  "Clearwater",
  "Highland",
  "Brookside",
  "Maplewood",
  "Stonebridge",
  "Fairview",
  "Glenwood",
  "Ashford",
  "Kingsley",
  "Lancaster",
  "Meridian",
  "Oakridge",
  "Pembroke",
  "Rosedale",
  "Sheffield",
  "Thornton",
  "Upton",
  "Vernon",
  "Whitmore",
  "Yardley",
  "Ellison",
];

export const STRENGTHS = [
  "Steady, kind bedside manner praised by patients and nurses",
  "Strong clinical reasoning on inpatient rotations",
  "Leads a team calmly during busy admitting days",
  "Clear, honest communicator with families",
  "Quality-improvement project on discharge follow-up",
  "Fluent Spanish; cares for an underserved clinic population",
  "Research in outcomes with two posters",
  "Teaches juniors well; chosen as a near-peer tutor",
];

export const WEAKNESS_CONTEXT = [
  "Failed Step 1 on the first attempt during a family illness; passed comfortably on the retake",
  "Took a six-month leave of absence for a documented medical reason; returned and finished strongly",
  "A resolved professionalism note about lateness in the third year, with no recurrence since",
  "Modest Step 2 CK score after a compressed study period",
];

export const RELIABILITY = [
  "Never missed a shift; first in and last out on sub-internship.",
  "Dependable: finishes notes on time and follows up on every result.",
  "Shows up prepared and owns the care of every patient.",
];

export const RED_FLAG_CONTEXT = {
  STEP_FAILURE: "Step 1 failed on the first attempt, passed on the second.",
  LEAVE_OF_ABSENCE: "Six-month medical leave in the third year.",
  PROFESSIONALISM_RESOLVED: "Professionalism concern in the third year, resolved with remediation.",
} as const;

/** A SQL text literal. */
export function sqlText(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** A SQL text[] literal. */
export function sqlTextArray(values: readonly string[]): string {
  return `(ARRAY[${values.map(sqlText).join(", ")}]::text[])`;
}

/** The 1-based index picked from a list of `length` items by a hash in [0, 1). */
export function sqlPickIndex(hash: string, length: number): string {
  return `(1 + floor((${hash}) * ${length})::int)`;
}

/** A value picked from a list by a hash in [0, 1). */
export function sqlPick(values: readonly string[], hash: string): string {
  return `(${sqlTextArray(values)})[${sqlPickIndex(hash, values.length)}]`;
}

/** CASE that maps a hash in [0, 1) to the index (0-based) of a weighted choice. */
export function sqlWeighted(hash: string, weights: readonly number[]): string {
  const total = weights.reduce((a, b) => a + b, 0);
  let cumulative = 0;
  const branches: string[] = [];
  weights.forEach((w, index) => {
    if (w <= 0) return;
    cumulative += w / total;
    branches.push(`WHEN (${hash}) < ${cumulative.toFixed(6)} THEN ${index}`);
  });
  const last = weights.map((w, index) => (w > 0 ? index : -1)).filter((index) => index >= 0);
  return `(CASE ${branches.join(" ")} ELSE ${last.at(-1) ?? 0} END)`;
}
