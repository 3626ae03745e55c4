import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../errors.js';
import {
  KEY_ALPHABET,
  candidateDetailChanges,
  candidateDetailsNeeded,
  effectiveKeyStatus,
  generateCandidateKey,
  isPastExpiry,
  pendingKeyHasExpired,
  generateRecordVerificationId,
  isCandidateKeyFormat,
  keyExpiry,
  normalizeCandidateKey,
  planKeyRequest,
} from './invitations-fns.js';

/** A fake CSPRNG that hands out the given bytes in order. */
function bytesFrom(values: number[]): (size: number) => Buffer {
  let position = 0;
  return (size) => {
    const chunk = values.slice(position, position + size);
    position += size;
    return Buffer.from(chunk);
  };
}

describe('candidate key alphabet', () => {
  it('has 31 distinct symbols and none of the look-alikes 0 O 1 I L', () => {
    expect(KEY_ALPHABET).toHaveLength(31);
    expect(new Set(KEY_ALPHABET).size).toBe(31);
    for (const ambiguous of ['0', 'O', '1', 'I', 'L']) expect(KEY_ALPHABET).not.toContain(ambiguous);
    expect(KEY_ALPHABET).toMatch(/^[A-Z2-9]+$/);
  });
});

describe('generateCandidateKey', () => {
  it('maps bytes onto the alphabet and rejects bytes >= 248 (no modulo bias)', () => {
    // 248..255 are skipped; 31 → index 0 ('A'); 30 → last symbol ('9'); 247 → 247 % 31 = 30.
    const key = generateCandidateKey(bytesFrom([255, 0, 248, 1, 2, 3, 31, 30, 247, 62]));
    expect(key).toBe('PST-ABCD-A99A');
  });

  it('asks for more randomness when a whole chunk is rejected', () => {
    const key = generateCandidateKey(bytesFrom([...Array(16).fill(250), 0, 1, 2, 3, 4, 5, 6, 7]));
    expect(key).toBe('PST-ABCD-EFGH');
  });

  it('produces well-formed, varied keys from the real CSPRNG', () => {
    const keys = Array.from({ length: 2000 }, () => generateCandidateKey());
    for (const key of keys) expect(isCandidateKeyFormat(key)).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
    const used = new Set(keys.join('').replace(/PST|-/g, ''));
    expect(used.size).toBe(31);
  });
});

describe('key format', () => {
  it.each([
    ['PST-ABCD-EFGH', true],
    ['PST-2345-6789', true],
    ['PST-ABCD-EFG', false],
    ['PST-ABCDE-FGH', false],
    ['pst-abcd-efgh', false],
    ['PST-ABC0-EFGH', false],
    ['PST-ABCO-EFGH', false],
    ['PST-ABC1-EFGH', false],
    ['PST-ABCI-EFGH', false],
    ['PST-ABCL-EFGH', false],
    ['XST-ABCD-EFGH', false],
    ['PST-ABCD-EFGH ', false],
    ['', false],
  ])('%s → %s', (value, valid) => {
    expect(isCandidateKeyFormat(value)).toBe(valid);
  });

  it.each([
    [' pst-abcd-efgh ', 'PST-ABCD-EFGH'],
    ['PST-ABCD-EFGH', 'PST-ABCD-EFGH'],
    ['pst-abc0-efgh', null],
    ['nonsense', null],
  ])('normalizeCandidateKey(%j) → %j', (input, expected) => {
    expect(normalizeCandidateKey(input)).toBe(expected);
  });
});

describe('generateRecordVerificationId', () => {
  it('is ver_live_ plus 24 hex characters', () => {
    expect(generateRecordVerificationId(bytesFrom(Array(12).fill(171)))).toBe(`ver_live_${'ab'.repeat(12)}`);
    expect(generateRecordVerificationId()).toMatch(/^ver_live_[0-9a-f]{24}$/);
  });
});

describe('keyExpiry', () => {
  it.each([
    ['2026-04-01T09:00:00.000Z', 7, '2026-04-08T09:00:00.000Z'],
    ['2026-12-30T23:30:00.000Z', 3, '2027-01-02T23:30:00.000Z'],
    ['2028-02-28T00:00:00.000Z', 1, '2028-02-29T00:00:00.000Z'],
  ])('%s + %d days → %s', (now, days, expected) => {
    expect(keyExpiry(new Date(now), days)).toBe(expected);
  });
});

describe('planKeyRequest', () => {
  it.each([
    [{ count: 2 }, [{ email: null, name: null }, { email: null, name: null }]],
    [{ count: 1, candidateEmails: ['Alice@Example.COM '] }, [{ email: 'alice@example.com', name: null }]],
    [
      { count: 2, candidateEmails: ['a@x.io', 'b@x.io'], candidateNames: [' Ann ', 'Bob'] },
      [
        { email: 'a@x.io', name: 'Ann' },
        { email: 'b@x.io', name: 'Bob' },
      ],
    ],
  ])('plans %j', (request, expected) => {
    expect(planKeyRequest(request)).toEqual(expected);
  });

  it.each([
    [{ count: 0 }, 'count'],
    [{ count: 51 }, 'count'],
    [{ count: 1.5 }, 'count'],
    [{ count: 2, candidateEmails: ['a@x.io'] }, 'candidateEmails'],
    [{ count: 1, candidateEmails: [] }, 'candidateEmails'],
    [{ count: 1, candidateNames: ['Ann'] }, 'candidateNames'],
    [{ count: 2, candidateEmails: ['a@x.io', 'b@x.io'], candidateNames: ['Ann'] }, 'candidateNames'],
    [{ count: 2, candidateEmails: ['a@x.io', 'A@X.io'] }, 'candidateEmails.1'],
  ])('refuses %j naming %s', (request, field) => {
    let caught: unknown;
    try {
      planKeyRequest(request);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect(((caught as ValidationError).details as Array<{ field: string }>).map((detail) => detail.field)).toContain(field);
  });
});

describe('effectiveKeyStatus', () => {
  const now = new Date('2026-04-08T09:00:00.000Z');
  it.each([
    ['pending', '2026-04-08T09:00:00.001Z', 'pending'],
    ['pending', '2026-04-08T09:00:00.000Z', 'expired'],
    ['pending', '2026-04-01T00:00:00.000Z', 'expired'],
    ['started', '2026-04-01T00:00:00.000Z', 'started'],
    ['completed', '2026-04-01T00:00:00.000Z', 'completed'],
    ['hired', '2026-04-01T00:00:00.000Z', 'hired'],
    ['expired', '2027-01-01T00:00:00.000Z', 'expired'],
  ])('%s key expiring %s reads as %s', (status, expiresAt, expected) => {
    expect(effectiveKeyStatus({ status, expires_at: expiresAt }, now)).toBe(expected);
  });
});

describe('the expiry rule', () => {
  const now = new Date('2026-04-08T09:00:00.000Z');
  it.each([
    // status, expires at, past expiry, pending key expired
    ['pending', '2026-04-08T09:00:00.001Z', false, false],
    ['pending', '2026-04-08T09:00:00.000Z', true, true],
    ['pending', '2026-04-01T00:00:00.000Z', true, true],
    ['started', '2026-04-01T00:00:00.000Z', true, false],
    ['completed', '2026-04-01T00:00:00.000Z', true, false],
    ['completed', '2026-05-01T00:00:00.000Z', false, false],
    ['expired', '2026-04-01T00:00:00.000Z', true, false],
  ])('%s key expiring %s: past expiry %s, pending key expired %s', (status, expiresAt, past, expired) => {
    expect(isPastExpiry({ expires_at: expiresAt }, now)).toBe(past);
    expect(pendingKeyHasExpired({ status, expires_at: expiresAt }, now)).toBe(expired);
  });
});

describe('candidateDetailsNeeded (what a key asks before the start)', () => {
  it.each([
    // name, email, the assessment asks → asked for
    [null, null, true, ['name', 'email']],
    [null, 'ada@example.com', true, ['name']],
    ['Ada', null, true, []],
    ['Ada', 'ada@example.com', true, []],
    [null, null, false, []],
    [null, 'ada@example.com', false, []],
  ] as const)('name %j, email %j, asks %s → %j', (name, email, asks, expected) => {
    expect(candidateDetailsNeeded({ candidate_name: name, candidate_email: email }, asks)).toEqual(expected);
  });
});

describe('candidateDetailChanges (what a candidate may fill in on their key)', () => {
  it.each([
    [{ candidate_name: null, candidate_email: null }, { name: ' Ada ', email: ' Ada@Example.COM ' }, { name: 'Ada', email: 'ada@example.com' }],
    // What the key holds is never replaced.
    [{ candidate_name: 'Team Name', candidate_email: null }, { name: 'Self', email: 'self@example.com' }, { email: 'self@example.com' }],
    [{ candidate_name: null, candidate_email: 'team@example.com' }, { name: 'Self', email: 'self@example.com' }, { name: 'Self' }],
    [{ candidate_name: 'Team Name', candidate_email: 'team@example.com' }, { name: 'Self', email: 'self@example.com' }, {}],
    // Blank or missing values are not given.
    [{ candidate_name: null, candidate_email: null }, { name: '   ', email: '' }, {}],
    [{ candidate_name: null, candidate_email: null }, {}, {}],
    [{ candidate_name: null, candidate_email: null }, { name: null, email: null }, {}],
  ])('key %j given %j → %j', (key, given, expected) => {
    expect(candidateDetailChanges(key, given)).toEqual(expected);
  });
});
