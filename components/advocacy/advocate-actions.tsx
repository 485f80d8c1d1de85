"use client";
// The advocate workspace's server actions, handed down once by the advocate layout (app/) and read
// by any component of the workspace. Components import the action module's types only, never its
// code.
import { createContext, useContext, type ReactNode } from "react";
import type * as Actions from "@/app/advocate/actions";

/** The advocate's actions as app/advocate/actions.ts defines them, by the names components use. */
export interface AdvocateActions {
  claim: typeof Actions.claimProgramAction;
  release: typeof Actions.releaseProgramAction;
  nudge: typeof Actions.nudgeApplicantAction;
  logContact: typeof Actions.logAdvocateContactAction;
  saveNarrative: typeof Actions.saveNarrativeByAdvocateAction;
  addConnection: typeof Actions.addConnectionAction;
  editConnection: typeof Actions.editConnectionAction;
  removeConnection: typeof Actions.removeConnectionAction;
}

const AdvocateActionsContext = createContext<AdvocateActions | null>(null);

export function AdvocateActionsProvider({ actions, children }: { actions: AdvocateActions; children: ReactNode }) {
  return <AdvocateActionsContext.Provider value={actions}>{children}</AdvocateActionsContext.Provider>;
}

export function useAdvocateActions(): AdvocateActions {
  const actions = useContext(AdvocateActionsContext);
  if (!actions) throw new Error("useAdvocateActions needs the advocate layout's AdvocateActionsProvider.");
  return actions;
}
