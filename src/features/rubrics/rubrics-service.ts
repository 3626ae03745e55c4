import { inTransaction, type Db, type Executor } from '../../db/database.js';
import { NotFoundError } from '../../errors.js';
import { newUuidV7 } from '../../ids.js';
import type { Clock } from '../../shared/clock.js';
import { recordAudit, type AuditContext } from '../audit/audit-service.js';
import { normalizeCriteria, totalPoints } from './rubrics-fns.js';
import type { CreateRubricBody, CriterionObject, RubricObject } from './rubrics-schemas.js';
import { findRubric, insertRubric, listRubrics, type RubricRow } from './rubrics-store.js';

export function toRubricObject(row: RubricRow): RubricObject {
  const criteria = JSON.parse(row.criteria) as CriterionObject[];
  return { id: row.id, name: row.name, criteria, totalPoints: totalPoints(criteria), createdAt: row.created_at };
}

/** The organization's (live) rubric by name and worth, or null: for assessments, which link one. Joins the caller's transaction. */
export async function findRubricSummary(db: Executor, orgId: string, id: string): Promise<{ name: string; totalPoints: number } | null> {
  const row = await findRubric(db, orgId, id);
  return row ? { name: row.name, totalPoints: totalPoints(JSON.parse(row.criteria) as CriterionObject[]) } : null;
}

export function createRubricsService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  return {
    async create(context: AuditContext, body: CreateRubricBody): Promise<RubricObject> {
      const criteria = normalizeCriteria(body.criteria, 'criteria');
      const now = clock.now();
      const row: RubricRow = {
        id: newUuidV7(now.getTime()),
        org_id: context.orgId,
        name: (body.name ?? 'Untitled rubric').trim(),
        criteria: JSON.stringify(criteria),
        created_at: now.toISOString(),
        deleted_at: null,
      };
      const rubric = toRubricObject(row);
      await inTransaction(db, async (trx) => {
        await insertRubric(trx, row);
        await recordAudit(trx, clock, context, {
          action: 'rubric.create',
          resourceType: 'rubric',
          resourceId: rubric.id,
          resourceTitle: rubric.name,
          details: { criteria: rubric.criteria.map((criterion) => criterion.name), totalPoints: rubric.totalPoints },
        });
      });
      return rubric;
    },
    async list(orgId: string): Promise<RubricObject[]> {
      return (await listRubrics(db, orgId)).map(toRubricObject);
    },
    async get(orgId: string, id: string): Promise<RubricObject> {
      const row = await findRubric(db, orgId, id);
      if (!row) throw new NotFoundError('Rubric');
      return toRubricObject(row);
    },
  };
}
