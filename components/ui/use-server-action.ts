"use client";
// Calls a server action from an event handler inside a transition, keeping its last result for
// the feedback region. Server actions run one at a time per client (Next.js), so `pending`
// disables the button that started it.
import { useCallback, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { REQUEST_TOO_LARGE_MESSAGE, type ActionResult } from "@/lib/domain/action-result";

const NOT_REACHED = "Could not reach SOAP Desk. Check your connection; nothing was saved.";

/**
 * What to show when calling a server action threw instead of answering: the server's own words
 * where it refused the request before the app read it (too large), else that it was not reached.
 */
export function thrownActionResult(error: unknown, notReached: string = NOT_REACHED): ActionResult<never> {
  if (error instanceof Error && error.message === REQUEST_TOO_LARGE_MESSAGE) return { ok: false, code: "INVALID_INPUT", message: REQUEST_TOO_LARGE_MESSAGE };
  return { ok: false, code: "NETWORK", message: notReached };
}

export function useServerAction<I, D = undefined>(action: (input: I) => Promise<ActionResult<D>>) {
  const [result, setResult] = useState<ActionResult<D> | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const run = useCallback(
    (input: I, onDone?: (result: ActionResult<D>) => void) => {
      // The last answer belongs to the last action: a "saved" left over from it must not stand
      // for this one, which is not saved until the server says so.
      setResult(null);
      startTransition(async () => {
        let next: ActionResult<D>;
        try {
          next = await action(input);
        } catch (error) {
          next = thrownActionResult(error);
        }
        setResult(next);
        onDone?.(next);
        // The server answered with the result alone: the page's data is fetched afresh.
        if (next.ok && next.refresh) router.refresh();
      });
    },
    [action, router],
  );
  const clear = useCallback(() => setResult(null), []);
  return { run, pending, result, clear };
}
