// `prisma generate` without the network: Prisma 7's CLI first tries to download its schema
// engine, which generation does not use. Pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing
// file skips that download.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
const prismaCli = fileURLToPath(new URL("../../node_modules/prisma/build/index.js", import.meta.url));
const result = spawnSync(process.execPath, [prismaCli, "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
