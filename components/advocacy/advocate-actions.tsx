"use client";
// The advocate workspace's server actions, handed down once by the advocate layout (app/) and read
// by any component of the workspace: components never import app/.
import { createContext, useContext, type ReactNode } from "react";
import type { z } from "zod";
import type { ServerAction } from "@/lib/domain/action-result";
import type { addConnectionInput, editConnectionInput, removeConnectionInput } from "@/lib/domain/advocate/connections";
import type { NarrativeValues } from "@/components/narrative/narrative-form";

type In<S extends z.ZodType> = z.input<S>;
type ProgramRef = { applicantId: string; programId: string };

export interface AdvocateActions {
  claim: ServerAction<ProgramRef>;
  release: ServerAction<ProgramRef>;
  nudge: ServerAction<ProgramRef>;
  logContact: ServerAction<
    ProgramRef & { direction: string; channel: string; outcome: string; summary: string; narrativeVersionId?: string; occurredAt?: string }
  >;
  saveNarrative: ServerAction<NarrativeValues & { applicantId: string }>;
  addConnection: ServerAction<In<typeof addConnectionInput>>;
  editConnection: ServerAction<In<typeof editConnectionInput>>;
  removeConnection: ServerAction<In<typeof removeConnectionInput>>;
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
