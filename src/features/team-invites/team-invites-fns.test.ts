import { describe, expect, it } from 'vitest';
import { INVITE_TTL_DAYS, inviteExpiry, inviteLink, inviteLinkError, inviteStatus, sealContextOf, type InviteStatus } from './team-invites-fns.js';

const NOW = new Date('2026-06-01T09:00:00.000Z');
const LATER = '2026-06-02T09:00:00.000Z';
const EARLIER = '2026-05-31T09:00:00.000Z';

describe('team invite rules', () => {
  it.each<[string, { accepted_at: string | null; revoked_at: string | null; expires_at: string }, InviteStatus]>([
    ['open, before its expiry', { accepted_at: null, revoked_at: null, expires_at: LATER }, 'pending'],
    ['open, at the instant it expires', { accepted_at: null, revoked_at: null, expires_at: NOW.toISOString() }, 'expired'],
    ['open, after its expiry', { accepted_at: null, revoked_at: null, expires_at: EARLIER }, 'expired'],
    ['accepted, even once past its expiry', { accepted_at: EARLIER, revoked_at: null, expires_at: EARLIER }, 'accepted'],
    ['revoked before expiry', { accepted_at: null, revoked_at: EARLIER, expires_at: LATER }, 'revoked'],
    ['revoked and expired', { accepted_at: null, revoked_at: EARLIER, expires_at: EARLIER }, 'revoked'],
  ])('%s → %s', (_name, invite, status) => {
    expect(inviteStatus(invite, NOW)).toBe(status);
  });

  it(`expires ${INVITE_TTL_DAYS} days after it is sent`, () => {
    expect(inviteExpiry(NOW).toISOString()).toBe('2026-06-08T09:00:00.000Z');
  });

  it.each([
    ['http://assay.test', 'abc_-123', 'http://assay.test/invite#token=abc_-123'],
    ['https://hire.example.com/', 'abc', 'https://hire.example.com/invite#token=abc'],
    ['https://hire.example.com//', 'a+b/c=', 'https://hire.example.com/invite#token=a%2Bb%2Fc%3D'],
  ])('links %s with token %s as %s (the token in the fragment, never the path or query)', (base, token, link) => {
    expect(inviteLink(base, token)).toBe(link);
    expect(new URL(link).search).toBe('');
    expect(new URL(link).pathname).toBe('/invite');
  });

  it.each<[InviteStatus | null, number | null, string | null]>([
    [null, 404, 'invite_invalid'],
    ['accepted', 410, 'invite_used'],
    ['revoked', 410, 'invite_revoked'],
    ['expired', 410, 'invite_expired'],
    ['pending', null, null],
  ])('a link of an invite %s answers %s %s', (status, statusCode, code) => {
    const error = inviteLinkError(status);
    expect(error?.statusCode ?? null).toBe(statusCode);
    expect(error?.code ?? null).toBe(code);
    if (error) expect(error.message).toMatch(/^This invitation/);
  });

  it('binds a sealed token to its own invite', () => {
    expect(sealContextOf('tinv_1')).not.toBe(sealContextOf('tinv_2'));
  });
});
