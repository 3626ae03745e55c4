import { sha256 } from '../../ids.js';
import { escapeHtml } from '../../shared/html.js';
import type { SecretBox } from '../../shared/secret-box.js';
import { emailDocument, oneLine, type RenderedEmail } from '../emails/emails-layout.js';

/**
 * Pure rules of the Greenhouse Assessment Partner API: what makes two
 * send_test calls the same, how an attempt maps onto Greenhouse's
 * partner_status, score and flat metadata, and the PATCH's retry schedule and
 * credential (docs/decisions/0008-greenhouse-partner-api.md).
 */

/** The fixed paths an operator gives to Greenhouse, under the public URL. */
export const PARTNER_PATHS = {
  listTests: '/integrations/greenhouse/list_tests',
  sendTest: '/integrations/greenhouse/send_test',
  testStatus: '/integrations/greenhouse/test_status',
  responseError: '/integrations/greenhouse/response_error',
} as const;

/** The `api_call` recorded for each partner path (Greenhouse's own names). */
export const API_CALL_OF_PATH: Readonly<Record<string, string>> = {
  [PARTNER_PATHS.listTests]: 'list_tests',
  [PARTNER_PATHS.sendTest]: 'send_test',
  [PARTNER_PATHS.testStatus]: 'test_status',
  [PARTNER_PATHS.responseError]: 'response_error',
};

/** Delays before each retry of the PATCH (the last repeats): about 11 hours of trying in all. */
export const PATCH_RETRY_SCHEDULE_MS: readonly number[] = [5_000, 30_000, 120_000, 600_000, 1_800_000, 3_600_000, 7_200_000];
export const PATCH_TIMEOUT_MS = 10_000;

/**
 * Greenhouse retries send_test on a timeout; the retry carries the same test,
 * candidate email and callback url. Those three (email case-insensitively)
 * identify the request.
 */
export function sendTestRequestKey(input: { partnerTestId: string; email: string; url: string }): string {
  return sha256(`${input.partnerTestId}\n${input.email.trim().toLowerCase()}\n${input.url}`);
}

/** `Authorization` for the PATCH: the stored credential as the Basic user name, empty password. */
export function basicAuthorization(credential: string): string {
  return `Basic ${Buffer.from(`${credential}:`, 'utf8').toString('base64')}`;
}

/** The sealed credential is bound to its organization (authenticated context): it cannot be moved to another one. */
function credentialContext(orgId: string): string {
  return `greenhouse-patch:${orgId}`;
}

export function sealPatchCredential(box: SecretBox, orgId: string, credential: string): string {
  return box.seal(credential, credentialContext(orgId));
}

export function openPatchCredential(box: SecretBox, orgId: string, sealed: string): string {
  return box.open(sealed, credentialContext(orgId));
}

export function candidateDisplayName(firstName: string, lastName: string): string {
  return oneLine(`${firstName} ${lastName}`);
}

export type PartnerStatus = 'pending' | 'in_progress' | 'grading' | 'complete' | 'expired' | 'revoked';

/** What partner_status needs of the key (effective status: an unused key past its expiry reads expired). */
export interface KeyState {
  status: 'pending' | 'started' | 'completed' | 'expired' | 'hired' | 'rejected';
  revoked: boolean;
}

/** What partner_status, score and metadata need of the attempt (the session's reviewer view). */
export interface AttemptState {
  id: string;
  /** started, completed, expired or revoked (an unknown status reads as closed). */
  status: string;
  scoreStatus: string;
  percentage: number | null;
  passed: boolean | null;
  redFlag: boolean;
  startedAt: string | null;
  completedAt: string | null;
  attemptNumber: number;
  correctCount: number | null;
  totalQuestions: number;
  byCategory: ReadonlyArray<{ category: string; score: number }>;
}

/**
 * `complete` once the attempt's result is final (closed and no case waiting
 * for a grade); a closed attempt whose cases wait for a reviewer is `grading`.
 * A result stays complete even if the key is revoked afterwards.
 */
export function partnerStatus(key: KeyState, attempt: AttemptState | null): PartnerStatus {
  if (attempt) {
    if (attempt.status === 'revoked') return 'revoked';
    if (attempt.status === 'started') return 'in_progress';
    return attempt.scoreStatus === 'PENDING' ? 'grading' : 'complete';
  }
  if (key.revoked) return 'revoked';
  if (key.status === 'expired') return 'expired';
  return 'pending';
}

export type MetadataValue = string | number | boolean | null;

/** Greenhouse shows metadata as a flat list: primitives only, null where there is no value. */
export function flatMetadata(status: PartnerStatus, attempt: AttemptState | null): Record<string, MetadataValue> {
  const complete = status === 'complete';
  const metadata: Record<string, MetadataValue> = {
    status,
    started: attempt?.startedAt ?? null,
    completed: attempt?.completedAt ?? null,
    passed: complete ? (attempt?.passed ?? null) : null,
    red_flag: attempt ? attempt.redFlag : null,
    attempt_number: attempt?.attemptNumber ?? null,
    correct_answers: complete ? (attempt?.correctCount ?? null) : null,
    total_questions: attempt ? attempt.totalQuestions : null,
  };
  if (complete && attempt) {
    for (const group of attempt.byCategory) metadata[`category_${group.category}`] = group.score;
  }
  return metadata;
}

export function partnerScore(status: PartnerStatus, attempt: AttemptState | null): number | null {
  return status === 'complete' ? (attempt?.percentage ?? null) : null;
}

/** The absolute URL of the attempt's report in the dashboard. */
export function profileUrl(publicBase: string, attempt: Pick<AttemptState, 'id'> | null): string | null {
  return attempt ? `${publicBase.replace(/\/+$/, '')}/app/results/${encodeURIComponent(attempt.id)}` : null;
}

/** The notice to an organization's owners when Greenhouse reports an error (response_error). */
export function renderResponseErrorEmail(input: {
  orgName: string;
  apiCall: string;
  errors: readonly string[];
  partnerTestId: string | null;
  partnerInterviewId: string | null;
  candidateEmail: string | null;
  dashboardUrl: string;
}): RenderedEmail {
  const subject = oneLine(`Greenhouse reported an error on ${input.apiCall}`);
  const facts: Array<[string, string | null]> = [
    ['Call', input.apiCall],
    ['Test', input.partnerTestId],
    ['Interview', input.partnerInterviewId],
    ['Candidate', input.candidateEmail],
  ];
  const known = facts.filter((fact): fact is [string, string] => fact[1] !== null);
  const text = [
    `Greenhouse reported an error to ${input.orgName}'s Assay integration.`,
    '',
    ...known.map(([name, value]) => `${name}: ${value}`),
    '',
    'Errors:',
    ...input.errors.map((error) => `- ${error}`),
    '',
    `See every call and error: ${input.dashboardUrl}`,
  ].join('\n');
  const content = [
    `<h1 style="font-size:20px;">${escapeHtml(subject)}</h1>`,
    `<p>Greenhouse reported an error to ${escapeHtml(input.orgName)}'s Assay integration.</p>`,
    `<ul>${known.map(([name, value]) => `<li>${escapeHtml(name)}: ${escapeHtml(value)}</li>`).join('')}</ul>`,
    `<p>Errors:</p><ul>${input.errors.map((error) => `<li>${escapeHtml(error)}</li>`).join('')}</ul>`,
    `<p><a href="${escapeHtml(input.dashboardUrl)}">See every call and error</a></p>`,
  ].join('\n');
  return { subject, text, html: emailDocument({ subject, content, footer: 'Sent by Assay to the owners of the organization.' }) };
}
