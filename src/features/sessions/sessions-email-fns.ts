/**
 * Pure rules of the emails a result causes: when the result email goes out
 * (the assessment's `resultEmail`), and which one email — if any — goes
 * with a hiring decision. See docs/decisions/0011-candidate-emails-and-decisions.md.
 */

export type ResultEmailPolicy = 'immediately' | 'after_decision' | 'never';

/**
 * How the attempt was handed in: through reference 002's submit
 * (`verification`), or any other way (the browser page, the CLI, the
 * deadline, a reviewer's last grade: `attempt`).
 */
export type HandInRoute = 'verification' | 'attempt';

/**
 * Whether the result email goes out when the result becomes final. Reference
 * 002 documents "a result email is sent" at submit, so its submissions send it
 * whatever the assessment says; everything else follows the assessment.
 */
export function sendsResultEmailWhenFinal(policy: ResultEmailPolicy, route: HandInRoute): boolean {
  return route === 'verification' || policy === 'immediately';
}

export type Decision = 'hired' | 'rejected';

export interface DecisionEmailInput {
  decision: Decision;
  /** The attempt's decision before this one. */
  previousDecision: Decision | null;
  policy: ResultEmailPolicy;
  /** An address is known for the candidate. */
  hasRecipient: boolean;
  /** The organization's email for this decision is enabled. */
  templateEnabled: boolean;
  /** The result is final (no task awaits a grade). */
  resultFinal: boolean;
  /** The result email went out already (or a decision email took its place). */
  resultEmailed: boolean;
}

export interface DecisionEmailPlan {
  /** `decision`: the organization's email for the decision; `result`: the result email; null: nothing. */
  kind: 'decision' | 'result' | null;
  /** Why, in words a reviewer reads before deciding. */
  reason: string;
}

/**
 * The one email a decision sends (never two for one decision): the
 * organization's email for that decision when it is enabled (with
 * `after_decision` it takes the result email's place), else the result email
 * when the assessment sends it with the decision and it has not gone yet.
 * Repeating a decision sends nothing.
 */
export function planDecisionEmail(input: DecisionEmailInput): DecisionEmailPlan {
  const name = input.decision === 'hired' ? 'hired' : 'rejected';
  if (input.previousDecision === input.decision) {
    return { kind: null, reason: `The attempt is already marked ${name}; deciding again sends nothing.` };
  }
  if (!input.hasRecipient) return { kind: null, reason: 'No email address is known for this candidate.' };
  const waitingResultEmail = input.policy === 'after_decision' && !input.resultEmailed;
  if (input.templateEnabled) {
    return {
      kind: 'decision',
      reason: waitingResultEmail
        ? `Your organization's "${name}" email goes to the candidate; it takes the place of the result email this assessment sends with the decision.`
        : `Your organization's "${name}" email goes to the candidate.`,
    };
  }
  const off = `Your organization's "${name}" email is off (Settings → Decision emails)`;
  if (waitingResultEmail) {
    return input.resultFinal
      ? { kind: 'result', reason: 'This assessment sends its result email with the decision.' }
      : { kind: null, reason: `${off}, and the result email cannot go yet: a task still awaits its grade.` };
  }
  if (input.policy === 'never') return { kind: null, reason: `${off}, and this assessment sends no result email.` };
  if (input.policy === 'after_decision') return { kind: null, reason: `${off}, and the result email has already been sent.` };
  return { kind: null, reason: `${off}, and this assessment sends its result email when the result is final, not with the decision.` };
}
