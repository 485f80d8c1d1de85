// `prisma generate` without the network: Prisma 7's CLI first tries to download its schema
// engine, which generation does not use. Pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing
// file skips that download. Runs on every install; an install without devDependencies (a
// production server after `npm prune --omit=dev` or `npm ci --omit=dev`) has no Prisma CLI, and
// keeps the client that the full install generated into lib/generated/prisma.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const prismaCli = fileURLToPath(new URL("../../node_modules/prisma/build/index.js", import.meta.url));
const generated = fileURLToPath(new URL("../../lib/generated/prisma/client.ts", import.meta.url));
if (!existsSync(prismaCli)) {
  console.log(
    existsSync(generated)
      ? "Prisma's CLI is not installed (devDependencies omitted): keeping the generated client in lib/generated/prisma."
      : "Prisma's CLI is not installed (devDependencies omitted) and no client was generated yet: run `npm ci` with devDependencies, then `npm run build`, before `npm prune --omit=dev`.",
  );
  process.exit(0);
}
const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
const result = spawnSync(process.execPath, [prismaCli, "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
