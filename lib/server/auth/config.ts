// Auth.js for the app: database sessions in PostgreSQL, magic links over SMTP, the school's
// OpenID Connect provider when configured. The configuration is built lazily, per request, so
// `next build` needs neither a database nor the environment.
import NextAuth from "next-auth";
import { prisma } from "../db";
import { getServerEnv } from "../env";
import { getMailer } from "../mail/mailer";
import { buildAuthConfig } from "./auth-config";

export const { handlers, auth, signIn, signOut } = NextAuth(() => buildAuthConfig(prisma, getServerEnv(), getMailer()));
