// A progress bar (Radix: role="progressbar" with its value and a name). Without a value it says
// "working" (an upload whose size is not known yet) and slides quietly, unless motion is reduced.
import { Progress as ProgressPrimitive } from "radix-ui";
import { cn } from "./cn";

const TONES = { primary: "bg-primary", success: "bg-success", warning: "bg-warning", danger: "bg-danger" } as const;

export function ProgressBar({
  label,
  value,
  max = 100,
  tone = "primary",
  showValue = false,
  className,
}: {
  /** What is progressing, read by screen readers and shown above the bar. */
  label: string;
  /** Done so far, or null when not known. */
  value: number | null;
  max?: number;
  tone?: keyof typeof TONES;
  /** Shows "40 %" at the right of the label. */
  showValue?: boolean;
  className?: string;
}) {
  const known = value !== null;
  const share = known ? Math.min(100, Math.max(0, (value / max) * 100)) : 0;
  return (
    <div className={cn("space-y-1", className)}>
      <div className="flex justify-between gap-2 text-xs text-ink-muted">
        <span>{label}</span>
        {showValue && known && <span className="tabular-nums">{Math.round(share)} %</span>}
      </div>
      <ProgressPrimitive.Root value={value} max={max} aria-label={label} className="relative h-2 w-full overflow-hidden rounded-full bg-muted">
        <ProgressPrimitive.Indicator
          className={cn(
            "h-full rounded-full transition-[width]",
            TONES[tone],
            !known && "w-1/3 motion-safe:animate-[progress-slide_1.4s_ease-in-out_infinite]",
          )}
          style={known ? { width: `${share}%` } : undefined}
        />
      </ProgressPrimitive.Root>
    </div>
  );
}
