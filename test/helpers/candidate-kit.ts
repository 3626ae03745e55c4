import type { TestApp } from './test-app.js';

/**
 * Helpers for tests that take an assessment as a candidate: redeem a key,
 * and pick the right (or a wrong) answer for a question as the candidate sees
 * it (options shuffled), using the reviewer's view that has the answer key.
 */

let ipCounter = 0;

/** A fresh client address per call, so the per-IP redemption limit does not interfere. */
export function nextIp(): string {
  ipCounter += 1;
  return `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`;
}

export interface Redeemed {
  token: string;
  headers: Record<string, string>;
  data: any;
}

export async function redeem(t: TestApp, key: string, extra: Record<string, unknown> = {}): Promise<Redeemed> {
  const response = await t.request({
    method: 'POST',
    url: '/v1/candidate/sessions',
    payload: { key, ...extra },
    remoteAddress: nextIp(),
  });
  if (response.statusCode !== 201) throw new Error(`redeem failed: ${response.statusCode} ${response.body}`);
  return { token: response.data.token, headers: { authorization: `Bearer ${response.data.token}` }, data: response.data };
}

export interface ReviewerQuestion {
  id: string;
  type: 'single' | 'multiple' | 'text';
  options: string[];
  answer: number | number[] | string | string[];
}

export interface CandidateQuestion {
  id: string;
  type: 'single' | 'multiple' | 'text';
  options: string[];
}

function displayedIndex(candidate: CandidateQuestion, text: string): number {
  const index = candidate.options.indexOf(text);
  if (index === -1) throw new Error(`option "${text}" not shown`);
  return index;
}

/** The correct selection in the candidate's displayed option order. */
export function correctAnswer(reviewer: ReviewerQuestion, candidate: CandidateQuestion): number | number[] | string {
  if (reviewer.type === 'text') return Array.isArray(reviewer.answer) ? String(reviewer.answer[0]) : String(reviewer.answer);
  const key = (Array.isArray(reviewer.answer) ? reviewer.answer : [reviewer.answer]) as number[];
  const displayed = key.map((index) => displayedIndex(candidate, reviewer.options[index]!)).sort((a, b) => a - b);
  return reviewer.type === 'single' ? displayed[0]! : displayed;
}

/** A wrong selection in the candidate's displayed option order. */
export function wrongAnswer(reviewer: ReviewerQuestion, candidate: CandidateQuestion): number | number[] | string {
  if (reviewer.type === 'text') return 'definitely not the answer';
  const key = new Set((Array.isArray(reviewer.answer) ? reviewer.answer : [reviewer.answer]) as number[]);
  const wrongStored = reviewer.options.findIndex((_, index) => !key.has(index));
  const displayed = displayedIndex(candidate, reviewer.options[wrongStored]!);
  return reviewer.type === 'single' ? displayed : [displayed];
}

/** Maps reviewer questions by id for quick lookup. */
export function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}
