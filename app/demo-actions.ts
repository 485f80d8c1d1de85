"use server";
// Demo mode only: anyone on the demo home page may put the demo school back to its starting point
// (prisma/reset-demo.ts), with times relative to now. Refused with a clear message when demo mode
// is off: a school's own server never resets anything.
import { z } from "zod";
import { defineAction } from "@/lib/server/entry/define-action";
import { isDemoModeIn } from "@/lib/server/core/env";
import { resetDemo } from "@/prisma/reset-demo";

// Two visitors clicking at once, or a double click, get one reset.
const SKIP_WITHIN_SECONDS = 20;

export const resetDemoAction = defineAction({
  name: "demo.reset",
  guard: "public",
  input: z.object({}),
  revalidate: "/",
  run: async (ctx) => {
    const result = await resetDemo(ctx.db, {
      now: ctx.clock.now(),
      demoMode: isDemoModeIn(process.env),
      skipWithinSeconds: SKIP_WITHIN_SECONDS,
      log: () => {},
    });
    return {
      message: result.reset
        ? "The demo school is reset: everything is as it was seeded, with times relative to now."
        : "The demo school was reset a moment ago, so it is already at its starting point.",
    };
  },
});
