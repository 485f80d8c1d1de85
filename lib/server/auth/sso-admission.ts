import "server-only";
// Who an identity from a school's single sign-on may become. A provider belongs to one school (and
// optionally to its email domains): it signs in only that school's people, only with an address
// the provider has verified, and, once a person is linked to the provider's subject (`sub`), only
// that person, for as long as the provider still gives the address the link was made with. Every
// refusal is said to the person in the same words; the reason goes to the server's log.
import type { Db } from "../core/db";
import type { OidcSettings } from "../core/env";

export interface SsoIdentity {
  sub: string;
  email: string | null | undefined;
  emailVerified: unknown;
}

export type SsoAdmission = { ok: true; userId: string } | { ok: false; reason: string };

const refuse = (reason: string): SsoAdmission => ({ ok: false, reason });

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf("@") + 1);
}

const sameAddress = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Decides, before Auth.js links or signs in anyone, whether this identity may sign in, and as whom. */
export async function admitSsoIdentity(db: Db, provider: OidcSettings, identity: SsoIdentity): Promise<SsoAdmission> {
  // Only a verified address: a claim that is missing, false or "true" as text is not a verification.
  if (identity.emailVerified !== true) return refuse("the provider did not verify the address (email_verified is not true)");
  const email = identity.email?.trim().toLowerCase();
  if (!email || !identity.sub) return refuse("the provider gave no address or no subject");
  if (provider.emailDomains.length > 0 && !provider.emailDomains.includes(domainOf(email)))
    return refuse("the address is not at one of the provider's email domains");

  const school = await db.school.findUnique({ where: { slug: provider.school }, select: { id: true } });
  if (!school) return refuse(`no school has the slug "${provider.school}" that the provider is bound to`);

  const linked = await db.account.findUnique({
    where: { provider_providerAccountId: { provider: provider.id, providerAccountId: identity.sub } },
    select: { user: { select: { id: true, email: true, schoolId: true } } },
  });
  if (linked) {
    if (linked.user.schoolId !== school.id) return refuse("the linked person belongs to another school");
    // The provider now gives this subject another address: whoever holds it, the sign-in does not move.
    if (!sameAddress(linked.user.email, email)) return refuse("the provider's address for this subject changed after it was linked");
    return { ok: true, userId: linked.user.id };
  }

  const user = await db.user.findFirst({
    where: { schoolId: school.id, email: { equals: email, mode: "insensitive" } },
    select: { id: true, accounts: { where: { provider: provider.id }, select: { id: true } } },
  });
  if (!user) return refuse("no person of the provider's school has this address");
  // The address moved to another subject at the provider: the person stays with the first one.
  if (user.accounts.length > 0) return refuse("the person is already linked to another subject of this provider");
  return { ok: true, userId: user.id };
}
