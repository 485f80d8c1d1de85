import "server-only";
// An invitation link carries 32 random bytes; the database keeps only their SHA-256, so a leaked
// database (or audit log) cannot be turned into working links.
import { createHash, randomBytes } from "node:crypto";

export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function invitationUrl(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, "")}/invite/${token}`;
}
