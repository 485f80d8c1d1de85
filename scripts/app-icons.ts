// Makes the app's PNG icons from app/icon.svg (`npx tsx scripts/app-icons.ts`; the PNGs are
// committed): 192 and 512 px for the web app manifest, a full-bleed 512 px one phones may cut to
// their own shape (maskable: the glyph lies well inside the middle 80%), the 180 px Home Screen
// icon of iPhone and iPad (app/apple-icon.png, linked by Next.js), and a 96 px white-on-clear
// badge for Android's status bar. Run it again after changing the SVG.
import { readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { PROJECT_ROOT } from "./db/schema-engine";

const svg = readFileSync(path.join(PROJECT_ROOT, "app", "icon.svg"), "utf8");
const paths = svg.match(/<path[^>]*\/>/g) ?? [];
if (paths.length !== 2) throw new Error("app/icon.svg is expected to hold the bubble and the check as two paths.");
const [bubble, check] = paths as [string, string];
const fill = /fill="(#[0-9a-f]{6})"/i.exec(svg)?.[1] ?? "#174c99";

/** The same glyph on a square without rounded corners: the phone rounds or cuts it itself. */
const fullBleed = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="${fill}"/>${bubble}${check}</svg>`;

/** The bubble in white with the check cut out of it; only its shape shows in a status bar. */
const badge = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="12 14 40 40">
  <mask id="cut"><rect x="0" y="0" width="64" height="64" fill="#fff"/>${check.replace(/stroke="[^"]*"/, 'stroke="#000"')}</mask>
  <g mask="url(#cut)">${bubble.replace(/fill="[^"]*"/, 'fill="#fff"')}</g>
</svg>`;

async function write(source: string, size: number, file: string) {
  await sharp(Buffer.from(source), { density: (72 * size) / 64 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toFile(path.join(PROJECT_ROOT, file));
  console.log(`${file} (${size}×${size})`);
}

await write(svg, 192, "public/icons/icon-192.png");
await write(svg, 512, "public/icons/icon-512.png");
await write(fullBleed, 512, "public/icons/icon-maskable-512.png");
await write(fullBleed, 180, "app/apple-icon.png");
await write(badge, 96, "public/icons/badge-96.png");
