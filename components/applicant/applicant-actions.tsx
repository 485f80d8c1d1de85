"use client";
// The applicant workspace's server actions, handed down once by the workspace layout (app/) and
// read by any component of the workspace: components never import app/.
import { createContext, useContext, type ReactNode } from "react";
import type { z } from "zod";
import type { ServerAction } from "@/lib/domain/action-result";
import type {
  addTargetInput,
  checklistInput,
  logContactInput,
  markAppliedInput,
  narrativeInput,
  recordOfferInput,
  removeTargetInput,
  reorderTargetsInput,
  respondOfferInput,
  setTargetPriorityInput,
} from "@/lib/domain/schemas";
import type { completeTaskInput, profileUpdateInput, recordInterviewInput } from "@/lib/domain/applicant/schemas";
import type { programReachedOutInput, programSearchInput } from "@/lib/domain/applicant/program-reached-out";
import type { PositionType } from "@/lib/domain/types";

type In<S extends z.ZodType> = z.input<S>;

/** A program of the school's catalog found by the "which program reached you?" search. */
export interface FoundProgram {
  id: string;
  nrmpCode: string;
  name: string;
  specialty: string;
  positionType: PositionType;
  city: string;
  state: string;
  onList: boolean;
}

export interface ApplicantActions {
  updateChecklist: ServerAction<In<typeof checklistInput>>;
  updateProfile: ServerAction<In<typeof profileUpdateInput>>;
  saveNarrative: ServerAction<In<typeof narrativeInput>, { version: number }>;
  addTarget: ServerAction<In<typeof addTargetInput>>;
  removeTarget: ServerAction<In<typeof removeTargetInput>>;
  reorderTargets: ServerAction<In<typeof reorderTargetsInput>>;
  setTargetPriority: ServerAction<In<typeof setTargetPriorityInput>>;
  markApplied: ServerAction<In<typeof markAppliedInput>>;
  logEmailSent: ServerAction<Pick<In<typeof logContactInput>, "programId" | "summary">>;
  logProgramCalled: ServerAction<In<typeof programReachedOutInput>, { taskTitle: string; dueAt: string }>;
  searchProgramsToLog: ServerAction<In<typeof programSearchInput>, { total: number; programs: FoundProgram[] }>;
  completeTask: ServerAction<In<typeof completeTaskInput>>;
  recordInterview: ServerAction<In<typeof recordInterviewInput>>;
  recordOffer: ServerAction<Pick<In<typeof recordOfferInput>, "programId" | "round">>;
  respondOffer: ServerAction<In<typeof respondOfferInput>>;
}

const ApplicantActionsContext = createContext<ApplicantActions | null>(null);

export function ApplicantActionsProvider({ actions, children }: { actions: ApplicantActions; children: ReactNode }) {
  return <ApplicantActionsContext.Provider value={actions}>{children}</ApplicantActionsContext.Provider>;
}

export function useApplicantActions(): ApplicantActions {
  const actions = useContext(ApplicantActionsContext);
  if (!actions) throw new Error("useApplicantActions needs the applicant workspace layout's ApplicantActionsProvider.");
  return actions;
}
