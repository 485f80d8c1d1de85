import "server-only";
// The one source of "now" for use cases. Production reads the system clock; tests pass a clock
// they can move (deadlines, the SOAP window) without touching the machine's time.
import { readFileSync } from "node:fs";

export interface Clock {
  now(): Date;
}

// End-to-end tests move the app's time forward (an unanswered call going overdue, an offer's
// deadline) without touching the machine's: the e2e server names a file holding an offset in
// milliseconds. Nothing else sets this variable, so a school's server reads the system clock.
const TEST_CLOCK_FILE = process.env.SOAP_DESK_TEST_CLOCK_FILE;

function testOffset(file: string): number {
  try {
    const offset = Number(readFileSync(file, "utf8").trim());
    return Number.isFinite(offset) ? offset : 0;
  } catch {
    return 0;
  }
}

export const systemClock: Clock = {
  now: () => new Date(Date.now() + (TEST_CLOCK_FILE ? testOffset(TEST_CLOCK_FILE) : 0)),
};

export class ManualClock implements Clock {
  private current: Date;

  constructor(start: Date) {
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  set(at: Date): void {
    this.current = new Date(at);
  }

  advanceMinutes(minutes: number): void {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
}
