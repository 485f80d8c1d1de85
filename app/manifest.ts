// The web app manifest: a phone can keep SOAP Desk on its home screen, under its own name and icon.
import type { MetadataRoute } from "next";

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "SOAP Desk",
    short_name: "SOAP Desk",
    description: "Coordinated, rule-checked SOAP outreach for the applicant, their advocates and the dean's office.",
    start_url: "/",
    display: "standalone",
    background_color: "#f8fafc",
    theme_color: "#174c99",
    icons: [{ src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" }],
  };
}
