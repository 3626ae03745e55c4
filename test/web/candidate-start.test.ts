import { describe, expect, it } from 'vitest';
import { candidateDetailsBody, candidateDetailsProblems } from '../../web/src/candidate/candidate-details.js';
import { fullscreenOnOpen } from '../../web/src/candidate/fullscreen-mark.js';

/** The test page's rules before and at the start: who is taking it, and full screen after a reload. */

describe('candidateDetailsProblems', () => {
  const both = ['name', 'email'] as const;
  it.each([
    [both, { name: 'Grace Hopper', email: 'grace@example.com' }, {}],
    [both, { name: '  ', email: '' }, { name: 'Enter your name.', email: 'Enter your email address.' }],
    [both, { name: 'Grace', email: 'grace@' }, { email: 'Enter an email address like name@example.com.' }],
    [both, { name: 'Grace', email: 'grace example@x.org' }, { email: 'Enter an email address like name@example.com.' }],
    [both, { name: 'Grace', email: ' grace@example.com ' }, {}],
    [both, { name: 'G'.repeat(256), email: 'g@example.com' }, { name: 'Your name can have at most 255 characters.' }],
    [['name'] as const, { name: '', email: '' }, { name: 'Enter your name.' }],
    // A field the key does not need is not checked.
    [['name'] as const, { name: 'Ada', email: 'not an email' }, {}],
    [[] as const, { name: '', email: '' }, {}],
  ])('needs %j, given %j → %j', (needed, values, expected) => {
    expect(candidateDetailsProblems(needed, values)).toEqual(expected);
  });

  it('sends only the needed fields, trimmed', () => {
    expect(candidateDetailsBody(['name', 'email'], { name: ' Ada ', email: ' ada@example.com ' })).toEqual({ name: 'Ada', email: 'ada@example.com' });
    expect(candidateDetailsBody(['name'], { name: 'Ada', email: 'ada@example.com' })).toEqual({ name: 'Ada' });
    expect(candidateDetailsBody([], { name: 'Ada', email: 'ada@example.com' })).toEqual({});
  });
});

describe('fullscreenOnOpen', () => {
  it.each([
    // mark, in full screen now, supported → record an exit, offer to return, new mark
    ['in', false, true, { record: true, prompt: true, mark: 'out' }],
    ['out', false, true, { record: false, prompt: true, mark: 'out' }],
    ['in', true, true, { record: false, prompt: false, mark: 'in' }],
    ['out', true, true, { record: false, prompt: false, mark: 'in' }],
    // Never started in this browser (e.g. from the CLI): nothing asked, nothing recorded.
    [null, false, true, { record: false, prompt: false, mark: null }],
    // No full screen in this browser: nothing to return to.
    ['in', false, false, { record: false, prompt: false, mark: 'in' }],
  ] as const)('mark %s, in full screen %s, supported %s → %j', (mark, inFullscreen, supported, expected) => {
    expect(fullscreenOnOpen(mark, inFullscreen, supported)).toEqual(expected);
  });

  it('records a reload once: opening again with the new mark records nothing more', () => {
    const first = fullscreenOnOpen('in', false, true);
    expect(first.record).toBe(true);
    expect(fullscreenOnOpen(first.mark, false, true).record).toBe(false);
  });
});
