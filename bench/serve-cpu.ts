/**
 * Server CPU per request: the CPU time a running server process spends (utime + stime from /proc/PID/stat, 10 ms
 * ticks) over a fixed number of requests to one URL, divided by that number. Less sensitive to a busy machine than
 * requests per second, since time the process waits for a core is not counted.
 *   npx tsx bench/serve-cpu.ts --port 3373 --pid PID --path "/?region=33&rel=2" [--gzip] [--requests 3000]
 * PID: the process that serves the port (`ss -ltnp`; for `next start` its next-server child).
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import autocannon from "autocannon";

const { values: args } = parseArgs({
  options: {
    port: { type: "string" },
    pid: { type: "string" },
    path: { type: "string" },
    gzip: { type: "boolean", default: false },
    requests: { type: "string", default: "3000" },
  },
});
if (!args.port || !args.pid || !args.path) throw new Error("--port PORT --pid PID --path PATH");

/** utime + stime of the process, in clock ticks (fields 14 and 15 of /proc/PID/stat). */
function ticks(): number {
  const fields = readFileSync(`/proc/${args.pid}/stat`, "utf8").split(") ")[1].split(" ");
  return Number(fields[11]) + Number(fields[12]);
}

const url = `http://127.0.0.1:${args.port}${args.path}`;
const headers: Record<string, string> = args.gzip ? { "accept-encoding": "gzip, deflate, br" } : {};
await autocannon({ url, connections: 4, amount: 200, headers }); // warm-up (fills the cache on a miss)
const before = ticks();
const run = await autocannon({ url, connections: 10, amount: Number(args.requests), headers });
const cpuMs = (ticks() - before) * 10;
const perRequest = (1000 * cpuMs) / run.requests.total;
console.log(
  `${args.port} ${args.gzip ? "gzip" : "identity"} ${args.path}: ${run.requests.total} requests, ` +
    `server CPU ${perRequest.toFixed(0)} µs/request, non-2xx ${run.non2xx}`,
);
