// Where SOAP Desk will post a push message: https on a public host name only, so a browser cannot
// point the server at its own machine, the cloud's metadata service or the school's intranet;
// loopback only when the tests' setting allows it.
import { describe, expect, it } from "vitest";
import { addressAllowed, pushEndpointProblem } from "@/lib/server/push/push-endpoint";

const DEPLOYED = { allowLoopback: false };
const TESTS = { allowLoopback: true };

describe("push endpoints", () => {
  it.each([
    "https://fcm.googleapis.com/fcm/send/dGVzdA:APA91b",
    "https://updates.push.services.mozilla.com/wpush/v2/gAAAAA",
    "https://web.push.apple.com/QGuQyavXutnMA",
    "https://wns2-par02p.notify.windows.com/w/?token=BQYAAA",
  ])("takes the browsers' push services: %s", (endpoint) => {
    expect(pushEndpointProblem(endpoint, DEPLOYED)).toBeNull();
  });

  it.each([
    ["http://push.example.com/x", /does not start with https:\/\//],
    ["http://127.0.0.1:8080/push", /does not start with https:\/\//],
    ["https://localhost/push", /private or local network \(localhost\)/],
    ["https://127.0.0.1/push", /private or local network \(127\.0\.0\.1\)/],
    ["https://10.1.2.3/push", /private or local network/],
    ["https://192.168.1.10/push", /private or local network/],
    ["https://172.20.0.1/push", /private or local network/],
    ["https://169.254.169.254/latest/meta-data/", /private or local network/],
    ["https://100.64.0.1/", /private or local network/],
    ["https://[::1]/push", /private or local network \(::1\)/],
    ["https://[fe80::1]/push", /private or local network/],
    ["https://[::ffff:10.0.0.1]/push", /private or local network/],
    ["https://0x7f000001/push", /private or local network \(127\.0\.0\.1\)/],
    ["https://printer.local/push", /private or local network/],
    ["https://metadata.google.internal/computeMetadata", /private or local network/],
    ["https://intranet/push", /private or local network/],
    ["https://8.8.8.8/push", /a bare IP address/],
    ["https://a:b@push.example.com/", /user name or password/],
    ["not a url", /not a web address/],
  ])("refuses %s", (endpoint, problem) => {
    expect(pushEndpointProblem(endpoint, DEPLOYED)).toMatch(problem);
  });

  it("takes a push service on loopback, over http too, only with PUSH_ALLOW_LOOPBACK_ENDPOINTS", () => {
    expect(pushEndpointProblem("http://127.0.0.1:4321/push/1", TESTS)).toBeNull();
    expect(pushEndpointProblem("http://localhost:4321/push/1", TESTS)).toBeNull();
    expect(pushEndpointProblem("http://[::1]:4321/push/1", TESTS)).toBeNull();
    // Loopback is all it opens: private networks stay closed.
    expect(pushEndpointProblem("http://10.0.0.1/push", TESTS)).toMatch(/does not start with https:\/\//);
    expect(pushEndpointProblem("https://10.0.0.1/push", TESTS)).toMatch(/private or local network/);
  });
});

describe("addresses a push request may connect to", () => {
  it("are public ones, and loopback when allowed", () => {
    expect(addressAllowed("142.250.74.10", DEPLOYED)).toBe(true);
    expect(addressAllowed("2a00:1450:4001:80b::200a", DEPLOYED)).toBe(true);
    for (const address of [
      "127.0.0.1",
      "10.0.0.1",
      "172.16.5.5",
      "192.168.0.1",
      "169.254.169.254",
      "0.0.0.0",
      "::1",
      "fd12::1",
      "fe80::1",
      "::ffff:127.0.0.1",
      "224.0.0.1",
    ])
      expect(addressAllowed(address, DEPLOYED), address).toBe(false);
    expect(addressAllowed("127.0.0.1", TESTS)).toBe(true);
    expect(addressAllowed("::1", TESTS)).toBe(true);
    expect(addressAllowed("10.0.0.1", TESTS)).toBe(false);
    expect(addressAllowed("not-an-ip", TESTS)).toBe(false);
  });
});
