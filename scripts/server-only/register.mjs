// `--import` this in every Node process that loads lib/server outside Next.js (package.json's
// scripts, scripts/node-args.ts for the processes scripts and tests start, playwright.config.ts):
// it registers resolve-hook.mjs, which lets `import "server-only"` load there.
import { register } from "node:module";

register("./resolve-hook.mjs", import.meta.url);
