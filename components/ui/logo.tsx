// SOAP Desk's mark (the same drawing as the favicon, app/icon.svg) and its name, one line always.
import { cn } from "./cn";

export function LogoMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 64 64" aria-hidden="true" className={cn("size-7 shrink-0", className)}>
      <rect width="64" height="64" rx="14" className="fill-primary" />
      <path d="M17 20h30a3 3 0 0 1 3 3v16a3 3 0 0 1-3 3H34l-9 8v-8h-8a3 3 0 0 1-3-3V23a3 3 0 0 1 3-3z" className="fill-primary-foreground" />
      <path d="M23 31l6 6 12-12" fill="none" strokeWidth="4" strokeLinecap="round" strokeLinejoin="round" className="stroke-primary" />
    </svg>
  );
}

export function Logo({ className }: { className?: string }) {
  return (
    <span className={cn("inline-flex items-center gap-2 whitespace-nowrap text-base font-bold tracking-tight text-ink", className)}>
      <LogoMark />
      SOAP Desk
    </span>
  );
}
