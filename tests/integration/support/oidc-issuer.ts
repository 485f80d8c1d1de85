// A real OpenID Connect provider (oidc-provider) on a loopback port, standing in for a school's
// single sign-on. Its login page is one form post that names the account to sign in as; consent
// is granted up front, as a school's provider does for its own first-party applications.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import Provider, { type KoaContextWithOIDC } from "oidc-provider";

export interface Identity {
  email?: string;
  email_verified?: boolean;
  name?: string;
}

export interface OidcIssuer {
  /** http://127.0.0.1:<port>, what OIDC_ISSUER names. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Makes `sub` an account the provider knows, with these claims. */
  addAccount(sub: string, identity: Identity): void;
  close(): Promise<void>;
}

const SCOPES = "openid email profile";
const LOGIN_PATH = /^\/interaction\/([^/]+)\/login$/;

async function formBody(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

export async function startOidcIssuer(port: number, redirectUri: string): Promise<OidcIssuer> {
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = "soap-desk";
  const clientSecret = randomBytes(24).toString("hex");
  const accounts = new Map<string, Identity>();
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });

  const provider = new Provider(issuer, {
    clients: [
      { client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri], response_types: ["code"], grant_types: ["authorization_code"] },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: "jwk" }), kid: "test-signing-key", use: "sig", alg: "RS256" }] },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // Auth.js reads the profile from the ID token only, so the scopes' claims go into it.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    ttl: { Interaction: 600, Session: 600, Grant: 600, AuthorizationCode: 60, AccessToken: 600, IdToken: 600 },
    interactions: { url: (_ctx: KoaContextWithOIDC, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, sub) {
      const identity = accounts.get(sub);
      return identity ? { accountId: sub, claims: () => ({ sub, ...identity }) } : undefined;
    },
    async loadExistingGrant(ctx) {
      const { client, session } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope(SCOPES);
      await grant.save();
      return grant;
    },
  });

  const handle = provider.callback();
  const server: Server = createServer((req, res) => {
    const login = req.method === "POST" ? LOGIN_PATH.exec(new URL(req.url ?? "/", issuer).pathname) : null;
    if (!login) return void handle(req, res);
    void (async () => {
      const accountId = (await formBody(req)).get("account") ?? "";
      const details = await provider.interactionDetails(req, res);
      if (details.uid !== login[1] || !accounts.has(accountId)) {
        res.writeHead(400).end("unknown interaction or account");
        return;
      }
      await provider.interactionFinished(req, res, { login: { accountId } }, { mergeWithLastSubmission: false });
    })().catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });

  return {
    issuer,
    clientId,
    clientSecret,
    addAccount: (sub, identity) => void accounts.set(sub, identity),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
