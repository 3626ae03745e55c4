import type { FlowMeasurement } from './bench-flows.js';
import type { Measurement, RouteMeasurement } from './bench-measure.js';

/**
 * The bench's tables, printed as lines that can be pasted into the README:
 * rates next to GET /healthz and the bare route of the same run, and the
 * server CPU per request, the steady figure on a shared machine.
 */

export const fmt = (value: number, digits = 0) => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Left-aligned first column, right-aligned numbers, two spaces between. */
export function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)];
}

export interface ReadsReport {
  size: number;
  bareBefore: RouteMeasurement;
  bareAfter: RouteMeasurement;
  healthzBefore: RouteMeasurement;
  healthzAfter: RouteMeasurement;
  /** The routes, the first page and the deep page of GET /results last. */
  rows: { label: string; measurement: RouteMeasurement }[];
}

/** The two ends of a run averaged: the reference a busy machine moved the least. */
function meanOf(a: RouteMeasurement, b: RouteMeasurement): RouteMeasurement {
  const mean = (x: number, y: number) => (x + y) / 2;
  return {
    connections: Math.min(a.connections, b.connections),
    requests: a.requests + b.requests,
    seconds: a.seconds + b.seconds,
    rps: mean(a.rps, b.rps),
    p50Ms: mean(a.p50Ms, b.p50Ms),
    p99Ms: mean(a.p99Ms, b.p99Ms),
    appCpuMs: mean(a.appCpuMs, b.appCpuMs),
    dbCpuMs: a.dbCpuMs === null || b.dbCpuMs === null ? null : mean(a.dbCpuMs, b.dbCpuMs),
    appBusy: mean(a.appBusy, b.appBusy),
    dbBusy: a.dbBusy === null || b.dbBusy === null ? null : mean(a.dbBusy, b.dbBusy),
    clientBusy: mean(a.clientBusy, b.clientBusy),
  };
}

const cpuOf = (measurement: Measurement) => measurement.appCpuMs + (measurement.dbCpuMs ?? 0);
const percent = (share: number) => `${fmt(share * 100)}%`;
/** Cores busy during the window: the server (+ its database backends), and the load generator. */
const busyCells = (m: Measurement) => [`${percent(m.appBusy)}${m.dbBusy === null ? '' : `+${percent(m.dbBusy)}`}`, percent(m.clientBusy)];

export function printReads(reads: ReadsReport, postgres: boolean): string[] {
  const bare = meanOf(reads.bareBefore, reads.bareAfter);
  const healthz = meanOf(reads.healthzBefore, reads.healthzAfter);
  const header = ['route', 'conns', 'req/s', '% healthz', '% bare', 'p50 ms', 'p99 ms', 'CPU ms/req', '× healthz', '× bare'];
  if (postgres) header.push('of it db');
  header.push(postgres ? 'server+db busy' : 'server busy', 'client');
  const row = (label: string, m: RouteMeasurement) => {
    const cells = [
      label,
      String(m.connections),
      fmt(m.rps),
      `${fmt((m.rps / healthz.rps) * 100, 1)}%`,
      `${fmt((m.rps / bare.rps) * 100, 1)}%`,
      fmt(m.p50Ms, 1),
      fmt(m.p99Ms, 1),
      fmt(cpuOf(m), 3),
      `×${fmt(cpuOf(m) / cpuOf(healthz), 1)}`,
      `×${fmt(cpuOf(m) / cpuOf(bare), 1)}`,
    ];
    if (postgres) cells.push(m.dbCpuMs === null ? 'n/a' : fmt(m.dbCpuMs, 3));
    cells.push(...busyCells(m));
    return cells;
  };
  const rows = [row('bare Fastify route', bare), row('GET /healthz', healthz), ...reads.rows.map(({ label, measurement }) => row(label, measurement))];
  const firstPage = reads.rows[reads.rows.length - 2]!.measurement;
  const deepPage = reads.rows[reads.rows.length - 1]!.measurement;
  return [
    `Reads on a cohort of ${fmt(reads.size)} (bare route and /healthz: the mean of a measurement before and one after the others)`,
    ...table(header, rows),
    `deep page vs first page: rate ×${fmt(deepPage.rps / firstPage.rps, 2)}, CPU per request ×${fmt(cpuOf(deepPage) / cpuOf(firstPage), 2)}`,
    `drift over the run: bare route ${fmt(reads.bareBefore.rps)} → ${fmt(reads.bareAfter.rps)} req/s, /healthz ${fmt(reads.healthzBefore.rps)} → ${fmt(reads.healthzAfter.rps)} req/s`,
  ];
}

export interface AggregateRow {
  cohort: { size: number; insertSeconds: number; aggregateSeconds: number; agrees: boolean };
  fnAgg: number;
  fnNaive: number;
  stats: RouteMeasurement;
  naiveStats: RouteMeasurement;
  result: RouteMeasurement;
  naivePercentile: RouteMeasurement;
}

export function printAggregates(rows: AggregateRow[], connections: number): string[] {
  const cell = (m: RouteMeasurement) => `${fmt(m.rps, m.rps < 10 ? 1 : 0)} (${fmt(cpuOf(m), 2)} ms${m.connections < connections ? `, ${m.connections} conns` : ''})`;
  const lines = [
    `Cohort reads, maintained aggregates vs a scan of the cohort (req/s, in brackets the server CPU per request; ${connections} connections unless said)`,
    ...table(
      ['sessions', 'seed rows + aggregates', 'agree', 'cohort fn ms agg/naive', 'cohort-stats', 'naive scan', 'GET /results/:id', 'naive percentile'],
      rows.map((row) => [
        fmt(row.cohort.size),
        `${fmt(row.cohort.insertSeconds, 1)} s + ${fmt(row.cohort.aggregateSeconds, 1)} s`,
        row.cohort.agrees ? 'yes' : 'NO',
        `${fmt(row.fnAgg, 3)} / ${fmt(row.fnNaive, 3)}`,
        cell(row.stats),
        cell(row.naiveStats),
        cell(row.result),
        cell(row.naivePercentile),
      ]),
    ),
  ];
  if (rows.length > 1) {
    const growth = (pick: (row: AggregateRow) => number) => pick(rows[rows.length - 1]!) / pick(rows[0]!);
    lines.push(
      `cohort read time from ${fmt(rows[0]!.cohort.size)} to ${fmt(rows[rows.length - 1]!.cohort.size)} sessions: aggregates ×${fmt(growth((row) => row.fnAgg), 2)}, naive scan ×${fmt(growth((row) => row.fnNaive), 1)}`,
    );
  }
  return lines;
}

export function printFlows(flows: FlowMeasurement[], postgres: boolean): string[] {
  const header = ['concurrency', 'flows/s', 'p50 ms', 'p99 ms', 'CPU ms/flow'];
  if (postgres) header.push('of it db');
  header.push(postgres ? 'server+db busy' : 'server busy', 'client');
  const rows = flows.map((flow) => {
    const note = flow.keysRanOut
      ? ` (keys ran out after ${fmt(flow.seconds, 1)} s)`
      : flow.requests < 2 * flow.concurrency
        ? ` (only ${flow.requests} flows in ${fmt(flow.seconds, 1)} s: raise BENCH_SECONDS)`
        : '';
    const cells = [String(flow.concurrency), `${fmt(flow.rps, flow.rps < 10 ? 1 : 0)}${note}`, fmt(flow.p50Ms, 1), fmt(flow.p99Ms, 1), fmt(cpuOf(flow), 2)];
    if (postgres) cells.push(flow.dbCpuMs === null ? 'n/a' : fmt(flow.dbCpuMs, 2));
    cells.push(...busyCells(flow));
    return cells;
  });
  const lowest = flows[0]!;
  const highest = flows[flows.length - 1]!;
  return [
    'Full candidate flows (redeem → generate → submit, 10 questions) on one assessment',
    ...table(header, rows),
    `flows/s at concurrency ${highest.concurrency} vs ${lowest.concurrency}: ×${fmt(highest.rps / lowest.rps, 2)}`,
  ];
}
