import "server-only";
// Where this process stands in its life, for the parts that answer requests: the readiness check,
// every response (told to close its connection once the server is stopping) and the open live
// streams (told to reconnect elsewhere). The HTTP server (scripts/serve.ts) and the app's route
// handlers are separate module instances (the route handlers are bundled by Next.js), so the
// state lives on globalThis, as the Prisma client does.

/** What the readiness check needs to know of the job workers this process runs. */
export interface WorkerStatus {
  /** False once the workers stopped, on purpose or after an error. */
  running(): boolean;
}

interface ProcessState {
  /** Since when the process has been stopping (SIGTERM), or null while it serves normally. */
  stoppingSince: number | null;
  /** True once the listener is closed: open streams are told to reconnect to another instance. */
  closing: boolean;
  closeListeners: Set<() => void>;
  /** The job workers of this process; null when it runs none (JOB_WORKERS=0, or not started yet). */
  workers: WorkerStatus | null;
  /** The migrations this code ships (prisma/migrations), read as the server starts. */
  codeMigrations: string[] | null;
}

const holder = globalThis as typeof globalThis & { soapDeskProcessState?: ProcessState };

function state(): ProcessState {
  holder.soapDeskProcessState ??= { stoppingSince: null, closing: false, closeListeners: new Set(), workers: null, codeMigrations: null };
  return holder.soapDeskProcessState;
}

export function isStopping(): boolean {
  return state().stoppingSince !== null;
}

/** Readiness fails from now on, and every response asks its client to close the connection. */
export function markStopping(now = Date.now()): void {
  state().stoppingSince ??= now;
}

/**
 * Calls `listener` once, when the server stops accepting connections (at once if it already has).
 * Returns the way to stop listening (a stream that ended on its own).
 */
export function onClosing(listener: () => void): () => void {
  const current = state();
  if (current.closing) {
    listener();
    return () => {};
  }
  current.closeListeners.add(listener);
  return () => current.closeListeners.delete(listener);
}

/** The listener is closed: everyone waiting in onClosing hears it, once. */
export function markClosing(): void {
  const current = state();
  if (current.closing) return;
  current.closing = true;
  const listeners = [...current.closeListeners];
  current.closeListeners.clear();
  for (const listener of listeners) {
    try {
      listener();
    } catch {
      // One stream failing to say goodbye does not keep the others from hearing.
    }
  }
}

/** This process runs job workers until `done` settles (they stopped, on purpose or after an error). */
export function registerWorkers(done: Promise<unknown>): void {
  let running = true;
  const stopped = () => (running = false);
  done.then(stopped, stopped);
  state().workers = { running: () => running };
}

export function registeredWorkers(): WorkerStatus | null {
  return state().workers;
}

export function registerCodeMigrations(names: string[]): void {
  state().codeMigrations = [...names];
}

export function registeredCodeMigrations(): string[] | null {
  return state().codeMigrations;
}
