import "server-only";
// Auth.js for the app: database sessions in PostgreSQL, magic links over SMTP, the school's
// OpenID Connect provider when configured. The configuration is built lazily, per request, so
// `next build` needs neither a database nor the environment.
import NextAuth from "next-auth";
import { prisma } from "../core/db";
import { getServerEnv } from "../core/env";
import { getMailer } from "../mail/mailer";
import { buildAuthConfig } from "./build-auth-config";

export const { handlers, auth, signIn, signOut } = NextAuth(() => buildAuthConfig(prisma, getServerEnv(), getMailer()));
