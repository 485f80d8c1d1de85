// Kept pages: found only by the same key, school and person, while fresh; forgotten on a change
// in their school (heard or committed here); never kept across a change heard while rendering,
// nor while the feed cannot hear changes; and no more of them than the limit.
import { describe, expect, it } from "vitest";
import { RenderedPages, type KeptPage } from "@/lib/server/live/rendered-pages";
import { cookieFrom, reusedPageRole } from "@/lib/server/http/page-reuse";
import { FeedForTest } from "../support/feed-for-test";

function setup(limit = 100) {
  const feed = new FeedForTest();
  let now = 1_000;
  const pages = new RenderedPages<string>(feed, () => now, 10_000, limit);
  const page = (schoolId: string, body: string, fingerprint = "dean"): KeptPage<string> => ({
    schoolId,
    fingerprint,
    generation: pages.generation(schoolId),
    at: now,
    body,
  });
  return { feed, pages, page, advance: (ms: number) => (now += ms) };
}

describe("RenderedPages", () => {
  it("finds a kept page by its key for the same school and person, until it is ten seconds old", () => {
    const { pages, page, advance } = setup();
    expect(pages.keep("k", page("s1", "html"))).toBe(true);
    expect(pages.find("k", "s1", "dean")?.body).toBe("html");
    expect(pages.find("other key", "s1", "dean")).toBeNull();
    expect(pages.find("k", "s1", "someone else")).toBeNull();
    // A miss for another person forgets the page: it is rendered anew for whoever comes next.
    expect(pages.find("k", "s1", "dean")).toBeNull();
    pages.keep("k", page("s1", "html"));
    advance(9_999);
    expect(pages.find("k", "s1", "dean")?.body).toBe("html");
    advance(1);
    expect(pages.find("k", "s1", "dean")).toBeNull();
  });

  it("forgets a school's pages on a notice from the feed or a change committed here, and only that school's", () => {
    const { feed, pages, page } = setup();
    pages.keep("a", page("s1", "one"));
    pages.keep("b", page("s2", "two"));
    feed.notice("s1");
    expect(pages.find("a", "s1", "dean")).toBeNull();
    expect(pages.find("b", "s2", "dean")?.body).toBe("two");
    pages.forget("s2");
    expect(pages.find("b", "s2", "dean")).toBeNull();
  });

  it("does not keep a page whose school changed while it was rendered", () => {
    const { feed, pages, page } = setup();
    const rendering = page("s1", "stale");
    feed.notice("s1");
    expect(pages.keep("a", rendering)).toBe(false);
    expect(pages.find("a", "s1", "dean")).toBeNull();
  });

  it("keeps and serves nothing while the feed cannot hear changes", () => {
    const { feed, pages, page } = setup();
    pages.keep("a", page("s1", "html"));
    feed.listening = false;
    expect(pages.find("a", "s1", "dean")).toBeNull();
    expect(pages.keep("a", page("s1", "html"))).toBe(false);
  });

  it("lets a request wait for the same page's render under way, for the same person, instead of rendering it again", async () => {
    const { feed, pages, page } = setup();
    expect(pages.rendering("k", "s1", "dean")).toBeNull();
    const finish = pages.startRendering("k", "dean", pages.generation("s1"));
    expect(pages.rendering("k", "s1", "someone else")).toBeNull();
    const waiting = pages.rendering("k", "s1", "dean");
    const rendered = page("s1", "html");
    finish(rendered);
    expect(await waiting).toBe(rendered);
    // Finished: the next request finds the kept page, or renders.
    expect(pages.rendering("k", "s1", "dean")).toBeNull();

    // A change heard while waiting: the render may predate it, so nobody is given it.
    const again = pages.startRendering("k", "dean", pages.generation("s1"));
    const stale = page("s1", "stale");
    const waiter = pages.rendering("k", "s1", "dean");
    feed.notice("s1");
    expect(pages.rendering("k", "s1", "dean")).toBeNull();
    again(stale);
    expect(await waiter).toBeNull();

    // A render that could not be kept (or whose client went away) gives nothing, once.
    const failed = pages.startRendering("k", "dean", pages.generation("s1"));
    const left = pages.rendering("k", "s1", "dean");
    failed(null);
    failed(page("s1", "late"));
    expect(await left).toBeNull();
  });

  it("keeps at most its limit, dropping the oldest", () => {
    const { pages, page } = setup(2);
    pages.keep("a", page("s1", "a"));
    pages.keep("b", page("s1", "b"));
    pages.keep("c", page("s1", "c"));
    expect(pages.size).toBe(2);
    expect(pages.find("a", "s1", "dean")).toBeNull();
    expect(pages.find("c", "s1", "dean")?.body).toBe("c");
  });
});

describe("which requests may be served a kept page", () => {
  const gzip = { "accept-encoding": "gzip, deflate, br" };
  it("the dean's dashboard, loaded in full by a client that takes gzip", () => {
    expect(reusedPageRole("GET", "/dean", gzip)).toBe("DEAN");
    expect(reusedPageRole("GET", "/dean?status=ACTIVE&sort=name", gzip)).toBe("DEAN");
  });

  it("nothing else: other pages and methods, client navigations, actions, clients without gzip", () => {
    expect(reusedPageRole("GET", "/dean/people", gzip)).toBeNull();
    expect(reusedPageRole("GET", "/applicant", gzip)).toBeNull();
    expect(reusedPageRole("HEAD", "/dean", gzip)).toBeNull();
    expect(reusedPageRole("POST", "/dean", gzip)).toBeNull();
    expect(reusedPageRole("GET", "/dean", { ...gzip, rsc: "1" })).toBeNull();
    expect(reusedPageRole("GET", "/dean", { ...gzip, "next-router-prefetch": "1" })).toBeNull();
    expect(reusedPageRole("GET", "/dean", { ...gzip, "next-action": "abc" })).toBeNull();
    expect(reusedPageRole("GET", "/dean", {})).toBeNull();
    expect(reusedPageRole("GET", "/dean", { "accept-encoding": "gzip;q=0, br" })).toBeNull();
    expect(reusedPageRole("GET", "/dean", { "accept-encoding": "GZIP;q=0.5" })).toBe("DEAN");
  });

  it("reads the session cookie by its exact name", () => {
    expect(cookieFrom("a=1; authjs.session-token=tok; b=2", "authjs.session-token")).toBe("tok");
    expect(cookieFrom("x-authjs.session-token=no", "authjs.session-token")).toBeNull();
    expect(cookieFrom("authjs.session-token=", "authjs.session-token")).toBeNull();
    expect(cookieFrom(undefined, "authjs.session-token")).toBeNull();
  });
});
