import type { Db, Executor } from '../../db/database.js';
import { inTransaction } from '../../db/database.js';
import { NotFoundError, ValidationError } from '../../errors.js';
import type { Clock } from '../../shared/clock.js';
import { diffFields, recordAudit, type AuditContext } from '../audit/audit-service.js';
import type { RenderedEmail } from '../emails/emails-layout.js';
import {
  DECISIONS,
  DEFAULT_TEMPLATES,
  PLACEHOLDERS,
  placeholderValues,
  renderDecisionEmail,
  templateProblems,
  type Decision,
  type PlaceholderValues,
} from './decision-emails-fns.js';
import type { PreviewBody, TemplateBody, TemplateObject } from './decision-emails-schemas.js';
import { findRecipientOfResult, findTemplateRow, listTemplateRows, saveTemplateRow, type TemplateRow } from './decision-emails-store.js';

/**
 * The organization's emails for a hiring decision: read, edit (audited), and
 * preview for a given result. Other features render a decision's email with
 * `decisionTemplateEmail`, in their own transaction.
 */

export { placeholderValues, type Decision, type PlaceholderValues } from './decision-emails-fns.js';

function toTemplateObject(decision: Decision, row: TemplateRow | undefined): TemplateObject {
  if (!row) return { decision, enabled: false, ...DEFAULT_TEMPLATES[decision], customized: false, updatedAt: null, updatedBy: null };
  return {
    decision,
    enabled: row.enabled === 1,
    subject: row.subject,
    body: row.body,
    customized: true,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by_name,
  };
}

function assertValidTemplate(body: { subject: string; body: string }): void {
  const problems = [...templateProblems('subject', body.subject), ...templateProblems('body', body.body)];
  if (problems.length > 0) {
    throw new ValidationError(problems.map((problem) => `${problem.field}: ${problem.message}`).join('; '), problems);
  }
}

/** The organization's email for this decision filled in for one candidate; null when the organization has not enabled it. */
export async function decisionTemplateEmail(db: Executor, orgId: string, decision: Decision, values: PlaceholderValues): Promise<RenderedEmail | null> {
  const row = await findTemplateRow(db, orgId, decision);
  if (!row || row.enabled !== 1) return null;
  return renderDecisionEmail(row, values);
}

export function createDecisionEmailsService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;

  return {
    async list(orgId: string) {
      const rows = new Map((await listTemplateRows(db, orgId)).map((row) => [row.decision, row]));
      return {
        templates: DECISIONS.map((decision) => toTemplateObject(decision, rows.get(decision))),
        placeholders: PLACEHOLDERS.map((placeholder) => ({ ...placeholder, token: `{{${placeholder.name}}}` })),
      };
    },

    /** Saves the organization's email for a decision (one audit entry with what changed). */
    async update(context: AuditContext, decision: Decision, body: TemplateBody): Promise<TemplateObject> {
      assertValidTemplate(body);
      return inTransaction(db, async (trx) => {
        const before = toTemplateObject(decision, await findTemplateRow(trx, context.orgId, decision));
        const row: TemplateRow = {
          org_id: context.orgId,
          decision,
          enabled: body.enabled ? 1 : 0,
          subject: body.subject,
          body: body.body,
          updated_at: clock.now().toISOString(),
          updated_by_name: context.actor.name,
        };
        await saveTemplateRow(trx, row);
        const after = toTemplateObject(decision, row);
        const fields = (template: TemplateObject) => ({ enabled: template.enabled, subject: template.subject, body: template.body });
        await recordAudit(trx, clock, context, {
          action: 'decision_email.update',
          resourceType: 'decision_email',
          resourceId: decision,
          resourceTitle: decision === 'hired' ? 'Hired email' : 'Rejected email',
          changes: diffFields(fields(before), fields(after)),
        });
        return after;
      });
    },

    /** A template (saved or not) filled in for the candidate of one result. */
    async preview(orgId: string, body: PreviewBody) {
      assertValidTemplate(body);
      const recipient = await findRecipientOfResult(db, orgId, body.sessionId);
      if (!recipient) throw new NotFoundError('Result');
      const values = placeholderValues({
        candidateName: recipient.invitation_name ?? recipient.candidate_name,
        assessmentTitle: recipient.assessment_title,
        role: recipient.assessment_role,
        organizationName: recipient.org_name,
      });
      return { email: { to: recipient.invitation_email ?? recipient.candidate_email, ...renderDecisionEmail(body, values) } };
    },
  };
}
