import { describe, expect, it } from 'vitest';
import { SIGNUP_LINK_TTL_HOURS, signupExpiry, signupLink, signupLinkError, signupStatus, type SignupStatus } from './signups-fns.js';

const NOW = new Date('2026-06-01T09:00:00.000Z');

describe('signup link rules', () => {
  it.each<[string, { completed_at: string | null; expires_at: string }, SignupStatus]>([
    ['waiting, before its expiry', { completed_at: null, expires_at: '2026-06-01T09:00:00.001Z' }, 'pending'],
    ['waiting, at the instant it expires', { completed_at: null, expires_at: NOW.toISOString() }, 'expired'],
    ['completed, even once past its expiry', { completed_at: '2026-05-31T10:00:00.000Z', expires_at: '2026-05-31T12:00:00.000Z' }, 'completed'],
  ])('%s → %s', (_name, signup, status) => {
    expect(signupStatus(signup, NOW)).toBe(status);
  });

  it(`works for ${SIGNUP_LINK_TTL_HOURS} hours`, () => {
    expect(signupExpiry(NOW).toISOString()).toBe('2026-06-02T09:00:00.000Z');
  });

  it.each([
    ['http://assay.test', 'tok', 'http://assay.test/signup/complete#token=tok'],
    ['https://hire.example.com/', 'a/b', 'https://hire.example.com/signup/complete#token=a%2Fb'],
  ])('links %s with %s as %s', (base, token, link) => {
    expect(signupLink(base, token)).toBe(link);
    expect(new URL(link).search).toBe('');
  });

  it.each<[SignupStatus | null, number | null, string | null]>([
    [null, 404, 'signup_link_invalid'],
    ['completed', 410, 'signup_link_used'],
    ['expired', 410, 'signup_link_expired'],
    ['pending', null, null],
  ])('a link of a signup %s answers %s %s', (status, statusCode, code) => {
    const error = signupLinkError(status);
    expect(error?.statusCode ?? null).toBe(statusCode);
    expect(error?.code ?? null).toBe(code);
  });
});
