import "server-only";
// Maps a request's path to the app's route pattern (/dean/applicants/[applicantId]), for the log
// and the metrics: ids and tokens in a path are never written down, and every applicant's page
// counts as one route. The patterns are read once, as the server starts, from the app directory
// (pages, route handlers and metadata files; route groups and slots are not part of the path).
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

const ENTRY_FILE = /^(page|route)\.(tsx|ts|jsx|js)$/;
const METADATA_FILE: Record<string, string> = { "manifest.ts": "manifest.webmanifest", "icon.svg": "icon.svg", "apple-icon.png": "apple-icon.png" };

/** The app's route patterns: "/", "/dean/applicants/[applicantId]", "/api/auth/[...nextauth]". */
export function appRoutePatterns(appDir: string): string[] {
  const patterns = new Set<string>();
  const visit = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        const hidden = entry.name.startsWith("(") || entry.name.startsWith("@") || entry.name.startsWith("_");
        visit(path.join(dir, entry.name), hidden ? segments : [...segments, entry.name]);
      } else if (ENTRY_FILE.test(entry.name)) patterns.add(`/${segments.join("/")}`);
      else if (segments.length === 0 && METADATA_FILE[entry.name]) patterns.add(`/${METADATA_FILE[entry.name]}`);
    }
  };
  if (existsSync(appDir)) visit(appDir, []);
  return [...patterns];
}

function segmentPattern(segment: string): string {
  if (/^\[\[\.\.\.[^\]]+\]\]$/.test(segment)) return "(?:/.*)?";
  if (/^\[\.\.\.[^\]]+\]$/.test(segment)) return "/.+";
  if (/^\[[^\]]+\]$/.test(segment)) return "/[^/]+";
  return `/${segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`;
}

/** How specific a pattern is: static segments before dynamic ones before catch-alls. */
function rank(pattern: string): number[] {
  return pattern
    .split("/")
    .filter(Boolean)
    .map((segment) => (segment.startsWith("[[") ? 3 : segment.startsWith("[...") ? 2 : segment.startsWith("[") ? 1 : 0));
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return b.length - a.length;
}

/**
 * A function from a path (no query string) to its route pattern. Next.js's own files are
 * "/_next/*", files of public/ their first segment ("/icons/*"), anything else "(unmatched)".
 */
export function routeMatcher(patterns: string[], publicDir?: string): (pathname: string) => string {
  const ordered = [...patterns].sort((a, b) => compareRanks(rank(a), rank(b)));
  const compiled = ordered.map((pattern) => {
    const segments = pattern.split("/").filter(Boolean);
    return { pattern, regex: new RegExp(`^${segments.length === 0 ? "/" : segments.map(segmentPattern).join("")}/?$`) };
  });
  const publicEntries = new Set(publicDir && existsSync(publicDir) ? readdirSync(publicDir) : []);
  return (pathname) => {
    for (const { pattern, regex } of compiled) if (regex.test(pathname)) return pattern;
    if (pathname.startsWith("/_next/")) return "/_next/*";
    const [first, ...rest] = pathname.split("/").filter(Boolean);
    if (first && publicEntries.has(first)) return rest.length > 0 ? `/${first}/*` : `/${first}`;
    return "(unmatched)";
  };
}
