// `npm run worker`: the job workers alone, for a school that runs them apart from the app
// instances (which then run with JOB_WORKERS=0). Same settings as the app; stops on SIGTERM after
// the jobs it is running finish.
import { EnvError, parseServerEnv } from "../lib/server/core/env";
import { startAppJobWorkers } from "../lib/server/jobs/app-workers";
import { loadDotEnv } from "./db/env";
import { setUpLogging } from "../lib/server/core/log-setup";

async function main() {
  loadDotEnv();
  // The jobs' lines: JSON on stdout, as the app server writes them (LOG_LEVEL, LOG_FORMAT).
  setUpLogging();
  let env;
  try {
    env = parseServerEnv(process.env);
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`SOAP Desk's workers cannot start.\n${error.message}`);
    process.exit(1);
  }
  const workers = await startAppJobWorkers(env);
  console.log("SOAP Desk's job workers are running (emails, push messages, escalations). Stop with Ctrl+C.");
  const stop = () => void workers.stop().finally(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  await workers.done;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
