// The HTTP front refuses bodies over Next.js's own limit, in words, before Next.js reads them.
import { describe, expect, it } from "vitest";
import nextConfig from "../../next.config.mjs";
import { REQUEST_TOO_LARGE_MESSAGE } from "@/lib/domain/action-result";
import { BODY_LIMIT_BYTES, bodyRefusalAnswer, refuseAddress, refuseBody } from "@/lib/server/http/body-limit";
import { thrownActionResult } from "@/components/ui/use-server-action";

describe("refuseBody", () => {
  it("uses the limit Next.js is configured with", () => {
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe(`${BODY_LIMIT_BYTES / 1024 / 1024}mb`);
  });

  it("lets through reads and bodies up to the limit", () => {
    expect(refuseBody("GET", { "content-length": String(BODY_LIMIT_BYTES * 10) })).toBeNull();
    expect(refuseBody("POST", { "content-length": String(BODY_LIMIT_BYTES) })).toBeNull();
    expect(refuseBody("POST", { "content-length": "0" })).toBeNull();
    expect(refuseBody("POST", {})).toBeNull();
  });

  it("refuses a body over the limit with 413 and the app's message", () => {
    expect(refuseBody("POST", { "content-length": String(BODY_LIMIT_BYTES + 1) })).toEqual({
      status: 413,
      title: "Nothing was saved",
      message: REQUEST_TOO_LARGE_MESSAGE,
    });
    expect(refuseBody("PUT", { "content-length": "99999999999999999999" })?.status).toBe(413);
  });

  it("refuses a body of unknown length with 411", () => {
    expect(refuseBody("POST", { "transfer-encoding": "chunked" })?.status).toBe(411);
  });
});

describe("refuseAddress", () => {
  it("lets through addresses with valid escapes, whatever their query", () => {
    expect(refuseAddress("/dean/applicants/%E0%A4%A4?q=%ZZ")).toBeNull();
    expect(refuseAddress("/")).toBeNull();
  });
  it("refuses a path with a broken escape with 400", () => {
    for (const url of ["/api/auth/%F0%9F%9", "/api/auth/abc%", "/x/%ZZ"])
      expect(refuseAddress(url)).toMatchObject({ status: 400, title: "That address is not valid" });
  });
});

describe("bodyRefusalAnswer", () => {
  const refusal = { status: 413 as const, title: "Nothing was saved", message: REQUEST_TOO_LARGE_MESSAGE };
  it("answers a server action call in the plain text Next.js's client throws", () => {
    expect(bodyRefusalAnswer(refusal, { "next-action": "abc", accept: "text/x-component" })).toEqual({
      contentType: "text/plain",
      body: REQUEST_TOO_LARGE_MESSAGE,
    });
  });
  it("answers a form posted without JavaScript with a page", () => {
    const answer = bodyRefusalAnswer(refusal, { accept: "text/html,application/xhtml+xml" });
    expect(answer.contentType).toContain("text/html");
    expect(answer.body).toContain("<h1>Nothing was saved</h1>");
    expect(answer.body).toContain(REQUEST_TOO_LARGE_MESSAGE);
  });
});

describe("thrownActionResult", () => {
  it("shows the server's too-large message as a refusal of the input", () => {
    expect(thrownActionResult(new Error(REQUEST_TOO_LARGE_MESSAGE))).toEqual({ ok: false, code: "INVALID_INPUT", message: REQUEST_TOO_LARGE_MESSAGE });
  });
  it("tells anything else as not reaching SOAP Desk", () => {
    expect(thrownActionResult(new TypeError("Failed to fetch"))).toMatchObject({ ok: false, code: "NETWORK" });
    expect(thrownActionResult(new Error("An unexpected response was received from the server."), "Nothing was imported.")).toEqual({
      ok: false,
      code: "NETWORK",
      message: "Nothing was imported.",
    });
  });
});
