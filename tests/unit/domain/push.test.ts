// Web Push's pure parts: the message a device receives (an absolute link on the public origin
// only, a tag, the size every push service takes), how urgently it is sent, the name a device
// goes by, and the subscription as the server accepts it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  PUSH_PAYLOAD_MAX_BYTES,
  deviceLabel,
  isAppPath,
  pushDeliveryOptions,
  pushLink,
  pushMessage,
  pushPayload,
  pushSubscriptionInput,
} from "@/lib/domain/push";

const ORIGIN = "https://soap.school.edu";
const notification = {
  id: "cm0notification00000000000",
  title: "Offer expires in 1 hour",
  body: "Accept or decline it.",
  linkPath: "/applicant/offers",
  urgent: true,
};
const bytes = (text: string) => new TextEncoder().encode(text).length;

describe("the push message", () => {
  it("carries the title, the body, the link on the public origin and the notification's id as its tag", () => {
    expect(JSON.parse(pushPayload(pushMessage(notification, ORIGIN)))).toEqual({
      title: "Offer expires in 1 hour",
      body: "Accept or decline it.",
      url: "https://soap.school.edu/applicant/offers",
      tag: notification.id,
      urgent: true,
    });
  });

  it("keeps a link's fragment and query, and takes the origin alone from the setting", () => {
    expect(pushLink("/applicant#tasks", ORIGIN)).toBe("https://soap.school.edu/applicant#tasks");
    expect(pushLink("/dean?alert=OFFER", `${ORIGIN}/ignored/path`)).toBe("https://soap.school.edu/dean?alert=OFFER");
  });

  it("never leads off the origin: anything but an app path opens the notifications page", () => {
    for (const path of ["//evil.example/x", "/\\evil.example", "https://evil.example/", "javascript:alert(1)", "applicant", ""]) {
      expect(isAppPath(path), path).toBe(false);
      expect(pushLink(path, ORIGIN), path).toBe("https://soap.school.edu/notifications");
    }
  });

  it("names SOAP Desk when a notification has no title", () => {
    expect(pushMessage({ ...notification, title: "  " }, ORIGIN).title).toBe("SOAP Desk");
  });

  it("fits every push service, whatever the text: the body is shortened first, then the title", () => {
    const long = pushMessage({ ...notification, body: "Call the program back. ".repeat(400) }, ORIGIN);
    const payload = JSON.parse(pushPayload(long)) as { title: string; body: string };
    expect(payload.title).toBe(notification.title);
    expect(payload.body.endsWith("…")).toBe(true);
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 3000 }), fc.string({ unit: "binary", maxLength: 3000 }), (title, body) => {
        const message = pushMessage({ ...notification, title, body }, ORIGIN);
        const payload = pushPayload(message);
        expect(bytes(payload)).toBeLessThanOrEqual(PUSH_PAYLOAD_MAX_BYTES);
        const read = JSON.parse(payload) as { title: string; body: string; url: string; tag: string };
        expect(read.url).toBe(message.url);
        expect(read.tag).toBe(message.tag);
        // What is kept is the start of what was written.
        expect(message.body.startsWith(read.body.replace(/…$/, ""))).toBe(true);
        expect(message.title.startsWith(read.title.replace(/…$/, ""))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("is sent at once and kept an hour when urgent; otherwise at the phone's convenience, for half a day", () => {
    expect(pushDeliveryOptions(true)).toEqual({ urgency: "high", ttlSeconds: 3600 });
    expect(pushDeliveryOptions(false)).toEqual({ urgency: "normal", ttlSeconds: 43200 });
  });
});

describe("a device's name", () => {
  it.each([
    ["Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36", "Chrome on Android"],
    [
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
      "Safari on iPhone",
    ],
    ["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15", "Safari on Mac"],
    ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0", "Edge on Windows"],
    ["Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0", "Firefox on Windows"],
    [
      "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36",
      "Samsung Internet on Android",
    ],
    ["Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36", "Chrome on ChromeOS"],
    ["Mozilla/5.0 (X11; Linux x86_64)", "A browser on Linux"],
    ["", "A web browser"],
    ["<script>alert(1)</script>", "A web browser"],
  ])("%s -> %s", (userAgent, label) => {
    expect(deviceLabel(userAgent)).toBe(label);
  });
});

describe("a subscription as sent by the browser", () => {
  const valid = {
    endpoint: "https://fcm.googleapis.com/fcm/send/abc",
    p256dh: Buffer.alloc(65, 4).toString("base64url"),
    auth: Buffer.alloc(16, 7).toString("base64url"),
  };

  it("takes a browser's keys, padded or not, and no label of its own", () => {
    expect(pushSubscriptionInput.parse(valid)).toEqual({ ...valid, userAgent: "" });
    expect(pushSubscriptionInput.parse({ ...valid, auth: `${valid.auth}==` }).auth).toBe(valid.auth);
  });

  it.each([
    [{ p256dh: Buffer.alloc(33, 2).toString("base64url") }, "p256dh", /not the 65-byte key a browser sends/],
    [{ auth: "not base64url!" }, "auth", /not the 16-byte key a browser sends/],
    [{ endpoint: "" }, "endpoint", /has no push address/],
    [{ endpoint: `https://push.example.com/${"x".repeat(2100)}` }, "endpoint", /too long/],
  ])("refuses %j", (over, field, message) => {
    const parsed = pushSubscriptionInput.safeParse({ ...valid, ...over });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.find((issue) => issue.path[0] === field)?.message).toMatch(message);
  });
});
