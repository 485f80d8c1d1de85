import "server-only";
// Rendered pages kept by this app instance, each for one session and one address, until something
// in its school changes: a change committed here forgets them at once (forgetRenderedPages), one
// committed on another instance through the change feed's notice. Pages also age out after the
// dashboard's few seconds, because alerts and countdowns move with the clock, and nothing is kept
// while the feed cannot hear changes. The HTTP front (lib/server/http/page-reuse.ts) decides what
// may be kept and serves it.
import { COHORT_CACHE_TTL_MS } from "../dashboard/cohort-cache";
import { changeFeed, type ChangeFeed } from "./change-feed";

export interface KeptPage<Body> {
  schoolId: string;
  /** Who the page was rendered for, exactly as the session read it: anything else renders anew. */
  fingerprint: string;
  /** The school's generation when the render began: a change heard since makes it stale. */
  generation: number;
  /** When the render began, on the instance's clock (ms). */
  at: number;
  body: Body;
}

/** At most this many pages are kept: the oldest go first. */
export const KEPT_PAGES_LIMIT = 100;

export class RenderedPages<Body> {
  private readonly pages = new Map<string, KeptPage<Body>>();
  private readonly generations = new Map<string, number>();
  private readonly listening = new Set<string>();
  private readonly inFlight = new Map<string, { fingerprint: string; generation: number; done: Promise<KeptPage<Body> | null> }>();

  constructor(
    private readonly feed: ChangeFeed,
    private readonly now: () => number = Date.now,
    private readonly ttlMs: number = COHORT_CACHE_TTL_MS,
    private readonly limit: number = KEPT_PAGES_LIMIT,
  ) {}

  /** The school's generation, to pass back to keep(): a render starts here. */
  generation(schoolId: string): number {
    this.listen(schoolId);
    return this.generations.get(schoolId) ?? 0;
  }

  /** The page kept under `key`, if it is still what a render for `fingerprint` would give now. */
  find(key: string, schoolId: string, fingerprint: string): KeptPage<Body> | null {
    const page = this.pages.get(key);
    if (!page) return null;
    const age = this.now() - page.at;
    const fresh =
      this.feed.live() &&
      page.schoolId === schoolId &&
      page.fingerprint === fingerprint &&
      page.generation === this.generation(schoolId) &&
      age >= 0 &&
      age < this.ttlMs;
    if (fresh) return page;
    this.pages.delete(key);
    return null;
  }

  /** Keeps a rendered page, unless its school changed while it was rendered or nobody can hear changes. */
  keep(key: string, page: KeptPage<Body>): boolean {
    if (!this.feed.live() || page.generation !== this.generation(page.schoolId)) return false;
    this.pages.delete(key);
    this.pages.set(key, page);
    for (const oldest of this.pages.keys()) {
      if (this.pages.size <= this.limit) break;
      this.pages.delete(oldest);
    }
    return true;
  }

  /**
   * A render of the page under way for the same person, started since the school's last change:
   * a request waits for it rather than rendering the same page again. It gives the rendered page,
   * or null when the render could not be kept (or the school changed meanwhile).
   */
  rendering(key: string, schoolId: string, fingerprint: string): Promise<KeptPage<Body> | null> | null {
    const render = this.inFlight.get(key);
    if (!render || render.fingerprint !== fingerprint || render.generation !== this.generation(schoolId)) return null;
    return render.done.then((page) => (page && page.generation === this.generation(schoolId) ? page : null));
  }

  /** A render of the page begins; the function returned says how it ended (at most once). */
  startRendering(key: string, fingerprint: string, generation: number): (page: KeptPage<Body> | null) => void {
    let finish!: (page: KeptPage<Body> | null) => void;
    const done = new Promise<KeptPage<Body> | null>((resolve) => (finish = resolve));
    const render = { fingerprint, generation, done };
    this.inFlight.set(key, render);
    let finished = false;
    return (page) => {
      if (finished) return;
      finished = true;
      if (this.inFlight.get(key) === render) this.inFlight.delete(key);
      finish(page);
    };
  }

  /** Something in the school changed: its pages render anew. */
  forget(schoolId: string): void {
    this.generations.set(schoolId, (this.generations.get(schoolId) ?? 0) + 1);
    for (const [key, page] of this.pages) if (page.schoolId === schoolId) this.pages.delete(key);
  }

  get size(): number {
    return this.pages.size;
  }

  private listen(schoolId: string): void {
    if (this.listening.has(schoolId)) return;
    this.listening.add(schoolId);
    // A notice of a change, and any change of the feed's state (a reconnect may have missed some).
    this.feed.subscribe(schoolId, () => this.forget(schoolId));
  }
}

// One store per process, shared by the HTTP front and the app's own copy of this module.
const shared = globalThis as typeof globalThis & { soapDeskRenderedPages?: RenderedPages<unknown> };

/** This instance's kept pages, forgotten on the change feed's notices. */
export function renderedPages<Body>(): RenderedPages<Body> {
  shared.soapDeskRenderedPages ??= new RenderedPages<unknown>(changeFeed());
  return shared.soapDeskRenderedPages as RenderedPages<Body>;
}

/** A change was committed in the school by this instance: its kept pages render anew. */
export function forgetRenderedPages(schoolId: string): void {
  shared.soapDeskRenderedPages?.forget(schoolId);
}
