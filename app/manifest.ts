// The web app manifest: a phone can keep SOAP Desk on its home screen, under its own name and icon
// (PNGs made from app/icon.svg by scripts/app-icons.ts), and receive push as an installed app
// (iPhone and iPad offer push only to an app on the Home Screen).
import type { MetadataRoute } from "next";

export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: "SOAP Desk",
    short_name: "SOAP Desk",
    description: "Coordinated, rule-checked SOAP outreach for the applicant, their advocates and the dean's office.",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#f8fafc",
    theme_color: "#174c99",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
    ],
  };
}
