import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { AfterLoad } from "@/components/ui/after-load";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "SOAP Desk", template: "%s · SOAP Desk" },
  description: "Coordinated, rule-checked SOAP outreach for applicants, faculty advocates and the dean's office.",
};

// Every page is rendered per request, so that every script on it carries that request's CSP
// nonce (scripts/serve.ts); a page prerendered at build time would have none and not run.
export const dynamic = "force-dynamic";

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#174c99" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded-md focus:bg-surface focus:px-3 focus:py-2 focus:font-semibold focus:text-primary focus:shadow-lg"
        >
          Skip to content
        </a>
        {children}
        <AfterLoad />
      </body>
    </html>
  );
}
