// A push service on loopback, for the tests: it hands out subscriptions as a browser's push
// service would (an endpoint of its own, the device's P-256 public key and auth secret, whose
// private halves only it holds), takes the messages SOAP Desk posts to them, checks their VAPID
// signature (RFC 8292) and decrypts them (RFC 8291, aes128gcm, RFC 8188) with node:crypto alone,
// independently of the web-push library that encrypted them. Each endpoint can be told to answer
// with another status (410: the subscription is gone; 500: a failure on the service's side).
import { createECDH, createPublicKey, createDecipheriv, hkdfSync, randomBytes, verify, type ECDH } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface TestSubscription {
  endpoint: string;
  p256dh: string;
  auth: string;
}

export interface ReceivedPush {
  endpoint: string;
  /** The decrypted payload. */
  payload: string;
  ttl: number;
  urgency: string | undefined;
  vapid: { audience: string; subject: string; expiresAt: Date; publicKey: string };
}

interface Device {
  ecdh: ECDH;
  auth: Buffer;
  status: number;
}

export interface PushService {
  /** A new subscription, as pushManager.subscribe() would give it. */
  subscribe(): TestSubscription;
  /** What this endpoint answers from now on (201 unless told). */
  answer(endpoint: string, status: number): void;
  /** The messages this endpoint accepted, decrypted. */
  received(endpoint: string): ReceivedPush[];
  /** Requests that could not be read (a bad signature or encryption), with the reason. */
  problems: string[];
  /** Waits for the n-th message of an endpoint. */
  waitFor(endpoint: string, count?: number, timeoutMs?: number): Promise<ReceivedPush>;
  close(): Promise<void>;
}

const b64u = (value: string) => Buffer.from(value, "base64url");

function p256PublicKey(raw: Buffer) {
  return createPublicKey({
    key: { kty: "EC", crv: "P-256", x: raw.subarray(1, 33).toString("base64url"), y: raw.subarray(33, 65).toString("base64url") },
    format: "jwk",
  });
}

/** RFC 8292: `vapid t=<JWT signed ES256>, k=<the server's public key>`, checked for this endpoint. */
function checkVapid(header: string | undefined, endpoint: string): ReceivedPush["vapid"] {
  const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(header ?? "");
  if (!match) throw new Error(`no VAPID authorization: ${header ?? "(none)"}`);
  const [token, publicKey] = [match[1]!, match[2]!];
  const [head, body, signature] = token.split(".");
  if (!head || !body || !signature) throw new Error("the VAPID token is not a JWT");
  const signed = verify("sha256", Buffer.from(`${head}.${body}`), { key: p256PublicKey(b64u(publicKey)), dsaEncoding: "ieee-p1363" }, b64u(signature));
  if (!signed) throw new Error("the VAPID signature does not verify");
  const claims = JSON.parse(b64u(body).toString("utf8")) as { aud: string; sub: string; exp: number };
  if (claims.aud !== new URL(endpoint).origin) throw new Error(`the VAPID audience ${claims.aud} is not ${new URL(endpoint).origin}`);
  if (claims.exp * 1000 <= Date.now()) throw new Error("the VAPID token has expired");
  return { audience: claims.aud, subject: claims.sub, expiresAt: new Date(claims.exp * 1000), publicKey };
}

/** RFC 8291 with RFC 8188's aes128gcm: one record, its padding stripped. */
function decrypt(device: Device, body: Buffer): string {
  const salt = body.subarray(0, 16);
  const idLength = body.readUInt8(20);
  const serverKey = body.subarray(21, 21 + idLength);
  const record = body.subarray(21 + idLength);
  const devicePublic = device.ecdh.getPublicKey();
  const shared = device.ecdh.computeSecret(serverKey);
  const info = (label: string) => Buffer.from(`Content-Encoding: ${label}\0`);
  const ikm = Buffer.from(hkdfSync("sha256", shared, device.auth, Buffer.concat([Buffer.from("WebPush: info\0"), devicePublic, serverKey]), 32));
  const key = Buffer.from(hkdfSync("sha256", ikm, salt, info("aes128gcm"), 16));
  const nonce = Buffer.from(hkdfSync("sha256", ikm, salt, info("nonce"), 12));
  const decipher = createDecipheriv("aes-128-gcm", key, nonce);
  decipher.setAuthTag(record.subarray(record.length - 16));
  const padded = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
  let end = padded.length;
  while (end > 0 && padded[end - 1] === 0) end -= 1;
  if (padded[end - 1] !== 2) throw new Error("the record does not end with the last-record delimiter");
  return padded.subarray(0, end - 1).toString("utf8");
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

export async function startPushService(): Promise<PushService> {
  const devices = new Map<string, Device>();
  const inbox = new Map<string, ReceivedPush[]>();
  const problems: string[] = [];
  let next = 0;
  const server: Server = createServer((request, response) => {
    void readBody(request).then((body) => {
      const endpoint = `${origin}${request.url ?? ""}`;
      const device = devices.get(endpoint);
      if (request.method !== "POST" || !device) {
        response.writeHead(404).end();
        return;
      }
      if (device.status < 200 || device.status > 299) {
        response.writeHead(device.status).end();
        return;
      }
      try {
        if (request.headers["content-encoding"] !== "aes128gcm") throw new Error(`content encoding ${request.headers["content-encoding"]}`);
        const message: ReceivedPush = {
          endpoint,
          vapid: checkVapid(request.headers.authorization, endpoint),
          payload: decrypt(device, body),
          ttl: Number(request.headers.ttl),
          urgency: request.headers.urgency as string | undefined,
        };
        inbox.set(endpoint, [...(inbox.get(endpoint) ?? []), message]);
        response.writeHead(201).end();
      } catch (error) {
        problems.push(`${endpoint}: ${error instanceof Error ? error.message : String(error)}`);
        response.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const received = (endpoint: string) => inbox.get(endpoint) ?? [];
  return {
    problems,
    subscribe() {
      const ecdh = createECDH("prime256v1");
      ecdh.generateKeys();
      const auth = randomBytes(16);
      const endpoint = `${origin}/push/${(next += 1)}-${randomBytes(6).toString("hex")}`;
      devices.set(endpoint, { ecdh, auth, status: 201 });
      return { endpoint, p256dh: ecdh.getPublicKey().toString("base64url"), auth: auth.toString("base64url") };
    },
    answer(endpoint, status) {
      const device = devices.get(endpoint);
      if (!device) throw new Error(`no such endpoint: ${endpoint}`);
      device.status = status;
    },
    received,
    async waitFor(endpoint, count = 1, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      while (received(endpoint).length < count) {
        if (Date.now() > until) throw new Error(`no push #${count} at ${endpoint} within ${timeoutMs} ms; problems: ${problems.join("; ") || "none"}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return received(endpoint)[count - 1]!;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
