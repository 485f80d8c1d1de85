import "server-only";
// Auth.js's Prisma adapter with SOAP Desk's rules: a person signs in only to an account the
// dean's office created (every user belongs to a school and has a role, which Auth.js cannot
// know), email addresses match whatever their case, and only the account columns we store
// reach the database.
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter, AdapterAccount, AdapterUser } from "next-auth/adapters";
import type { Db } from "../core/db";
import { noteSessionLookupFailure } from "./session-outage";

type PrismaAdapterClient = Parameters<typeof PrismaAdapter>[0];

export async function findUserByEmail(db: Db, email: string) {
  return db.user.findFirst({ where: { email: { equals: email.trim(), mode: "insensitive" } } });
}

// Identity providers return extra token fields (Keycloak's refresh_expires_in, "not-before-policy")
// that are not columns: Prisma would refuse the whole insert.
const ACCOUNT_COLUMNS = [
  "userId",
  "type",
  "provider",
  "providerAccountId",
  "refresh_token",
  "access_token",
  "expires_at",
  "token_type",
  "scope",
  "id_token",
  "session_state",
] as const;

function accountColumns(account: AdapterAccount): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const column of ACCOUNT_COLUMNS) {
    const value: unknown = account[column];
    if (value !== undefined) data[column] = column === "session_state" && value !== null ? String(value) : value;
  }
  return data;
}

export function soapDeskAdapter(db: Db): Adapter {
  // The generated client is structurally the client the adapter expects; only its import path differs.
  const base = PrismaAdapter(db as unknown as PrismaAdapterClient);
  return {
    ...base,
    async createUser(): Promise<AdapterUser> {
      // The signIn callback refuses unknown addresses first; this is the backstop.
      throw new Error("SOAP Desk does not create accounts at sign-in: the dean's office invites people.");
    },
    // Auth.js reads any failure here as "no session": note an unreachable database for currentActor().
    async getSessionAndUser(sessionToken) {
      try {
        return await base.getSessionAndUser!(sessionToken);
      } catch (error) {
        noteSessionLookupFailure(error);
        throw error;
      }
    },
    async getUserByEmail(email) {
      return (await findUserByEmail(db, email)) as AdapterUser | null;
    },
    // A session already gone (signed out in another tab, replaced by a demo sign-in) is not an error.
    async deleteSession(sessionToken) {
      await db.session.deleteMany({ where: { sessionToken } });
    },
    async linkAccount(account) {
      await db.account.create({ data: accountColumns(account) as Parameters<Db["account"]["create"]>[0]["data"] });
    },
  };
}
