import http from 'node:http';
import { performance } from 'node:perf_hooks';

/**
 * A small closed-loop HTTP load generator, run as its own process so that the
 * server under test keeps its event loop to itself. Argument: one JSON object
 * { urls, headers, concurrency, durationMs, warmupMs }. Only loopback URLs are
 * accepted. Prints one JSON line: requests, errors, req/s, p50/p99 latency.
 */

interface LoadOptions {
  urls: string[];
  headers: Record<string, string>;
  concurrency: number;
  durationMs: number;
  warmupMs: number;
}

const options = JSON.parse(process.argv[2] ?? '{}') as LoadOptions;
for (const url of options.urls) {
  const host = new URL(url).hostname;
  if (host !== '127.0.0.1') throw new Error(`load-client only targets 127.0.0.1, not ${host}`);
}

const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });

function get(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers: options.headers }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('error', reject);
  });
}

async function run(durationMs: number, record: boolean) {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const end = performance.now() + durationMs;
  async function worker() {
    while (performance.now() < end) {
      const url = options.urls[next++ % options.urls.length]!;
      const start = performance.now();
      try {
        const status = await get(url);
        if (status !== 200) errors += 1;
      } catch {
        errors += 1;
      }
      if (record) latencies.push(performance.now() - start);
    }
  }
  const started = performance.now();
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return { latencies, errors, elapsed: performance.now() - started };
}

await run(options.warmupMs, false);
const { latencies, errors, elapsed } = await run(options.durationMs, true);
latencies.sort((a, b) => a - b);
const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
process.stdout.write(
  `${JSON.stringify({ requests: latencies.length, errors, rps: (latencies.length / elapsed) * 1000, p50: at(0.5), p99: at(0.99) })}\n`,
);
agent.destroy();
