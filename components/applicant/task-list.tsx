"use client";
// Open tasks, soonest first, each with a live countdown and "Mark done".
import Link from "next/link";
import { useApplicantActions } from "./applicant-actions";
import { ActionFeedback } from "@/components/ui/action-feedback";
import { Countdown } from "./countdown";
import { useServerAction } from "@/components/ui/use-server-action";
import type { TaskKind } from "@/lib/domain/types";

const KIND_LABELS: Record<TaskKind, string> = { URGENT_RESPONSE: "Urgent", FOLLOW_UP: "Follow-up", NUDGE: "Your advocate asks" };

export interface TaskItem {
  id: string;
  title: string;
  kind: TaskKind;
  dueAt: string;
  programId: string | null;
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
          </li>
        ))}
      </ul>
      <ActionFeedback result={result} success="Task marked done." />
    </div>
  );
}
