import type { Executor } from '../../db/database.js';
import type { DecisionEmailTemplatesTable } from '../../db/schema.js';

/** SQL of the organization's decision email templates, and the names a preview fills in. */

export type TemplateRow = DecisionEmailTemplatesTable;

export function listTemplateRows(db: Executor, orgId: string): Promise<TemplateRow[]> {
  return db.selectFrom('decision_email_templates').selectAll().where('org_id', '=', orgId).execute();
}

export function findTemplateRow(db: Executor, orgId: string, decision: string): Promise<TemplateRow | undefined> {
  return db.selectFrom('decision_email_templates').selectAll().where('org_id', '=', orgId).where('decision', '=', decision).executeTakeFirst();
}

export async function saveTemplateRow(db: Executor, row: TemplateRow): Promise<void> {
  await db
    .insertInto('decision_email_templates')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['org_id', 'decision']).doUpdateSet({
        enabled: row.enabled,
        subject: row.subject,
        body: row.body,
        updated_at: row.updated_at,
        updated_by_name: row.updated_by_name,
      }),
    )
    .execute();
}

export interface RecipientRow {
  invitation_email: string | null;
  invitation_name: string | null;
  candidate_email: string | null;
  candidate_name: string | null;
  assessment_title: string;
  assessment_role: string;
  org_name: string;
}

/** Who a finished attempt of the organization is by, and what it was for; undefined for unknown, foreign or open ones. */
export function findRecipientOfResult(db: Executor, orgId: string, sessionId: string): Promise<RecipientRow | undefined> {
  return db
    .selectFrom('sessions as s')
    .innerJoin('assessments as a', 'a.id', 's.assessment_id')
    .innerJoin('invitations as i', 'i.id', 's.invitation_id')
    .innerJoin('organizations as o', 'o.id', 's.org_id')
    .leftJoin('candidates as c', 'c.id', 's.candidate_id')
    .select([
      'i.candidate_email as invitation_email',
      'i.candidate_name as invitation_name',
      'c.email as candidate_email',
      'c.name as candidate_name',
      'a.title as assessment_title',
      'a.role as assessment_role',
      'o.name as org_name',
    ])
    .where('s.org_id', '=', orgId)
    .where('s.id', '=', sessionId)
    .where('s.completed_at', 'is not', null)
    .where('a.deleted_at', 'is', null)
    .executeTakeFirst();
}
