// A placeholder the shape of what is loading; it pulses only when motion is welcome, and is
// hidden from screen readers (the region that loads says "Loading…" once, with aria-busy).
import { cn } from "./cn";

export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={cn("h-4 rounded-md bg-muted motion-safe:animate-pulse", className)} />;
}

/** Lines of text loading, the last one shorter. */
export function SkeletonText({ lines = 3, className }: { lines?: number; className?: string }) {
  return (
    <div className={cn("space-y-2", className)}>
      {Array.from({ length: lines }, (_, i) => (
        <Skeleton key={i} className={i === lines - 1 ? "w-2/3" : "w-full"} />
      ))}
    </div>
  );
}
