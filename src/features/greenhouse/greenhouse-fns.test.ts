import { describe, expect, it } from 'vitest';
import {
  basicAuthorization,
  flatMetadata,
  partnerScore,
  partnerStatus,
  profileUrl,
  sendTestRequestKey,
  type AttemptState,
  type KeyState,
} from './greenhouse-fns.js';

const pending: KeyState = { status: 'pending', revoked: false };
const attempt = (changes: Partial<AttemptState> = {}): AttemptState => ({
  id: 'res_1',
  status: 'completed',
  scoreStatus: 'PASS',
  percentage: 75,
  passed: true,
  redFlag: false,
  startedAt: '2026-12-01T10:00:00.000Z',
  completedAt: '2026-12-01T10:30:00.000Z',
  attemptNumber: 1,
  correctCount: 3,
  totalQuestions: 4,
  byCategory: [{ category: 'http', score: 50 }],
  ...changes,
});

describe('partnerStatus', () => {
  it.each<[string, KeyState, AttemptState | null, string]>([
    ['unused key', pending, null, 'pending'],
    ['unused key past its expiry', { status: 'expired', revoked: false }, null, 'expired'],
    ['key revoked before start', { status: 'pending', revoked: true }, null, 'revoked'],
    ['attempt open', { status: 'started', revoked: false }, attempt({ status: 'started', scoreStatus: 'PENDING' }), 'in_progress'],
    ['closed, a case waits for a grade', { status: 'completed', revoked: false }, attempt({ scoreStatus: 'PENDING' }), 'grading'],
    ['scored', { status: 'completed', revoked: false }, attempt(), 'complete'],
    ['closed at the deadline and scored', { status: 'completed', revoked: false }, attempt({ status: 'expired', scoreStatus: 'FAIL' }), 'complete'],
    ['attempt ended by revocation', { status: 'started', revoked: true }, attempt({ status: 'revoked' }), 'revoked'],
    ['key revoked after the result', { status: 'completed', revoked: true }, attempt(), 'complete'],
  ])('%s → %s', (_name, key, state, expected) => {
    expect(partnerStatus(key, state)).toBe(expected);
  });
});

describe('score, profile and metadata', () => {
  it('has a score and category metadata only once complete, and only primitives', () => {
    const open = attempt({ status: 'started', scoreStatus: 'PENDING', percentage: 40, completedAt: null });
    expect(partnerScore('in_progress', open)).toBeNull();
    expect(partnerScore('complete', attempt())).toBe(75);
    expect(flatMetadata('in_progress', open)).not.toHaveProperty('category_http');
    const metadata = flatMetadata('complete', attempt());
    expect(metadata).toMatchObject({ status: 'complete', passed: true, red_flag: false, category_http: 50, completed: '2026-12-01T10:30:00.000Z' });
    for (const value of Object.values(metadata)) expect(value === null || typeof value !== 'object').toBe(true);
    expect(flatMetadata('pending', null)).toEqual({
      status: 'pending',
      started: null,
      completed: null,
      passed: null,
      red_flag: null,
      attempt_number: null,
      correct_answers: null,
      total_questions: null,
    });
  });

  it('links the report under the public URL', () => {
    expect(profileUrl('https://assay.example/', { id: 'res_1' })).toBe('https://assay.example/app/results/res_1');
    expect(profileUrl('https://assay.example', null)).toBeNull();
  });
});

describe('send_test identity and the PATCH credential', () => {
  it.each([
    ['same request', { email: 'a@x.io' }, true],
    ['email differs in case and blanks', { email: ' A@X.io ' }, true],
    ['another email', { email: 'b@x.io' }, false],
    ['another test', { partnerTestId: 'asmt_2' }, false],
    ['another url', { url: 'https://gh.example/2' }, false],
  ])('%s', (_name, changes, same) => {
    const base = { partnerTestId: 'asmt_1', email: 'a@x.io', url: 'https://gh.example/1' };
    expect(sendTestRequestKey({ ...base, ...changes }) === sendTestRequestKey(base)).toBe(same);
  });

  it('sends the credential as the Basic user name with an empty password', () => {
    expect(Buffer.from(basicAuthorization('gh-key').slice('Basic '.length), 'base64').toString()).toBe('gh-key:');
  });
});
