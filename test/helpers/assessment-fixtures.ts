import { randomBytes } from 'node:crypto';
import type { Executor } from '../../src/db/database.js';
import { newId, sha256 } from '../../src/ids.js';
import { UNSCORED_SESSION } from '../../src/features/sessions/sessions-fns.js';
import type { TestApp, TestOrg } from './test-app.js';

/**
 * Helpers for tests of the reviewer API: a valid assessment body, creating one
 * through the API, and the rows the candidate flow would write (a started
 * session, a candidate token) inserted directly.
 */

export function assessmentBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Backend API Challenge',
    role: 'Senior Backend Engineer',
    taskBrief: 'Build a small REST API with tests.',
    timeLimitMinutes: 90,
    // Fixture keys are mostly issued without names; tests of asking for them turn this on.
    requireCandidateDetails: false,
    ...overrides,
  };
}

export const sampleQuestions = [
  { text: 'Which status means Created?', type: 'single', options: ['200', '201', '204'], answer: 1, category: 'http', difficulty: 'easy' },
  { text: 'Which are idempotent?', type: 'multiple', options: ['GET', 'POST', 'PUT'], answer: [0, 2], category: 'http', difficulty: 'medium', points: 2 },
  { text: 'Default PostgreSQL port?', type: 'text', answer: ['5432'], category: 'databases', difficulty: 'easy' },
];

/** Creates an assessment through the API and returns it (throws unless 201). */
export async function createAssessment(t: TestApp, org: TestOrg, overrides: Record<string, unknown> = {}): Promise<any> {
  const response = await t.request({ method: 'POST', url: '/v1/assessments', headers: org.headers, payload: assessmentBody(overrides) });
  if (response.statusCode !== 201) throw new Error(`create assessment failed: ${response.statusCode} ${response.body}`);
  return response.data.assessment;
}

/** Generates keys through the API and returns them (throws unless 201). */
export async function createKeys(t: TestApp, org: TestOrg, assessmentId: string, payload: Record<string, unknown> = { count: 1 }): Promise<any[]> {
  const response = await t.request({ method: 'POST', url: `/v1/assessments/${assessmentId}/keys`, headers: org.headers, payload });
  if (response.statusCode !== 201) throw new Error(`create keys failed: ${response.statusCode} ${response.body}`);
  return response.data.keys;
}

/** A started session of an invitation, as the candidate flow writes it. */
export async function insertStartedSession(
  db: Executor,
  input: { orgId: string; assessmentId: string; invitationId: string; at?: string },
): Promise<string> {
  const at = input.at ?? new Date().toISOString();
  const id = newId('res');
  await db
    .insertInto('sessions')
    .values({
      id,
      org_id: input.orgId,
      assessment_id: input.assessmentId,
      invitation_id: input.invitationId,
      candidate_id: null,
      attempt_number: 1,
      status: 'started',
      seed: 'seed',
      question_order: '[]',
      started_at: at,
      deadline_at: null,
      ...UNSCORED_SESSION,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return id;
}

/** A candidate bearer token (`cst_…`) for an invitation, stored hashed as the candidate flow stores it. */
export async function insertCandidateToken(db: Executor, input: { orgId: string; invitationId: string }): Promise<string> {
  const token = `cst_${randomBytes(24).toString('base64url')}`;
  await db
    .insertInto('candidate_tokens')
    .values({
      token_hash: sha256(token),
      org_id: input.orgId,
      invitation_id: input.invitationId,
      created_at: new Date().toISOString(),
      expires_at: new Date(Date.now() + 3_600_000).toISOString(),
    })
    .execute();
  return token;
}
