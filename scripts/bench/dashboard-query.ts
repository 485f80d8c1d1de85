// Times the dean's dashboard of one school on a generated dataset, through the app's own code
// (getDeanDashboard over Prisma), then prints EXPLAIN (ANALYZE, BUFFERS) of its set-based query.
//
//   npx tsx --import ./scripts/server-only/register.mjs scripts/bench/dashboard-query.ts <database url> [schoolId=sch_001] [--runs=N] [--now=ISO]
import pg from "pg";
import type { TxClient } from "@/lib/server/core/db";
import { createPrismaClient } from "@/lib/server/core/db";
import { getDeanDashboard } from "@/lib/server/dashboard/dean-dashboard";
import { loadCohortAggregates } from "@/lib/server/dashboard/cohort-aggregates";
import { loadPolicy } from "@/lib/server/use-case/load-applicant-snapshot";
import { isMainModule } from "../db/env";

/** The cohort query's text and parameters, captured from the app's own function. */
export async function captureCohortQuery(db: ReturnType<typeof createPrismaClient>, schoolId: string, now: Date) {
  const policy = await db.$transaction((tx) => loadPolicy(tx, schoolId));
  let captured: { text: string; values: unknown[] } | null = null;
  const recorder = {
    $queryRaw: (strings: TemplateStringsArray, ...values: unknown[]) => {
      captured = { text: strings.reduce((sql, part, n) => `${sql}$${n}${part}`), values };
      return Promise.resolve([]);
    },
  } as unknown as TxClient;
  await loadCohortAggregates(recorder, schoolId, policy, now);
  if (!captured) throw new Error("loadCohortAggregates sent no query.");
  const { text, values } = captured as { text: string; values: unknown[] };
  // Timestamps are stored as UTC wall-clock times.
  return { text, values: values.map((v) => (v instanceof Date ? v.toISOString().replace("Z", "") : v)) };
}

async function main() {
  const args = process.argv.slice(2);
  const positional = args.filter((a) => !a.startsWith("--"));
  const url = positional[0] ?? process.env.DATABASE_URL;
  if (!url)
    throw new Error(
      "Usage: npx tsx --import ./scripts/server-only/register.mjs scripts/bench/dashboard-query.ts <database url> [schoolId] [--runs=N] [--now=ISO]",
    );
  const schoolId = positional[1] ?? "sch_001";
  const runs = Number(args.find((a) => a.startsWith("--runs="))?.slice(7) ?? 10);
  const now = new Date(args.find((a) => a.startsWith("--now="))?.slice(6) ?? "2026-03-19T14:30:00.000Z");

  const db = createPrismaClient(url);
  try {
    const dean = await db.user.findFirstOrThrow({ where: { schoolId, role: "DEAN" }, select: { id: true, name: true } });
    const actor = { userId: dean.id, schoolId, role: "DEAN" as const, name: dean.name, applicantId: null, advocateId: null };
    const times: number[] = [];
    let rows = 0;
    for (let n = 0; n < runs + 1; n++) {
      const started = performance.now();
      const dashboard = await getDeanDashboard(db, actor, now);
      const ms = performance.now() - started;
      rows = dashboard.rows.length;
      if (n > 0) times.push(ms); // the first run warms the pool and the cache
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
    console.log(`getDeanDashboard(${schoolId}): ${rows} rows; ${runs} runs: median ${at(0.5)} ms, p90 ${at(0.9)} ms, min ${at(0)} ms, max ${at(1)} ms`);

    const { text, values } = await captureCohortQuery(db, schoolId, now);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const sqlTimes: number[] = [];
      for (let n = 0; n < runs; n++) {
        const started = performance.now();
        await client.query(text, values);
        sqlTimes.push(performance.now() - started);
      }
      sqlTimes.sort((a, b) => a - b);
      console.log(`cohort query alone over pg: median ${sqlTimes[Math.floor(sqlTimes.length / 2)]!.toFixed(1)} ms`);
      const plan = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values);
      console.log(plan.rows.map((r) => r["QUERY PLAN"]).join("\n"));
    } finally {
      await client.end();
    }
  } finally {
    await db.$disconnect();
  }
}

if (isMainModule(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
}
