import { describe, expect, it } from 'vitest';
import { planDecisionEmail, sendsResultEmailWhenFinal, type DecisionEmailInput } from './sessions-email-fns.js';

describe('sendsResultEmailWhenFinal', () => {
  it.each([
    ['immediately', 'attempt', true],
    ['after_decision', 'attempt', false],
    ['never', 'attempt', false],
    // Reference 002 documents the email at submit, whatever the assessment says.
    ['immediately', 'verification', true],
    ['after_decision', 'verification', true],
    ['never', 'verification', true],
  ] as const)('%s via %s → %s', (policy, route, expected) => {
    expect(sendsResultEmailWhenFinal(policy, route)).toBe(expected);
  });
});

describe('planDecisionEmail', () => {
  const base: DecisionEmailInput = {
    decision: 'rejected',
    previousDecision: null,
    policy: 'after_decision',
    hasRecipient: true,
    templateEnabled: false,
    resultFinal: true,
    resultEmailed: false,
  };

  it.each<[string, Partial<DecisionEmailInput>, 'decision' | 'result' | null, RegExp]>([
    ['after_decision, no template: the result email goes with the decision', {}, 'result', /result email with the decision/],
    ['after_decision with a template: the decision email replaces the result email', { templateEnabled: true }, 'decision', /takes the place of the result email/],
    ['immediately with a template: the decision email', { policy: 'immediately', templateEnabled: true, resultEmailed: true }, 'decision', /"rejected" email goes/],
    ['never with a template: the decision email', { policy: 'never', templateEnabled: true }, 'decision', /"rejected" email goes/],
    ['immediately, no template: nothing (the result email went at scoring)', { policy: 'immediately', resultEmailed: true }, null, /when the result is final/],
    ['never, no template: nothing', { policy: 'never' }, null, /sends no result email/],
    ['after_decision, already emailed, no template: nothing', { resultEmailed: true }, null, /already been sent/],
    ['after_decision while a task awaits a grade: nothing yet', { resultFinal: false }, null, /awaits its grade/],
    ['the same decision again: nothing, even with a template', { previousDecision: 'rejected', templateEnabled: true }, null, /already marked rejected/],
    ['no address: nothing, even with a template', { hasRecipient: false, templateEnabled: true }, null, /No email address/],
  ])('%s', (_name, overrides, kind, reason) => {
    const plan = planDecisionEmail({ ...base, ...overrides });
    expect(plan.kind).toBe(kind);
    expect(plan.reason).toMatch(reason);
  });

  it('a changed decision may send again (its own email), but never the result email twice', () => {
    expect(planDecisionEmail({ ...base, decision: 'hired', previousDecision: 'rejected', templateEnabled: true }).kind).toBe('decision');
    expect(planDecisionEmail({ ...base, decision: 'hired', previousDecision: 'rejected', resultEmailed: true }).kind).toBeNull();
  });
});
