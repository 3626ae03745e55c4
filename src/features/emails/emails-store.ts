import type { Executor } from '../../db/database.js';
import type { EmailsTable } from '../../db/schema.js';

export type EmailRow = EmailsTable;

/** The worker's read: by id alone (the job carries it). */
export function findEmail(db: Executor, id: string): Promise<EmailRow | undefined> {
  return db.selectFrom('emails').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findOrgEmail(db: Executor, orgId: string, id: string): Promise<EmailRow | undefined> {
  return db.selectFrom('emails').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export interface EmailPageQuery {
  status?: string;
  kind?: string;
  to?: string;
  relatedId?: string;
  /** Newest first: only emails with an id below this. */
  beforeId?: string;
  limit: number;
}

export type EmailSummaryRow = Omit<EmailRow, 'text_body' | 'html_body'>;

export function pageEmails(db: Executor, orgId: string, query: EmailPageQuery): Promise<EmailSummaryRow[]> {
  let select = db
    .selectFrom('emails')
    .select([
      'id',
      'org_id',
      'kind',
      'to_address',
      'subject',
      'related_id',
      'status',
      'attempts',
      'last_error',
      'message_id',
      'created_at',
      'sent_at',
    ])
    .where('org_id', '=', orgId)
    .orderBy('id', 'desc')
    .limit(query.limit);
  if (query.status) select = select.where('status', '=', query.status);
  if (query.kind) select = select.where('kind', '=', query.kind);
  if (query.to) select = select.where('to_address', '=', query.to);
  if (query.relatedId) select = select.where('related_id', '=', query.relatedId);
  if (query.beforeId) select = select.where('id', '<', query.beforeId);
  return select.execute();
}

export async function markEmailSent(db: Executor, id: string, messageId: string, now: string): Promise<void> {
  await db
    .updateTable('emails')
    .set((eb) => ({ status: 'sent', sent_at: now, message_id: messageId, last_error: null, attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

/** A failed attempt: `queued` while the runner will retry, `failed` after the last one. */
export async function markEmailAttemptFailed(db: Executor, id: string, error: string, final: boolean): Promise<void> {
  await db
    .updateTable('emails')
    .set((eb) => ({ status: final ? 'failed' : 'queued', last_error: error, attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

export interface ReminderCandidateRow {
  id: string;
  org_id: string;
  key: string;
  candidate_email: string;
  candidate_name: string | null;
  expires_at: string;
  time_multiplier: number;
  assessment_title: string;
  role: string;
  time_limit_minutes: number | null;
  org_name: string;
}

/**
 * Unused keys with an email address that expire within the window and have had
 * no reminder yet. Keys created inside the window are left alone: their
 * invitation is still fresh.
 */
export function listKeysDueForReminder(
  db: Executor,
  input: { now: string; windowEnd: string; createdBefore: string; limit: number },
): Promise<ReminderCandidateRow[]> {
  return db
    .selectFrom('invitations as i')
    .innerJoin('assessments as a', 'a.id', 'i.assessment_id')
    .innerJoin('organizations as o', 'o.id', 'i.org_id')
    .select([
      'i.id',
      'i.org_id',
      'i.key',
      'i.expires_at',
      'i.time_multiplier',
      'i.candidate_name',
      'a.title as assessment_title',
      'a.role',
      'a.time_limit_minutes',
      'o.name as org_name',
    ])
    .select((eb) => eb.fn.coalesce('i.candidate_email', eb.val('')).as('candidate_email'))
    .where('i.status', '=', 'pending')
    .where('i.expires_at', '>', input.now)
    .where('i.expires_at', '<=', input.windowEnd)
    .where('i.reminder_sent_at', 'is', null)
    .where('i.revoked_at', 'is', null)
    .where('i.candidate_email', 'is not', null)
    .where('i.created_at', '<=', input.createdBefore)
    .where('a.deleted_at', 'is', null)
    .orderBy('i.expires_at')
    .limit(input.limit)
    .execute();
}

/** Claims the reminder of one key (true once, whoever asks, however often). */
export async function claimReminder(db: Executor, invitationId: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ reminder_sent_at: now })
    .where('id', '=', invitationId)
    .where('reminder_sent_at', 'is', null)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
