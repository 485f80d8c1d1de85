// The HTTP front's checks of server action requests: another site's posts, and bodies React cannot decode.
import { describe, expect, it } from "vitest";
import { answerActionUncompressed, refuseActionBody, refuseCrossSiteAction } from "@/lib/server/http/action-request";

const call = { "next-action": "40abc", "content-type": "text/plain;charset=UTF-8", host: "soap.school.edu" };

describe("refuseCrossSiteAction", () => {
  it("refuses an action called or a form posted from another site, or from an Origin that is not one", () => {
    for (const origin of ["https://evil.example", "null", "::", "https://soap.school.edu.evil.example"])
      expect(refuseCrossSiteAction("POST", "/dean", { ...call, origin })?.status).toBe(403);
    expect(
      refuseCrossSiteAction("POST", "/dean", { "content-type": "multipart/form-data; boundary=x", host: "soap.school.edu", origin: "https://evil.example" })
        ?.status,
    ).toBe(403);
  });

  it("lets this site's own calls through, and leaves other requests to their handlers", () => {
    expect(refuseCrossSiteAction("POST", "/dean", { ...call, origin: "https://soap.school.edu" })).toBeNull();
    expect(refuseCrossSiteAction("POST", "/dean", { ...call, origin: "https://evil.example", "x-forwarded-host": "evil.example" })).toBeNull();
    expect(refuseCrossSiteAction("GET", "/dean", { ...call, origin: "https://evil.example" })).toBeNull();
    expect(refuseCrossSiteAction("POST", "/api/auth/callback/oidc", { ...call, origin: "https://evil.example" })).toBeNull();
  });
});

describe("refuseActionBody", () => {
  const refused = async (body: string) => (await refuseActionBody("POST", call, Buffer.from(body)))?.status ?? null;

  it("takes what React's client sends: a list of arguments, a big CSV among them", async () => {
    expect(await refused(JSON.stringify([{ programId: "p1" }]))).toBeNull();
    expect(await refused(JSON.stringify([{ csv: "x".repeat(5_000_000) }]))).toBeNull();
    expect(await refused('["$undefined",{"when":"$D2026-03-16T15:00:00.000Z"}]')).toBeNull();
  });

  it("refuses with 400 what React cannot decode or no action takes", async () => {
    for (const body of ["[{", "", '"hello"', "1", '["$1"]', '["$T"]', '["$nzz"]', JSON.stringify(Array(1_001).fill(1))])
      expect(await refused(body), body).toBe(400);
    expect(await refused(JSON.stringify([["x".repeat(1_000_001), "x"]]))).toBe(400);
    expect(await refuseActionBody("POST", { ...call, "content-type": "multipart/form-data; boundary=zz" }, Buffer.from("garbage"))).toMatchObject({
      status: 400,
    });
  });
});

describe("answerActionUncompressed", () => {
  it("drops Accept-Encoding from an action called from a page, whose answer is a few hundred bytes", () => {
    const headers: Record<string, string> = { "next-action": "7f00", "accept-encoding": "gzip, br" };
    answerActionUncompressed("POST", headers);
    expect(headers["accept-encoding"]).toBeUndefined();
  });

  it("keeps it for a form posted without JavaScript and for pages, whose answer is the whole page", () => {
    const form: Record<string, string> = { "content-type": "multipart/form-data; boundary=x", "accept-encoding": "gzip" };
    answerActionUncompressed("POST", form);
    expect(form["accept-encoding"]).toBe("gzip");
    const page: Record<string, string> = { "next-action": "7f00", "accept-encoding": "gzip" };
    answerActionUncompressed("GET", page);
    expect(page["accept-encoding"]).toBe("gzip");
  });
});
