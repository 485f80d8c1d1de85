"use client";
// Open tasks, soonest first, each with a live countdown and "Mark done". A "call them back" task
// carries the program's phone and the person to ask for as links a phone can tap.
import Link from "next/link";
import { useApplicantActions } from "./applicant-actions";
import { ActionFeedback } from "@/components/ui/action-feedback";
import { Countdown } from "./countdown";
import { useServerAction } from "@/components/ui/use-server-action";
import type { TaskKind } from "@/lib/domain/types";
import { mailtoAddress, type ProgramContact } from "@/lib/domain/applicant/program-contact";

const KIND_LABELS: Record<TaskKind, string> = { URGENT_RESPONSE: "Urgent", FOLLOW_UP: "Follow-up", NUDGE: "Your advocate asks" };

export interface TaskItem {
  id: string;
  title: string;
  kind: TaskKind;
  dueAt: string;
  programId: string | null;
  /** The program's phone and contact person; shown on urgent tasks. */
  contact?: ProgramContact | null;
}

const TAP = "inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 text-sm font-semibold text-brand-700 underline hover:bg-slate-100";

function TaskContact({ contact }: { contact: ProgramContact }) {
  const { person } = contact;
  const call = contact.prefersEmail ? null : contact.telHref;
  const mailto = person ? mailtoAddress(person.email) : null;
  return (
    <div className="flex basis-full flex-wrap items-center gap-x-3 gap-y-2 text-sm text-slate-800">
      {person?.name && (
        <span>
          Ask for {person.name} ({person.role})
        </span>
      )}
      {contact.prefersEmail && <span>This program prefers email, no calls.</span>}
      {call && (
        <a href={call} className={TAP}>
          Call {contact.phone}
        </a>
      )}
      {!call && !contact.prefersEmail && contact.phone && <span>Phone: {contact.phone}</span>}
      {mailto && person && (
        <a href={mailto} className={TAP}>
          Email {person.name || person.email}
        </a>
      )}
      {!call && !mailto && !contact.phone && <span>No phone or email on file: open the program for its contacts.</span>}
    </div>
  );
}

export function TaskList({ tasks, serverNow }: { tasks: TaskItem[]; serverNow: string }) {
  const actions = useApplicantActions();
  const { run, pending, result } = useServerAction(actions.completeTask);
  if (tasks.length === 0) return <p className="text-sm text-slate-600">No open tasks. When a program calls, log it and the response task appears here.</p>;
  return (
    <div className="space-y-2">
      <ul className="divide-y divide-slate-100">
        {tasks.map((task) => (
          <li key={task.id} className="flex flex-wrap items-center gap-x-3 gap-y-2 py-3">
            <span
              className={`rounded-full px-2 py-0.5 text-xs font-semibold ${task.kind === "URGENT_RESPONSE" ? "bg-rose-100 text-rose-900" : "bg-brand-100 text-brand-900"}`}
            >
              {KIND_LABELS[task.kind]}
            </span>
            <span className="min-w-0 flex-1 basis-48 font-medium">
              {task.programId ? (
                <Link href={`/applicant/programs/${task.programId}`} className="hover:underline">
                  {task.title}
                </Link>
              ) : (
                task.title
              )}
            </span>
            <Countdown dueAt={task.dueAt} serverNow={serverNow} />
            <button
              type="button"
              disabled={pending}
              onClick={() => run({ taskId: task.id })}
              className="min-h-10 rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-60"
              aria-label={`Mark done: ${task.title}`}
            >
              Mark done
            </button>
            {task.kind === "URGENT_RESPONSE" && task.contact && <TaskContact contact={task.contact} />}
          </li>
        ))}
      </ul>
      <ActionFeedback result={result} success="Task marked done." />
    </div>
  );
}
