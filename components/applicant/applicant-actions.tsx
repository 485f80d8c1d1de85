"use client";
// The applicant workspace's server actions, handed down once by the workspace layout (app/) and
// read by any component of the workspace. Components import the action module's types only,
// never its code.
import { createContext, useContext, type ReactNode } from "react";
import type * as ActionModule from "@/app/applicant/actions";
import type { ActionsOf } from "@/lib/domain/action-result";
import type { PositionType } from "@/lib/domain/types";

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

/** Each action of app/applicant/actions.ts by its name without "Action", typed as defined there. */
export type ApplicantActions = ActionsOf<typeof ActionModule>;

const ApplicantActionsContext = createContext<ApplicantActions | null>(null);

export function ApplicantActionsProvider({ actions, children }: { actions: ApplicantActions; children: ReactNode }) {
  return <ApplicantActionsContext.Provider value={actions}>{children}</ApplicantActionsContext.Provider>;
}

export function useApplicantActions(): ApplicantActions {
  const actions = useContext(ApplicantActionsContext);
  if (!actions) throw new Error("useApplicantActions needs the applicant workspace layout's ApplicantActionsProvider.");
  return actions;
}
