// The applicant's target list: which programs are on it, their order, and its size (outside the
// school's range, 15–20 by default, a warning: too few leaves no room, too many spreads effort).
import type { ApplicantSnapshot } from "../snapshot";
import { targetFor } from "../snapshot-queries";
import type { Policy } from "../types";
import type { Reader, Refused } from "./decision";
import { refuserFor, rule } from "./rule-entry";

export const TARGET_LIST_RULES = {
  UNKNOWN_PROGRAM: rule({
    title: "Program not in the school's catalog",
    reason: "This program is not in your school's List of Unfilled Programs.",
    next: "Pick a program from the catalog, or ask the dean's office to import the latest list.",
    overridable: false,
    source: "DATA",
    advocate: {
      reason: "This program is not in the school's List of Unfilled Programs.",
      next: "Pick a program from the applicant's list, or ask the dean's office to import the latest list.",
    },
    dean: {
      reason: "This program is not in the school's List of Unfilled Programs.",
      next: "Import the latest List of Unfilled Programs, then pick the program again.",
    },
  }),
  NOT_ON_LIST: rule<{ applicant: string }>({
    title: "Program not on the target list",
    reason: ({ applicant }) => `This program is not on ${applicant}'s target list, so nobody has agreed to work on it.`,
    next: ({ applicant }) => `Ask ${applicant} to add the program to their target list first.`,
    overridable: false,
    source: "DATA",
    applicant: {
      reason: "This program is not on your target list, so nobody has agreed to work on it.",
      next: "Add the program to your target list first.",
    },
  }),
  ALREADY_ON_LIST: rule({
    title: "Already on the target list",
    reason: "This program is already on the target list.",
    next: "Change its rank or priority instead.",
    overridable: false,
    source: "DATA",
    applicant: { reason: "This program is already on your target list." },
  }),
  ALREADY_APPLIED: rule<{ applicant: string }, "removing">({
    title: "Already applied",
    reason: ({ applicant }) => `${applicant}'s application is already marked as sent in ERAS; an ERAS application cannot be taken back.`,
    next: ({ applicant }) => `Nothing to do: the next step is ${applicant}'s own email to the program.`,
    overridable: false,
    source: "DATA",
    applicant: {
      reason: "You already marked this application as sent in ERAS; an ERAS application cannot be taken back.",
      next: "Nothing to do: move on to your email to the program.",
    },
    // An ERAS application cannot be withdrawn from here, and it still counts toward the 45.
    cases: { removing: { next: "Keep it on the list.", applicant: { next: "Keep it on your list." } } },
  }),
  LIST_CHANGED: rule<void, "repeated">({
    title: "Target list changed",
    reason: "The target list changed in another window, so this order no longer matches it.",
    next: "Reload the page and try again.",
    overridable: false,
    source: "DATA",
    applicant: { reason: "Your list changed in another window, so this order no longer matches it." },
    cases: {
      repeated: {
        reason: "A program appears twice in the new order, so it no longer matches the target list.",
        applicant: { reason: "A program appears twice in the new order, so it no longer matches your list." },
      },
    },
  }),
};

const refuse = refuserFor(TARGET_LIST_RULES);

export function checkKnownProgram(s: ApplicantSnapshot, programId: string, reader: Reader): Refused | null {
  return s.programs[programId] ? null : refuse("UNKNOWN_PROGRAM", { reader });
}

export function checkOnList(s: ApplicantSnapshot, programId: string, reader: Reader): Refused | null {
  return targetFor(s, programId) ? null : refuse("NOT_ON_LIST", { applicant: s.fullName, reader });
}

export function checkNotOnListYet(s: ApplicantSnapshot, programId: string, reader: Reader): Refused | null {
  return targetFor(s, programId) ? refuse("ALREADY_ON_LIST", { reader }) : null;
}

/** `action`: marking it applied again, or removing it from the list. */
export function checkNotAppliedYet(s: ApplicantSnapshot, programId: string, action: "mark-applied" | "remove", reader: Reader): Refused | null {
  if (!targetFor(s, programId)?.appliedAt) return null;
  return refuse("ALREADY_APPLIED", { case: action === "remove" ? "removing" : undefined, applicant: s.fullName, reader });
}

/** A new order must name exactly the programs on the list, each once; anything else is a stale page. */
export function checkSameProgramsAsList(s: ApplicantSnapshot, programIds: readonly string[], reader: Reader): Refused | null {
  const current = new Set(s.targets.map((t) => t.programId));
  const repeated = new Set(programIds).size !== programIds.length;
  if (!repeated && programIds.length === current.size && programIds.every((id) => current.has(id))) return null;
  return refuse("LIST_CHANGED", { case: repeated ? "repeated" : undefined, reader });
}

/** Size of the list once a program is added (or as is); used for the 15–20 warning. */
export function listSizeAfterAdd(s: ApplicantSnapshot, programId: string): number {
  return s.targets.length + (targetFor(s, programId) ? 0 : 1);
}

export type TargetListSize = "short" | "ok" | "long";

/** Where a list of `size` programs stands against the school's 15–20; pages show the same flag. */
export function targetListSizeStatus(size: number, policy: Pick<Policy, "targetListMin" | "targetListMax">): TargetListSize {
  if (size < policy.targetListMin) return "short";
  return size > policy.targetListMax ? "long" : "ok";
}
