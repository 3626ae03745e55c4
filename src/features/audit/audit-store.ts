import type { Executor } from '../../db/database.js';
import type { AuditLogTable } from '../../db/schema.js';

export type AuditRow = AuditLogTable;

/** One insert statement: the rows commit together or not at all. */
export async function insertAuditRows(db: Executor, rows: readonly AuditRow[]): Promise<void> {
  await db.insertInto('audit_log').values([...rows]).execute();
}

export interface AuditFilters {
  action?: string;
  /** Only these actions, or every action but these (a kind of the catalog). */
  actionIn?: readonly string[];
  actionNotIn?: readonly string[];
  resourceType?: string;
  resourceId?: string;
  actor?: string;
  actorType?: string;
  /** Inclusive lower and exclusive upper bound on created_at (ISO strings). */
  from?: string;
  to?: string;
  /** Entries with an id below this one (newest first). */
  beforeId?: string;
}

/** Newest first, keyset-paged on the time-sortable id. */
export function listAuditRows(db: Executor, orgId: string, filters: AuditFilters, limit: number): Promise<AuditRow[]> {
  let query = db.selectFrom('audit_log').selectAll().where('org_id', '=', orgId);
  if (filters.action !== undefined) query = query.where('action', '=', filters.action);
  if (filters.actionIn !== undefined) query = query.where('action', 'in', filters.actionIn);
  if (filters.actionNotIn !== undefined) query = query.where('action', 'not in', filters.actionNotIn);
  if (filters.resourceType !== undefined) query = query.where('resource_type', '=', filters.resourceType);
  if (filters.resourceId !== undefined) query = query.where('resource_id', '=', filters.resourceId);
  if (filters.actor !== undefined) query = query.where('actor_id', '=', filters.actor);
  if (filters.actorType !== undefined) query = query.where('actor_type', '=', filters.actorType);
  if (filters.from !== undefined) query = query.where('created_at', '>=', filters.from);
  if (filters.to !== undefined) query = query.where('created_at', '<', filters.to);
  if (filters.beforeId !== undefined) query = query.where('id', '<', filters.beforeId);
  return query.orderBy('id', 'desc').limit(limit).execute();
}
