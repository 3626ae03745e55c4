import type { Executor } from '../../db/database.js';
import type { RenderedEmail } from '../emails/emails-layout.js';
import { diffFields, recordAudit, type AuditContext } from '../audit/audit-service.js';
import { refreshSessionAggregates } from '../cohort/cohort-aggregates.js';
import { decisionTemplateEmail, placeholderValues } from '../decision-emails/decision-emails-service.js';
import { findKey, markDecision } from '../invitations/invitations-lifecycle.js';
import { queueEmail, recordDomainEvent } from '../outbox/outbox-publish.js';
import {
  candidateContactOf,
  renderResultEmailOf,
  sessionView,
  storedResultEmailSubject,
  type SessionEngineDeps,
} from './sessions-completion.js';
import { planDecisionEmail, type Decision, type DecisionEmailPlan, type ResultEmailPolicy } from './sessions-email-fns.js';
import { findAssessmentRow, findOrgName, findSession, updateSession, type SessionRow } from './sessions-store.js';

/**
 * A hiring decision on a closed attempt and everything it causes, in the
 * caller's transaction: the attempt's and the key's status, the one email it
 * sends (see planDecisionEmail), the result.decided event and the audit entry.
 */

export interface DecisionEmail extends DecisionEmailPlan {
  to: string | null;
  /** The email the decision would send; null when it sends none. */
  email: RenderedEmail | null;
}

/** How the audit trail and the emails name an attempt: "<candidate> · <assessment>". */
export function resultTitle(candidate: { name: string | null; email: string | null }, assessmentTitle: string): string {
  return `${candidate.name ?? candidate.email ?? 'Unnamed candidate'} · ${assessmentTitle}`;
}

/** What deciding `decision` on this closed attempt would send the candidate now, without sending it. */
export async function decisionEmailOf(trx: Executor, deps: SessionEngineDeps, session: SessionRow, decision: Decision): Promise<DecisionEmail> {
  const assessment = (await findAssessmentRow(trx, session.org_id, session.assessment_id))!;
  const invitation = (await findKey(trx, session.org_id, session.invitation_id))!;
  const contact = await candidateContactOf(trx, session, invitation);
  const template = await decisionTemplateEmail(
    trx,
    session.org_id,
    decision,
    placeholderValues({
      candidateName: contact.name,
      assessmentTitle: assessment.title,
      role: assessment.role,
      organizationName: await findOrgName(trx, session.org_id),
    }),
  );
  const plan = planDecisionEmail({
    decision,
    previousDecision: session.decision as Decision | null,
    policy: assessment.result_email as ResultEmailPolicy,
    hasRecipient: contact.email !== null,
    templateEnabled: template !== null,
    resultFinal: session.score_status !== 'PENDING',
    resultEmailed: session.result_emailed_at !== null,
  });
  let email: RenderedEmail | null = null;
  if (plan.kind === 'decision') email = template;
  if (plan.kind === 'result') email = (await renderResultEmailOf(trx, deps, await storedResultEmailSubject(trx, session)))?.email ?? null;
  return { ...plan, to: contact.email, email };
}

export interface QueuedDecisionEmail {
  id: string;
  kind: 'decision' | 'result';
  to: string;
  subject: string;
}

export interface DecisionOutcome {
  session: SessionRow;
  /** False when the attempt already had this decision (nothing was written). */
  changed: boolean;
  email: QueuedDecisionEmail | null;
}

/**
 * Records the decision on a closed attempt (the caller checked it is one).
 * Repeating the attempt's decision changes nothing. With `sendEmail` off the
 * reviewer skipped the email: none goes, and a result email still owed with
 * the decision stays owed.
 */
export async function applyDecision(
  trx: Executor,
  deps: SessionEngineDeps,
  context: AuditContext,
  session: SessionRow,
  decision: Decision,
  options: { sendEmail: boolean; bulk: boolean },
): Promise<DecisionOutcome> {
  if (session.decision === decision) return { session, changed: false, email: null };
  const { clock } = deps;
  const now = clock.now().toISOString();
  const planned = await decisionEmailOf(trx, deps, session, decision);
  const assessment = (await findAssessmentRow(trx, session.org_id, session.assessment_id))!;
  const closedStatus = session.closed_reason === 'deadline' ? 'expired' : 'completed';
  await updateSession(trx, session.id, {
    decision,
    decided_at: now,
    decided_by: context.actor.id,
    decided_by_name: context.actor.name,
    status: decision === 'hired' ? 'hired' : closedStatus,
    updated_at: now,
  });
  const invitation = (await findKey(trx, session.org_id, session.invitation_id))!;
  // A later attempt in progress owns the key's status.
  if (invitation.current_session_id === session.id) await markDecision(trx, invitation.id, decision);
  await refreshSessionAggregates(trx, clock, session.id);

  let email: QueuedDecisionEmail | null = null;
  if (options.sendEmail && planned.kind && planned.email && planned.to) {
    const kind = planned.kind;
    const id = await queueEmail(trx, clock, { orgId: session.org_id, kind, to: planned.to, ...planned.email, relatedId: session.id });
    email = { id, kind, to: planned.to, subject: planned.email.subject };
    // The result email went, or (with after_decision) the decision email took its place.
    if (session.result_emailed_at === null && (kind === 'result' || assessment.result_email === 'after_decision')) {
      await updateSession(trx, session.id, { result_emailed_at: now });
    }
  }

  const decided = (await findSession(trx, session.org_id, session.id))!;
  await recordDomainEvent(trx, clock, {
    orgId: session.org_id,
    type: 'result.decided',
    data: { session: await sessionView(trx, decided), decision, decidedAt: now, decidedBy: context.actor.name },
  });
  await recordAudit(trx, clock, context, {
    action: 'result.decide',
    resourceType: 'result',
    resourceId: session.id,
    resourceTitle: resultTitle(await candidateContactOf(trx, session, invitation), assessment.title),
    details: {
      decision,
      email: email ? { kind: email.kind, to: email.to } : null,
      ...(options.sendEmail ? {} : { emailSkipped: planned.kind !== null }),
      ...(options.bulk ? { bulk: true } : {}),
    },
    changes: diffFields({ decision: session.decision }, { decision }),
  });
  return { session: decided, changed: true, email };
}
