import type { Db } from '../../db/database.js';
import { NotFoundError } from '../../errors.js';
import { decodeIdCursor, encodeIdCursor } from '../../shared/id-cursor.js';
import type { EmailsQuery } from './emails-schemas.js';
import { findOrgEmail, pageEmails, type EmailRow, type EmailSummaryRow } from './emails-store.js';

type EmailStatus = 'queued' | 'sent' | 'failed';

export function toEmailSummary(row: EmailSummaryRow) {
  return {
    id: row.id,
    kind: row.kind,
    to: row.to_address,
    subject: row.subject,
    status: row.status as EmailStatus,
    attempts: row.attempts,
    lastError: row.last_error,
    messageId: row.message_id,
    relatedId: row.related_id,
    createdAt: row.created_at,
    sentAt: row.sent_at,
  };
}

export function toEmailView(row: EmailRow) {
  return { ...toEmailSummary(row), text: row.text_body, html: row.html_body };
}

/** The organization's outbox: what was (or will be) sent, for the dashboard's dev mailbox. */
export function createEmailsService(deps: { db: Db }) {
  const { db } = deps;
  return {
    async list(orgId: string, query: EmailsQuery) {
      const limit = query.limit ?? 20;
      const rows = await pageEmails(db, orgId, {
        status: query.status,
        kind: query.kind,
        to: query.to,
        relatedId: query.relatedId,
        beforeId: query.cursor ? decodeIdCursor(query.cursor) : undefined,
        limit: limit + 1,
      });
      const page = rows.slice(0, limit);
      const hasMore = rows.length > limit;
      return {
        emails: page.map(toEmailSummary),
        pagination: { limit, hasMore, nextCursor: hasMore ? encodeIdCursor(page[page.length - 1]!.id) : null },
      };
    },
    async get(orgId: string, id: string) {
      const row = await findOrgEmail(db, orgId, id);
      if (!row) throw new NotFoundError('Email');
      return toEmailView(row);
    },
  };
}
