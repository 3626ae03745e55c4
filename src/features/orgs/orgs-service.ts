import type { Db, Executor } from '../../db/database.js';
import { inTransaction } from '../../db/database.js';
import { newId } from '../../ids.js';
import { ConflictError, NotFoundError, PaymentRequiredError } from '../../errors.js';
import type { Clock } from '../../shared/clock.js';
import { firstFreeSlug, slugify } from '../../shared/slug.js';
import { createApiKey } from '../api-keys/api-keys-service.js';
import type { AuditSource } from '../audit/audit-context.js';
import { diffFields, recordAudit } from '../audit/audit-service.js';
import { seedIssueCatalog } from '../issues/issues-catalog.js';
import { findOrganization, insertOrganization, slugsStartingWith, updateOrganization, type OrganizationRow } from './orgs-store.js';

export type SubscriptionStatus = 'active' | 'trialing' | 'inactive';

export interface OrganizationView {
  id: string;
  name: string;
  slug: string;
  subscriptionStatus: SubscriptionStatus;
  trialEndsAt: string | null;
  monthlyAssessmentQuota: number | null;
  createdAt: string;
  updatedAt: string;
}

export function toOrganizationView(row: OrganizationRow): OrganizationView {
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    subscriptionStatus: row.subscription_status as SubscriptionStatus,
    trialEndsAt: row.trial_ends_at,
    monthlyAssessmentQuota: row.monthly_assessment_quota,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** An organization as the trail compares it before and after an edit. */
function organizationAuditView(org: OrganizationView): Record<string, unknown> {
  return {
    name: org.name,
    subscriptionStatus: org.subscriptionStatus,
    trialEndsAt: org.trialEndsAt,
    monthlyAssessmentQuota: org.monthlyAssessmentQuota,
  };
}

export interface CreateOrganizationInput {
  name: string;
  slug?: string;
  subscriptionStatus?: SubscriptionStatus;
  trialEndsAt?: string | null;
  monthlyAssessmentQuota?: number | null;
}

/** Creates an organization with its issue catalog, inside the caller's transaction. */
export async function createOrganization(
  trx: Executor,
  clock: Clock,
  input: CreateOrganizationInput,
): Promise<OrganizationRow> {
  const now = clock.now().toISOString();
  let slug: string;
  if (input.slug) {
    const taken = await slugsStartingWith(trx, input.slug);
    if (taken.has(input.slug)) throw new ConflictError(`The slug "${input.slug}" is taken`, 'slug_taken');
    slug = input.slug;
  } else {
    const base = slugify(input.name);
    slug = firstFreeSlug(base, await slugsStartingWith(trx, base));
  }
  const row: OrganizationRow = {
    id: newId('org'),
    name: input.name,
    slug,
    subscription_status: input.subscriptionStatus ?? 'active',
    trial_ends_at: input.trialEndsAt ?? null,
    monthly_assessment_quota: input.monthlyAssessmentQuota ?? null,
    created_at: now,
    updated_at: now,
  };
  await insertOrganization(trx, row);
  await seedIssueCatalog(trx, row.id, now);
  return row;
}

/**
 * 402 unless the organization may create assessments and keys: an active
 * subscription, or a trial that has not ended.
 */
export function assertSubscriptionActive(org: OrganizationRow, now: Date): void {
  if (org.subscription_status === 'inactive') {
    throw new PaymentRequiredError('Your subscription is inactive');
  }
  if (org.subscription_status === 'trialing' && org.trial_ends_at && Date.parse(org.trial_ends_at) <= now.getTime()) {
    throw new PaymentRequiredError('Your trial has expired');
  }
}

export async function getOrganization(db: Executor, orgId: string): Promise<OrganizationRow> {
  const org = await findOrganization(db, orgId);
  if (!org) throw new NotFoundError('Organization');
  return org;
}

export interface UpdateOrganizationInput {
  name?: string;
  subscriptionStatus?: SubscriptionStatus;
  trialEndsAt?: string | null;
  monthlyAssessmentQuota?: number | null;
}

export function createOrgsService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  return {
    /** Operator: a new organization and its first API key, holding every scope. */
    create(source: AuditSource, input: CreateOrganizationInput) {
      return inTransaction(db, async (trx) => {
        const org = await createOrganization(trx, clock, input);
        const { apiKey, key } = await createApiKey(trx, clock, org.id, { name: 'Initial key', createdBy: null });
        await recordAudit(trx, clock, { ...source, orgId: org.id }, {
          action: 'org.create',
          resourceType: 'organization',
          resourceId: org.id,
          resourceTitle: org.name,
          details: { slug: org.slug, initialApiKey: { id: apiKey.id, name: apiKey.name } },
        });
        return { org: toOrganizationView(org), apiKey: key };
      });
    },
    /** PATCH semantics: an absent field is unchanged, null clears it. */
    update(source: AuditSource, orgId: string, input: UpdateOrganizationInput) {
      return inTransaction(db, async (trx) => {
        const before = toOrganizationView(await getOrganization(trx, orgId));
        const changes: Partial<OrganizationRow> = { updated_at: clock.now().toISOString() };
        if (input.name !== undefined) changes.name = input.name;
        if (input.subscriptionStatus !== undefined) changes.subscription_status = input.subscriptionStatus;
        if (input.trialEndsAt !== undefined) changes.trial_ends_at = input.trialEndsAt;
        if (input.monthlyAssessmentQuota !== undefined) changes.monthly_assessment_quota = input.monthlyAssessmentQuota;
        await updateOrganization(trx, orgId, changes);
        const after = toOrganizationView(await getOrganization(trx, orgId));
        await recordAudit(trx, clock, { ...source, orgId }, {
          action: 'org.update',
          resourceType: 'organization',
          resourceId: orgId,
          resourceTitle: after.name,
          changes: diffFields(organizationAuditView(before), organizationAuditView(after)),
        });
        return after;
      });
    },
    async get(orgId: string) {
      return toOrganizationView(await getOrganization(db, orgId));
    },
  };
}
