"use client";
// Keeps the dashboard current without a reload: listens to the school's change feed (Server-Sent
// Events) and re-renders the page's data on each change; the browser reconnects on its own after a
// network or database blip or a server restart, and the pill says which state it is in. Alerts that come from the
// clock alone (a response now overdue) are picked up by a refresh every minute. When the session
// ends (signed out, expired, another role), the stream says "ended" and closes: the page reloads,
// and the server sends the person to sign in or to their own home.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";

type State = "connecting" | "live" | "reconnecting";
const LABELS: Record<State, string> = { connecting: "Connecting…", live: "Live", reconnecting: "Reconnecting…" };

export function LiveUpdates({ source }: { source: string }) {
  const router = useRouter();
  const [state, setState] = useState<State>("connecting");
  const [, startTransition] = useTransition();
  const [updatedAt, setUpdatedAt] = useState<string | null>(null);
  const refreshing = useRef(false);
  const again = useRef(false);

  useEffect(() => {
    const refresh = () => {
      if (refreshing.current) {
        again.current = true;
        return;
      }
      refreshing.current = true;
      startTransition(() => {
        router.refresh();
      });
      // router.refresh() has no promise; a short pause folds a burst into one more refresh.
      setTimeout(() => {
        refreshing.current = false;
        setUpdatedAt(new Date().toLocaleTimeString([], { hour: "numeric", minute: "2-digit", second: "2-digit" }));
        if (again.current) {
          again.current = false;
          refresh();
        }
      }, 400);
    };
    const events = new EventSource(source);
    events.addEventListener("open", () => setState("live"));
    events.addEventListener("error", () => setState("reconnecting"));
    events.addEventListener("status", (e) => setState((e as MessageEvent<string>).data === "live" ? "live" : "reconnecting"));
    events.addEventListener("change", refresh);
    // The server is restarting: the browser reconnects on its own, to another instance.
    events.addEventListener("reconnect", () => setState("reconnecting"));
    events.addEventListener("ended", () => {
      events.close();
      window.location.reload();
    });
    const clock = setInterval(refresh, 60_000);
    return () => {
      events.close();
      clearInterval(clock);
    };
  }, [router, source]);

  return (
    <div className="inline-flex items-center gap-2 text-sm" data-live-state={state}>
      <span aria-hidden="true" className={`h-2.5 w-2.5 rounded-full ${state === "live" ? "bg-emerald-600" : "animate-pulse bg-amber-500"}`} />
      {/* Only the state is announced; the time of the last update is there to read. */}
      <span role="status" className="font-medium">
        {LABELS[state]}
      </span>
      {updatedAt && state === "live" && <span className="text-slate-600">updated {updatedAt}</span>}
    </div>
  );
}
