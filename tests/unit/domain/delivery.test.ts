// How the delivery page says each message went: by email, by push, in the app, and which urgent
// messages count as not delivered.
import { describe, expect, it } from "vitest";
import { deliveryHref, deliveryQuery, emailState, EMAIL_NOT_SET_UP, isUrgentUndelivered, pushState, readState } from "@/lib/domain/delivery";

const at = new Date("2026-03-19T14:02:00Z");

describe("an email's state", () => {
  it.each([
    ["none written", null, true, { label: "No email", tone: "neutral" }],
    ["queued", { status: "PENDING", attempts: 0, lastError: null, sentAt: null }, true, { label: "Queued", tone: "info", detail: null }],
    ["sent", { status: "SENT", attempts: 1, lastError: null, sentAt: at }, true, { label: "Sent", tone: "good", at }],
    [
      "failed",
      { status: "FAILED", attempts: 8, lastError: "550 mailbox unavailable", sentAt: null },
      true,
      { label: "Failed after 8 attempts", tone: "bad", detail: "550 mailbox unavailable" },
    ],
    [
      "retrying",
      { status: "PENDING", attempts: 2, lastError: "connection refused", sentAt: null },
      true,
      { label: "Queued, retrying", tone: "warn", detail: "2 attempts failed so far: connection refused" },
    ],
    [
      "not set up (said by the outbox)",
      { status: "PENDING", attempts: 1, lastError: EMAIL_NOT_SET_UP, sentAt: null },
      true,
      { label: "Not set up on this server", tone: "warn" },
    ],
    [
      "not set up (no mail server here)",
      { status: "PENDING", attempts: 0, lastError: null, sentAt: null },
      false,
      { label: "Not set up on this server", tone: "warn" },
    ],
  ] as const)("%s", (_name, email, configured, expected) => {
    expect(emailState(email, configured)).toMatchObject(expected);
  });

  it("a sent or failed email is said as it is even where mail is not set up now", () => {
    expect(emailState({ status: "SENT", attempts: 1, lastError: null, sentAt: at }, false).label).toBe("Sent");
    expect(emailState({ status: "FAILED", attempts: 8, lastError: null, sentAt: null }, false)).toMatchObject({
      label: "Failed after 8 attempts",
      detail: "The mail server gave no reason.",
    });
  });
});

describe("a push message's state", () => {
  it.each([
    ["NONE", null, { label: "No push", tone: "neutral" }],
    ["QUEUED", null, { label: "Queued", tone: "info" }],
    ["SENT", null, { label: "Sent", tone: "good", at }],
    ["FAILED", "410 Gone: the subscription has expired", { label: "Failed", tone: "bad", detail: "410 Gone: the subscription has expired" }],
  ] as const)("%s", (pushStatus, pushError, expected) => {
    expect(pushState({ pushStatus, pushError, pushedAt: pushStatus === "SENT" ? at : null })).toMatchObject(expected);
  });
});

describe("read in the app", () => {
  it("says when, or that it is not read", () => {
    expect(readState(at)).toMatchObject({ label: "Read", at });
    expect(readState(null)).toMatchObject({ label: "Not read", at: null });
  });
});

describe("an urgent message not delivered", () => {
  const base = { urgent: true, readAt: null, pushStatus: "SENT", emailStatus: "SENT" } as const;
  it("is urgent, unread, and failed by email or by push", () => {
    expect(isUrgentUndelivered({ ...base, emailStatus: "FAILED" })).toBe(true);
    expect(isUrgentUndelivered({ ...base, pushStatus: "FAILED" })).toBe(true);
    expect(isUrgentUndelivered(base)).toBe(false);
    expect(isUrgentUndelivered({ ...base, emailStatus: "PENDING", pushStatus: "QUEUED" })).toBe(false);
    expect(isUrgentUndelivered({ ...base, emailStatus: "FAILED", readAt: at })).toBe(false);
    expect(isUrgentUndelivered({ ...base, emailStatus: "FAILED", urgent: false })).toBe(false);
    expect(isUrgentUndelivered({ ...base, emailStatus: null, pushStatus: "FAILED" })).toBe(true);
  });
});

describe("the page's filter", () => {
  it("reads all, failed or urgent from the address, anything else as all", () => {
    expect(deliveryQuery.parse({ show: "failed" })).toEqual({ show: "failed" });
    expect(deliveryQuery.parse({ show: "urgent" })).toEqual({ show: "urgent" });
    expect(deliveryQuery.parse({ show: "<script>" })).toEqual({ show: "all" });
    expect(deliveryQuery.parse({})).toEqual({ show: "all" });
    expect(deliveryHref("all")).toBe("/dean/delivery");
    expect(deliveryHref("failed")).toBe("/dean/delivery?show=failed");
  });
});
