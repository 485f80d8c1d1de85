"use client";
// The notifications page's card for Web Push: where push stands on this device (not set up on the
// server, not possible in this browser, blocked in its settings, off, on), the one button that
// turns it on or off here, and the person's devices with push on, each removable. Every step the
// browser or the server refuses is said in place, with what to do next.
import { useCallback, useEffect, useRef, useState } from "react";
import type * as Actions from "@/app/notifications/push-actions";
import { ActionFeedback } from "@/components/ui/action-feedback";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { useServerAction } from "@/components/ui/use-server-action";
import { PushStepError, currentSubscription, endpointDigest, needsHomeScreen, pushSupported, subscribeThisDevice, type PushState } from "./push-browser";

export interface PushDeviceItem {
  id: string;
  label: string;
  /** When it was added, in the school's zone. */
  added: string;
  /** When it last took a push, in the school's zone; null: not yet. */
  lastUsed: string | null;
  endpointDigest: string;
}

export interface PushDeviceActions {
  turnOn: typeof Actions.turnOnPushAction;
  turnOff: typeof Actions.turnOffPushAction;
  remove: typeof Actions.removePushDeviceAction;
}

const STATE_BADGE: Record<PushState, { tone: BadgeTone; word: string }> = {
  checking: { tone: "neutral", word: "Checking" },
  "server-off": { tone: "neutral", word: "Not set up" },
  unsupported: { tone: "neutral", word: "Not available" },
  blocked: { tone: "warn", word: "Blocked" },
  off: { tone: "neutral", word: "Off" },
  on: { tone: "good", word: "On" },
};

function stateText(state: PushState): string {
  switch (state) {
    case "checking":
      return "Checking what this browser allows…";
    case "server-off":
      return "Push is not set up on this SOAP Desk server. Notifications still reach you here and by email; your dean's office can ask IT to turn push on.";
    case "unsupported":
      return needsHomeScreen()
        ? "On iPhone and iPad, push works once SOAP Desk is on your Home Screen: tap Share, then Add to Home Screen, and open SOAP Desk from there."
        : "This browser cannot receive push notifications. Notifications still reach you here and by email; a current Chrome, Edge, Firefox or Safari can receive push.";
    case "blocked":
      return "Notifications are blocked for SOAP Desk in this browser's settings. Allow them in the site settings (the icon left of the address), then reload this page.";
    case "off":
      return "Push is off on this device.";
    case "on":
      return "This device gets push notifications, even with SOAP Desk closed.";
  }
}

async function readPushState(publicKey: string | null, devices: PushDeviceItem[]): Promise<{ state: PushState; digest: string | null }> {
  if (!publicKey) return { state: "server-off", digest: null };
  if (!pushSupported()) return { state: "unsupported", digest: null };
  if (Notification.permission === "denied") return { state: "blocked", digest: null };
  const subscription = await currentSubscription().catch(() => null);
  const digest = subscription ? await endpointDigest(subscription.endpoint) : null;
  const known = digest !== null && devices.some((device) => device.endpointDigest === digest);
  return { state: known && Notification.permission === "granted" ? "on" : "off", digest };
}

export function PushDevices({ publicKey, devices, actions }: { publicKey: string | null; devices: PushDeviceItem[]; actions: PushDeviceActions }) {
  const [state, setState] = useState<PushState>("checking");
  const [thisDevice, setThisDevice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const turnOn = useServerAction(actions.turnOn);
  const turnOff = useServerAction(actions.turnOff);
  const remove = useServerAction(actions.remove);
  const result = turnOn.result ?? turnOff.result ?? remove.result;
  const busy = working || turnOn.pending || turnOff.pending || remove.pending;
  // Waiting for the server's answer (not for the page's refresh that follows it).
  const toggling = working || (turnOn.pending && !turnOn.result) || (turnOff.pending && !turnOff.result);

  // What this browser holds, against the server's list (which a change elsewhere may have altered).
  const [checks, setChecks] = useState(0);
  const check = useCallback(() => setChecks((n) => n + 1), []);
  useEffect(() => {
    let current = true;
    void readPushState(publicKey, devices).then((read) => {
      if (!current) return;
      setState(read.state);
      setThisDevice(read.digest);
    });
    return () => {
      current = false;
    };
  }, [publicKey, devices, checks]);

  const clearAll = () => {
    setProblem(null);
    turnOn.clear();
    turnOff.clear();
    remove.clear();
  };

  async function switchOn() {
    if (!publicKey) return;
    clearAll();
    setWorking(true);
    try {
      const subscription = await subscribeThisDevice(publicKey);
      const digest = await endpointDigest(subscription.endpoint);
      turnOn.run({ ...subscription, userAgent: navigator.userAgent }, (answer) => {
        // Said at once with the server's answer; the refreshed list then confirms it.
        if (!answer.ok) return;
        setThisDevice(digest);
        setState("on");
      });
    } catch (error) {
      if (error instanceof PushStepError && error.state) setState(error.state);
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setWorking(false);
    }
  }

  async function switchOff(then?: () => void) {
    clearAll();
    setWorking(true);
    try {
      const subscription = await currentSubscription();
      if (subscription) {
        // The server first: if it cannot be reached, push is still on here and the button still works.
        turnOff.run({ endpoint: subscription.endpoint }, (answer) => {
          if (!answer.ok) return;
          setState("off");
          then?.();
          void subscription.unsubscribe().finally(check);
        });
      } else check();
    } catch (error) {
      setProblem(`This browser could not turn push off (${error instanceof Error ? error.message : String(error)}). Try again.`);
    } finally {
      setWorking(false);
    }
  }

  const badge = STATE_BADGE[state];
  return (
    <Card
      id="push"
      title="Push notifications"
      description="Urgent news (a program's call to return, an offer about to expire) on your phone's lock screen within seconds."
      className="max-w-3xl"
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2" role="status" aria-live="polite">
        <Badge tone={badge.tone} dot>
          <span className="sr-only">Push on this device: </span>
          {badge.word}
        </Badge>
        <p className="min-w-0 flex-1 basis-60 text-sm text-ink">{stateText(state)}</p>
      </div>
      {(state === "off" || state === "on") && (
        // One button that changes its words, so keyboard focus stays on it when push turns on or
        // off; aria-disabled (not disabled) while it works, which would drop the focus.
        <Button
          className="mt-3 aria-disabled:opacity-60"
          variant={state === "off" ? "primary" : "secondary"}
          aria-disabled={busy}
          onClick={() => {
            if (busy) return;
            void (state === "off" ? switchOn() : switchOff());
          }}
        >
          {state === "off" ? (toggling ? "Turning on…" : "Turn on push on this device") : toggling ? "Turning off…" : "Turn off on this device"}
        </Button>
      )}
      <div className="mt-3 space-y-2 empty:hidden">
        {problem && (
          <p role="alert" className="rounded-lg border border-danger/30 bg-danger-soft p-3 text-sm font-semibold text-danger">
            {problem}
          </p>
        )}
        <ActionFeedback result={result} success={result?.ok ? result.message : undefined} />
      </div>

      <h3 ref={listHeading} tabIndex={-1} className="mt-5 text-sm font-semibold text-ink outline-none">
        Your devices with push on
      </h3>
      {devices.length === 0 ? (
        <p className="mt-1 text-sm text-ink-muted">None yet. Turn push on here, and on your phone from this page.</p>
      ) : (
        <ul className="mt-1 divide-y divide-border" aria-label="Your devices with push on">
          {devices.map((device) => {
            const current = device.endpointDigest === thisDevice;
            return (
              <li key={device.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2.5">
                <div className="min-w-0 flex-1 basis-40">
                  <p className="flex flex-wrap items-center gap-2 font-medium text-ink">
                    {device.label || "A device"}
                    {current && <Badge tone="info">This device</Badge>}
                  </p>
                  <p className="text-xs text-ink-muted">
                    Added {device.added}
                    {device.lastUsed ? ` · last push ${device.lastUsed}` : ""}
                  </p>
                </div>
                <Button
                  variant="danger-outline"
                  size="md"
                  disabled={busy}
                  aria-label={`Remove ${device.label || "this device"}, added ${device.added}`}
                  onClick={() => {
                    if (current) return void switchOff(() => listHeading.current?.focus());
                    clearAll();
                    // The row goes: focus moves to the list's heading rather than to the page's top.
                    remove.run({ subscriptionId: device.id }, (answer) => answer.ok && listHeading.current?.focus());
                  }}
                >
                  Remove
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
