import { describe, expect, it } from 'vitest';
import { sha256 } from '../../ids.js';
import { SCOPES, type Role, type Scope } from '../auth/auth-scopes.js';
import {
  canManageOwners,
  canManageTeam,
  canViewTeam,
  mayAssignRole,
  newSessionToken,
  normalizeEmail,
  scopesOfRole,
  type TeamActor,
} from './users-fns.js';
import { assertPasswordAcceptable, hashPassword, verifyPassword } from './users-passwords.js';

const user = (role: Role): TeamActor => ({ kind: 'user', userId: 'usr_1', role });
const key = (...scopes: Scope[]): TeamActor => ({ kind: 'apiKey', scopes: new Set(scopes) });

describe('team permissions', () => {
  it.each([
    ['owner', user('owner'), true, true, true],
    ['admin', user('admin'), true, true, false],
    ['reviewer', user('reviewer'), true, false, false],
    ['viewer', user('viewer'), true, false, false],
    ['API key with api_keys:manage', key('api_keys:manage'), true, true, true],
    ['API key without it', key(...SCOPES.filter((s) => s !== 'api_keys:manage')), false, false, false],
  ])('%s: view %s, manage %s, manage owners %s', (_name, actor, view, manage, owners) => {
    expect(canViewTeam(actor)).toBe(view);
    expect(canManageTeam(actor)).toBe(manage);
    expect(canManageOwners(actor)).toBe(owners);
  });

  it.each<[string, TeamActor, Role | null, Role, boolean]>([
    ['owner creates an owner', user('owner'), null, 'owner', true],
    ['owner demotes an owner', user('owner'), 'owner', 'viewer', true],
    ['admin creates an admin', user('admin'), null, 'admin', true],
    ['admin promotes a viewer to reviewer', user('admin'), 'viewer', 'reviewer', true],
    ['admin creates an owner', user('admin'), null, 'owner', false],
    ['admin promotes an admin to owner', user('admin'), 'admin', 'owner', false],
    ['admin demotes an owner', user('admin'), 'owner', 'admin', false],
    ['reviewer creates a viewer', user('reviewer'), null, 'viewer', false],
    ['viewer promotes itself', user('viewer'), 'viewer', 'admin', false],
    ['team API key creates an owner', key('api_keys:manage'), null, 'owner', true],
    ['read-only API key creates a viewer', key('results:read'), null, 'viewer', false],
  ])('%s → %s', (_name, actor, from, to, allowed) => {
    expect(mayAssignRole(actor, from, to)).toBe(allowed);
  });

  it('maps roles onto API key scopes', () => {
    expect(scopesOfRole('owner')).toEqual([...SCOPES]);
    expect(scopesOfRole('viewer')).toEqual(['assessments:read', 'candidates:read', 'results:read']);
    expect(scopesOfRole('reviewer')).not.toContain('api_keys:manage');
    expect(scopesOfRole('reviewer')).not.toContain('webhooks:manage');
  });
});

describe('emails and session tokens', () => {
  it.each([
    ['Ada@Example.COM', 'ada@example.com'],
    ['  bob@example.com ', 'bob@example.com'],
    ['already@lower.case', 'already@lower.case'],
  ])('normalizes %j to %j', (input, output) => {
    expect(normalizeEmail(input)).toBe(output);
  });

  it('makes 32-byte random tokens and stores only their hash', () => {
    const a = newSessionToken();
    const b = newSessionToken();
    expect(Buffer.from(a.token, 'base64url')).toHaveLength(32);
    expect(a.token).not.toBe(b.token);
    expect(a.tokenHash).toBe(sha256(a.token));
    expect(a.tokenHash).not.toContain(a.token);
  });
});

describe('passwords', () => {
  it('hashes with argon2id and a random salt, and verifies', async () => {
    const first = await hashPassword('correct horse battery');
    const second = await hashPassword('correct horse battery');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain('correct horse battery');
    expect(await verifyPassword(first, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(first, 'correct horse battery ')).toBe(false);
    expect(await verifyPassword(first, '')).toBe(false);
  });

  it('answers false (after a real verify) for an unknown account or a corrupt hash', async () => {
    expect(await verifyPassword(null, 'whatever-password')).toBe(false);
    expect(await verifyPassword('not-a-phc-string', 'whatever-password')).toBe(false);
  });

  it.each([
    ['9 characters', 'x'.repeat(9), false],
    ['10 characters', 'x'.repeat(10), true],
    ['256 characters', 'x'.repeat(256), true],
    ['257 characters', 'x'.repeat(257), false],
  ])('%s is acceptable: %s', (_name, password, ok) => {
    if (ok) expect(() => assertPasswordAcceptable(password)).not.toThrow();
    else expect(() => assertPasswordAcceptable(password)).toThrow(/password/);
  });
});
