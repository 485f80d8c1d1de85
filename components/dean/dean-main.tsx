// The main region of every dean's office page: the shared page frame (one width, one left edge
// with the header and the tabs), and the id the "Skip to content" link aims at.
import type { ReactNode } from "react";
import { PAGE_FRAME } from "@/components/ui/page";
import { cn } from "@/components/ui/cn";

export function DeanMain({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <main id="main" className={cn(PAGE_FRAME, "min-w-0 space-y-4 py-5 md:py-6", className)}>
      {children}
    </main>
  );
}
