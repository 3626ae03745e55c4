import type { Db, Executor } from '../../db/database.js';
import { ValidationError } from '../../errors.js';
import { newId } from '../../ids.js';
import type { Clock } from '../../shared/clock.js';
import type { Actor } from '../auth/auth-principal.js';
import { parseStorableInstant } from '../../shared/timestamps.js';
import { createGroupCommit, type GroupCommit } from '../../db/group-commit.js';
import { AUDIT_ACTIONS, AUDIT_RESOURCE_TYPES, auditActionsOf, type AuditAction, type AuditKind } from './audit-actions.js';
import { insertAuditRows, listAuditRows, type AuditRow } from './audit-store.js';

/**
 * The audit trail: every change (grades, decisions, keys, assessments,
 * webhooks, API keys, users and roles) and every sensitive read (results,
 * answers, exports, reports, scores): who, what, from where, when, with
 * before/after for edits. Entries are written in the transaction of the change
 * (or during the request that makes the read), before its response is sent,
 * and are append-only: no route changes or deletes them.
 */

/** Who made a request and from where; built from the request at the route edge. */
export interface AuditContext {
  orgId: string;
  actor: Actor;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

export interface AuditEntryInput {
  /** One of the catalog (audit-actions.ts). */
  action: AuditAction;
  resourceType: string;
  resourceId?: string | null;
  /** The resource's name people know it by (an assessment's title, a candidate's name), as it is now. */
  resourceTitle?: string | null;
  /** What was asked: an export's format, a list's filters and the ids it returned. */
  details?: Record<string, unknown> | null;
  /** An edit's fields as they were and as they are (see `diffFields`). */
  changes?: FieldChanges | null;
}

/** The fields an edit changed, as they were and as they became. */
export interface FieldChanges {
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

function sameValue(left: unknown, right: unknown): boolean {
  return JSON.stringify(left) === JSON.stringify(right);
}

/**
 * The fields that differ between two views of a resource, each side holding
 * only those; null when nothing changed. Secrets must be left out of both
 * views by the caller.
 */
export function diffFields(before: Record<string, unknown>, after: Record<string, unknown>): FieldChanges | null {
  const changes: FieldChanges = { before: {}, after: {} };
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (sameValue(before[key], after[key])) continue;
    changes.before[key] = before[key] ?? null;
    changes.after[key] = after[key] ?? null;
  }
  return Object.keys(changes.after).length === 0 ? null : changes;
}

const TITLE_LENGTH = 120;

/** A long text (a question) as a title: its first line, cut at 120 characters. */
export function shortTitle(text: string): string {
  const line = text.trim().split(/\r?\n/, 1)[0]!.trim();
  return line.length > TITLE_LENGTH ? `${line.slice(0, TITLE_LENGTH - 1).trimEnd()}…` : line;
}

/**
 * How the trail names a result (an attempt): its candidate and assessment,
 * "Ada Lovelace · Backend screen"; the email stands in for a missing name.
 */
export function resultTitleOf(candidate: { name: string | null; email: string | null }, assessmentTitle: string): string {
  return `${candidate.name || candidate.email || 'Anonymous candidate'} · ${assessmentTitle}`;
}

/** Rows in one batched insert: well under SQLite's limit of bound parameters (16 columns a row). */
const AUDIT_BATCH_ROWS = 500;
const batchedWriters = new WeakMap<Executor, GroupCommit<AuditRow>>();

/** The group commit of entries written outside a transaction (the audited reads), one per database. */
export function auditWriterFor(db: Executor): GroupCommit<AuditRow> {
  let writer = batchedWriters.get(db);
  if (!writer) {
    writer = createGroupCommit<AuditRow>((rows) => insertAuditRows(db, rows), { maxBatch: AUDIT_BATCH_ROWS });
    batchedWriters.set(db, writer);
  }
  return writer;
}

/**
 * Writes one audit entry and resolves once it is committed. Pass the
 * request's transaction when there is one: the entry commits with the change
 * it records. Outside a transaction (an audited read), entries of concurrent
 * requests are committed together in one insert (group commit), each request
 * waiting for the commit that holds its entry.
 */
export async function recordAudit(db: Executor, clock: Clock, context: AuditContext, entry: AuditEntryInput): Promise<string> {
  const id = newId('aud');
  const row: AuditRow = {
    id,
    org_id: context.orgId,
    actor_type: context.actor.type,
    actor_id: context.actor.id,
    actor_name: context.actor.name,
    action: entry.action,
    resource_type: entry.resourceType,
    resource_id: entry.resourceId ?? null,
    resource_title: entry.resourceTitle ?? null,
    ip: context.ip,
    user_agent: context.userAgent ? context.userAgent.slice(0, 512) : null,
    request_id: context.requestId,
    details: entry.details ? JSON.stringify(entry.details) : null,
    changes: entry.changes ? JSON.stringify(entry.changes) : null,
    created_at: clock.now().toISOString(),
  };
  if (db.isTransaction) await insertAuditRows(db, [row]);
  else await auditWriterFor(db).add(row);
  return id;
}

export interface AuditEntryView {
  id: string;
  actor: Actor;
  action: string;
  resourceType: string;
  resourceId: string | null;
  resourceTitle: string | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  details: Record<string, unknown> | null;
  changes: FieldChanges | null;
  createdAt: string;
}

export function toAuditEntryView(row: AuditRow): AuditEntryView {
  return {
    id: row.id,
    actor: { type: row.actor_type, id: row.actor_id, name: row.actor_name },
    action: row.action,
    resourceType: row.resource_type,
    resourceId: row.resource_id,
    resourceTitle: row.resource_title,
    ip: row.ip,
    userAgent: row.user_agent,
    requestId: row.request_id,
    details: row.details ? (JSON.parse(row.details) as Record<string, unknown>) : null,
    changes: row.changes ? (JSON.parse(row.changes) as FieldChanges) : null,
    createdAt: row.created_at,
  };
}

export interface AuditQuery {
  action?: string;
  kind?: AuditKind;
  resourceType?: string;
  resourceId?: string;
  actor?: string;
  actorType?: string;
  from?: string;
  to?: string;
  limit?: number;
  cursor?: string;
}

const CURSOR_PATTERN = /^aud_[0-9A-Z]{26}$/;

function isoOrThrow(value: string | undefined, field: string): string | undefined {
  if (value === undefined) return undefined;
  const instant = parseStorableInstant(value);
  if (instant === null) throw new ValidationError(`${field} must be an ISO 8601 date-time`, [{ field, message: 'must be an ISO 8601 date-time' }]);
  return instant;
}

export function createAuditService(deps: { db: Db; clock: Clock }) {
  const { db } = deps;
  return {
    /** Entries newest first; `nextCursor` continues after the last one. */
    async list(orgId: string, query: AuditQuery): Promise<{ entries: AuditEntryView[]; nextCursor: string | null }> {
      const limit = Math.min(Math.max(Math.trunc(query.limit ?? 50), 1), 200);
      if (query.cursor !== undefined && !CURSOR_PATTERN.test(query.cursor)) {
        throw new ValidationError('cursor is not a cursor from this endpoint', [{ field: 'cursor', message: 'is invalid' }], 'invalid_cursor');
      }
      const from = isoOrThrow(query.from, 'from');
      const to = isoOrThrow(query.to, 'to');
      const rows = await listAuditRows(
        db,
        orgId,
        {
          action: query.action,
          ...(query.kind === undefined ? {} : query.kind === 'read' ? { actionIn: auditActionsOf('read') } : { actionNotIn: auditActionsOf('read') }),
          resourceType: query.resourceType,
          resourceId: query.resourceId,
          actor: query.actor,
          actorType: query.actorType,
          from,
          to,
          beforeId: query.cursor,
        },
        limit + 1,
      );
      const page = rows.slice(0, limit);
      return {
        entries: page.map(toAuditEntryView),
        nextCursor: rows.length > limit ? page[page.length - 1]!.id : null,
      };
    },

    /** The catalog of actions and the resource types they name. */
    catalog() {
      const actions = Object.entries(AUDIT_ACTIONS).map(([action, info]) => ({ action, ...info }));
      return { actions, resourceTypes: AUDIT_RESOURCE_TYPES };
    },
  };
}
