// A badge (a chip): a short state word on a row or a heading, in one of five tones on the semantic
// tokens. Red ("bad") is for danger and urgency only; amber warns; green says done.
import type { ReactNode } from "react";
import { cn } from "./cn";

const TONES = {
  neutral: "bg-muted text-ink border-border",
  good: "bg-success-soft text-success border-success/25",
  warn: "bg-warning-soft text-warning border-warning/25",
  bad: "bg-danger-soft text-danger border-danger/25",
  info: "bg-primary-soft text-primary border-primary/20",
} as const;

const DOTS = { neutral: "bg-ink-muted", good: "bg-success", warn: "bg-warning", bad: "bg-danger", info: "bg-primary" } as const;

export type BadgeTone = keyof typeof TONES;
export const BADGE_TONES = Object.keys(TONES) as BadgeTone[];

export function Badge({ tone = "neutral", dot = false, className, children }: { tone?: BadgeTone; dot?: boolean; className?: string; children: ReactNode }) {
  return (
    <span className={cn("inline-flex items-center gap-1.5 whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium", TONES[tone], className)}>
      {dot && <span aria-hidden="true" className={cn("size-1.5 rounded-full", DOTS[tone])} />}
      {children}
    </span>
  );
}
