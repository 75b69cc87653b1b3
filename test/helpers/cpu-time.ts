/**
 * CPU time, not wall time, for the tests that guard against blow-ups (catastrophic regex backtracking, a solver
 * that explodes, a zip bomb inflated): on a loaded machine wall time stretches many-fold (at load 20 on 2 cores,
 * 500 ms bounds failed on calls that take ~5 ms alone), while the CPU the call itself burns stays what it is, so
 * the bound keeps catching blow-ups without failing on a busy neighbour. Vitest runs each test file in its own
 * process (vitest.config.ts, pool "forks"), so the process's CPU is the test's. Speed figures belong in bench/.
 */

/** Starts a CPU stopwatch; the returned function gives the milliseconds of CPU (user + system) used since. */
export function cpuMs(): () => number {
  const start = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
}
