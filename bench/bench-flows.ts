import type autocannon from 'autocannon';
import { byId, correctAnswer, wrongAnswer, type CandidateQuestion, type ReviewerQuestion } from '../test/helpers/candidate-kit.js';
import { measureLoad, runAutocannon, type Measurement, type Target } from './bench-measure.js';

/**
 * The full candidate flow over HTTP, as a candidate's client does it: redeem a
 * key (POST /v1/candidate/sessions), generate the questions (POST
 * /api/v1/assessment/generate) and submit every answer (POST
 * /api/v1/assessment/submit), on one assessment. Each autocannon connection
 * is one candidate after another (a closed loop), so the concurrency is the
 * number of connections. The keys are generated through the API beforehand,
 * outside the timed part; every flow redeems a key of its own.
 */

export const FLOW_REQUESTS = 3;

const TEN_QUESTIONS = Array.from({ length: 10 }, (_, index) => ({
  text: `Question ${index + 1}: which option is option ${(index % 4) + 1}?`,
  type: 'single',
  options: ['Option 1', 'Option 2', 'Option 3', 'Option 4'],
  answer: index % 4,
  category: index < 5 ? 'React' : 'TypeScript',
  difficulty: (['easy', 'medium', 'hard'] as const)[index % 3],
}));

/** Keys are generated 50 at a time (the API's maximum), this many calls at once. */
const KEY_BATCH = 50;
const KEY_CALLS_IN_PARALLEL = 4;

export interface FlowAssessment {
  id: string;
  reviewerQuestions: Map<string, ReviewerQuestion>;
}

async function api<T>(baseUrl: string, method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return JSON.parse(text) as T;
}

/** The assessment the flows take: ten single-choice questions over two skills, created through the API. */
export async function createFlowAssessment(baseUrl: string, headers: Record<string, string>): Promise<FlowAssessment> {
  const created = await api<{ assessment: { id: string; questions: ReviewerQuestion[] } }>(baseUrl, 'POST', '/v1/assessments', headers, {
    title: 'Bench candidate flow',
    role: 'Engineer',
    taskBrief: 'Answer ten questions.',
    timeLimitMinutes: 60,
    questions: TEN_QUESTIONS,
    skills: ['React', 'TypeScript'],
    passingScore: 60,
    maxAttempts: 1,
  });
  return { id: created.assessment.id, reviewerQuestions: byId(created.assessment.questions) };
}

/** `count` fresh candidate keys of the assessment, through the API. */
export async function createKeys(baseUrl: string, headers: Record<string, string>, assessmentId: string, count: number): Promise<string[]> {
  const batches = Array.from({ length: Math.ceil(count / KEY_BATCH) }, (_, index) => Math.min(KEY_BATCH, count - index * KEY_BATCH));
  const keys: string[] = [];
  for (let start = 0; start < batches.length; start += KEY_CALLS_IN_PARALLEL) {
    const answers = await Promise.all(
      batches
        .slice(start, start + KEY_CALLS_IN_PARALLEL)
        .map((size) => api<{ keys: { key: string }[] }>(baseUrl, 'POST', `/v1/assessments/${assessmentId}/keys`, headers, { count: size })),
    );
    for (const answer of answers) keys.push(...answer.keys.map((key) => key.key));
  }
  return keys;
}

/**
 * Client addresses for the redemptions, from the benchmarking range
 * 198.18.0.0/15 (RFC 2544; never sent anything, only named in
 * X-Forwarded-For, which the bench server trusts from 127.0.0.1): each flow
 * comes from its own address, as candidates do, so that the per-address
 * redemption limit counts and is never hit.
 */
let addressCounter = 0;
function nextCandidateAddress(): string {
  addressCounter += 1;
  return `198.${18 + ((addressCounter >> 16) & 1)}.${(addressCounter >> 8) & 255}.${addressCounter & 255}`;
}

interface FlowContext {
  startedAt?: number;
  token?: string;
  answers?: { questionId: string; selectedAnswer: unknown }[];
}

interface FlowRun {
  flows: number;
  seconds: number;
  latenciesMs: Float64Array;
}

/**
 * Runs flows at `concurrency` until `seconds` have passed or every connection
 * has used its keys (`flowsPerConnection` each), whichever comes first.
 */
function runFlows(baseUrl: string, assessment: FlowAssessment, keys: string[], concurrency: number, seconds: number): Promise<FlowRun> {
  const flowsPerConnection = Math.floor(keys.length / concurrency);
  if (flowsPerConnection < 1) throw new Error(`${keys.length} keys for ${concurrency} connections`);
  const pool = keys.slice();
  const latencies: number[] = [];
  const failures: string[] = [];
  let flowNumber = 0;
  const json = { 'content-type': 'application/json' };
  const requests: autocannon.Request[] = [
    {
      method: 'POST',
      path: '/v1/candidate/sessions',
      setupRequest: (request, context) => {
        const flow = context as FlowContext;
        flow.startedAt = performance.now();
        const key = pool.pop();
        if (key === undefined) throw new Error('the bench ran out of candidate keys');
        return { ...request, headers: { ...json, 'x-forwarded-for': nextCandidateAddress() }, body: JSON.stringify({ key }) };
      },
      onResponse: (status, body, context) => {
        if (status !== 201) return void failures.push(`redeem ${status} ${body}`);
        (context as FlowContext).token = (JSON.parse(body) as { token: string }).token;
      },
    },
    {
      method: 'POST',
      path: '/api/v1/assessment/generate',
      setupRequest: (request, context) => ({
        ...request,
        headers: { ...json, authorization: `Bearer ${(context as FlowContext).token}` },
        body: '{}',
      }),
      onResponse: (status, body, context) => {
        if (status !== 200) return void failures.push(`generate ${status} ${body}`);
        const questions = (JSON.parse(body) as { data: { questions: (CandidateQuestion & { questionId: string })[] } }).data.questions;
        // Every other candidate passes: both outcomes of a submit are exercised.
        const right = flowNumber++ % 2 === 0;
        (context as FlowContext).answers = questions.map((question) => {
          const shown = { id: question.questionId, type: question.type, options: question.options };
          const reviewer = assessment.reviewerQuestions.get(question.questionId)!;
          return { questionId: question.questionId, selectedAnswer: right ? correctAnswer(reviewer, shown) : wrongAnswer(reviewer, shown) };
        });
      },
    },
    {
      method: 'POST',
      path: '/api/v1/assessment/submit',
      setupRequest: (request, context) => ({
        ...request,
        headers: { ...json, authorization: `Bearer ${(context as FlowContext).token}` },
        body: JSON.stringify({ answers: (context as FlowContext).answers }),
      }),
      onResponse: (status, body, context) => {
        if (status !== 200) return void failures.push(`submit ${status} ${body}`);
        latencies.push(performance.now() - (context as FlowContext).startedAt!);
      },
    },
  ];
  let stopTimer: NodeJS.Timeout | undefined;
  return runAutocannon(
    { url: baseUrl, connections: concurrency, amount: concurrency * flowsPerConnection * FLOW_REQUESTS, requests },
    (instance) => {
      stopTimer = setTimeout(() => instance.stop(), seconds * 1000);
    },
  ).then(
    (result) => {
      clearTimeout(stopTimer);
      return { flows: latencies.length, seconds: result.duration, latenciesMs: Float64Array.from(latencies) };
    },
    (error: unknown) => {
      clearTimeout(stopTimer);
      throw new Error(`candidate flows: ${failures[0] ?? String(error)}`);
    },
  );
}

export interface FlowMeasurement extends Measurement {
  concurrency: number;
  /** The timed window ended early because the keys ran out (the estimate of the rate was too low). */
  keysRanOut: boolean;
}

export interface FlowBench {
  baseUrl: string;
  headers: Record<string, string>;
  assessment: FlowAssessment;
  target: Target;
  seconds: number;
}

/** Flows per second at each concurrency (server CPU per flow included), keys sized from the rate seen so far. */
export async function measureFlows(bench: FlowBench, levels: readonly number[]): Promise<FlowMeasurement[]> {
  const { baseUrl, headers, assessment, target, seconds } = bench;
  const keysFor = (flows: number) => createKeys(baseUrl, headers, assessment.id, flows);
  // A first guess of the rate, which also warms the server's code paths of the flow (so it is low).
  const calibration = await runFlows(baseUrl, assessment, await keysFor(4 * 16), 4, seconds);
  let known = { rate: calibration.flows / calibration.seconds, concurrency: 4 };
  const results: FlowMeasurement[] = [];
  for (const concurrency of levels) {
    // Linear scaling from the last level is the most it can do; twice that for the noise of a shared machine.
    const expected = known.rate * Math.max(1, concurrency / known.concurrency) * seconds * 2;
    const perConnection = Math.min(Math.ceil(expected / concurrency) + 2, Math.ceil(20_000 / concurrency));
    const warmupKeys = await keysFor(concurrency * 2);
    const keys = await keysFor(concurrency * perConnection);
    let run: FlowRun | undefined;
    const measurement = await measureLoad(
      target,
      () => runFlows(baseUrl, assessment, warmupKeys, concurrency, seconds),
      async () => {
        run = await runFlows(baseUrl, assessment, keys, concurrency, seconds);
        return { units: run.flows, seconds: run.seconds, latenciesMs: run.latenciesMs };
      },
      (received) => received / FLOW_REQUESTS,
    );
    results.push({ ...measurement, concurrency, keysRanOut: run!.seconds < seconds * 0.9 });
    known = { rate: measurement.rps, concurrency };
  }
  return results;
}
