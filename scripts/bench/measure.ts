// Timing helpers of the benchmark: percentiles, a fixed-concurrency load loop, medians of runs.

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function median(values: number[]): number {
  return percentile(values, 50);
}

/**
 * Runs `task` `total` times with `concurrency` in flight at once and returns each call's duration
 * in milliseconds. `task` gets the call's index; a task that throws fails the run.
 */
export async function load(total: number, concurrency: number, task: (index: number) => Promise<void>): Promise<number[]> {
  const durations: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < total) {
      const index = next++;
      const started = performance.now();
      await task(index);
      durations.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
  return durations;
}

/** The median of `runs` repetitions of a measurement (each repetition gives one figure). */
export async function medianOf(runs: number, measure: (run: number) => Promise<number>): Promise<{ value: number; runs: number[] }> {
  const values: number[] = [];
  for (let run = 0; run < runs; run++) values.push(await measure(run));
  return { value: median(values), runs: values };
}

export function ms(value: number): string {
  return Number.isFinite(value) ? `${value < 10 ? value.toFixed(1) : Math.round(value)} ms` : "n/a";
}
