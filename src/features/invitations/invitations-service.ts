import type { Config } from '../../config.js';
import type { Db, Executor } from '../../db/database.js';
import { inTransaction } from '../../db/database.js';
import { isUniqueViolation } from '../../db/dialect.js';
import { NotFoundError } from '../../errors.js';
import { newId, newUuid } from '../../ids.js';
import type { Clock } from '../../shared/clock.js';
import { clampPage } from '../../shared/paging.js';
import { recordAudit, type AuditContext } from '../audit/audit-service.js';
import { assertSubscriptionActive, getOrganization } from '../orgs/orgs-service.js';
import { queueEmail, recordDomainEvent } from '../outbox/outbox-publish.js';
import { renderInvitationEmail } from '../emails/emails-invitation.js';
import { takeUrlBase } from '../../shared/take-url.js';
import {
  generateCandidateKey,
  generateRecordVerificationId,
  keyExpiry,
  keyTitleOf,
  planKeyRequest,
  toKeyObject,
  type InvitationRow,
} from './invitations-fns.js';
import {
  CANDIDATE_PAGE,
  type CandidateObject,
  type CandidatesQuery,
  type CreateKeysBody,
  type KeyObject,
} from './invitations-schemas.js';
import {
  findInvitation,
  findLiveAssessment,
  existingKeys,
  insertInvitations,
  listActiveKeys,
  pageOrgCandidates,
  revokeInvitation,
  upsertCandidate,
} from './invitations-store.js';

/** A unique key collision that slipped past the pre-check aborts the transaction; it is retried whole. */
const GENERATE_ATTEMPTS = 3;

/** `count` keys unused anywhere (checked against the database, and among themselves). */
async function freshKeys(trx: Executor, count: number): Promise<string[]> {
  const keys = new Set<string>();
  while (keys.size < count) {
    const batch = new Set<string>();
    while (batch.size < count - keys.size) {
      const key = generateCandidateKey();
      if (!keys.has(key)) batch.add(key);
    }
    const taken = await existingKeys(trx, [...batch]);
    for (const key of batch) if (!taken.has(key)) keys.add(key);
  }
  return [...keys];
}

/**
 * Ends a key's attempt in progress when the key is revoked, in the revoking
 * transaction. The attempt feature provides it (the app wires it in), so that
 * keys do not depend on attempts.
 */
export type EndAttemptOnRevoke = (trx: Executor, orgId: string, sessionId: string) => Promise<unknown>;

export interface GenerateOptions {
  /**
   * Runs in the generating transaction once the keys exist (an integration
   * records where they came from): it throws, and no key, email or event is kept.
   */
  alongside?: (trx: Executor, keys: readonly KeyObject[]) => Promise<void>;
}

export function createInvitationsService(deps: {
  db: Db;
  clock: Clock;
  config: Pick<Config, 'publicUrl' | 'port'>;
  endAttemptOnRevoke?: EndAttemptOnRevoke;
}) {
  const { db, clock, config } = deps;

  async function generateOnce(context: AuditContext, assessmentId: string, body: CreateKeysBody, options: GenerateOptions): Promise<KeyObject[]> {
    const { orgId } = context;
    const plan = planKeyRequest(body);
    return inTransaction(db, async (trx) => {
      const assessment = await findLiveAssessment(trx, orgId, assessmentId);
      if (!assessment) throw new NotFoundError('Assessment');
      const org = await getOrganization(trx, orgId);
      const now = clock.now();
      assertSubscriptionActive(org, now);
      const at = now.toISOString();
      const expiresAt = keyExpiry(now, assessment.expires_in_days);
      const keys = await freshKeys(trx, plan.length);
      const timeMultiplier = body.timeMultiplier ?? 1;

      const rows: InvitationRow[] = [];
      for (const [index, candidate] of plan.entries()) {
        const candidateId = candidate.email
          ? await upsertCandidate(trx, { id: newId('cand'), orgId, email: candidate.email, name: candidate.name, now: at })
          : null;
        rows.push({
          id: newId('key'),
          org_id: orgId,
          assessment_id: assessment.id,
          candidate_id: candidateId,
          candidate_email: candidate.email,
          candidate_name: candidate.name,
          key: keys[index]!,
          invite_token: newUuid(),
          record_verification_id: generateRecordVerificationId(),
          status: 'pending',
          time_multiplier: timeMultiplier,
          attempt_count: 0,
          locked: 0,
          current_session_id: null,
          expires_at: expiresAt,
          redeemed_at: null,
          completed_at: null,
          reminder_sent_at: null,
          created_at: at,
          revoked_at: null,
        });
      }
      await insertInvitations(trx, rows);

      const orgName = body.orgName ?? org.name;
      for (const row of rows) {
        const key = toKeyObject(row, now);
        await recordDomainEvent(trx, clock, {
          orgId,
          type: 'invitation.created',
          data: { ...key, assessmentId: assessment.id, inviteToken: row.invite_token, createdAt: row.created_at },
        });
        if (row.candidate_email) {
          const email = renderInvitationEmail({
            orgName,
            candidateName: row.candidate_name,
            assessmentTitle: assessment.title,
            role: assessment.role,
            key: row.key,
            takeUrl: `${takeUrlBase(config)}/take/${row.key}`,
            expiresAt: row.expires_at,
            timeLimitMinutes: assessment.time_limit_minutes,
            timeMultiplier,
          });
          await queueEmail(trx, clock, { orgId, kind: 'invitation', to: row.candidate_email, relatedId: row.id, ...email });
        }
        await recordAudit(trx, clock, context, {
          action: 'key.create',
          resourceType: 'key',
          resourceId: row.id,
          resourceTitle: keyTitleOf(row),
          details: { assessmentId: assessment.id, assessmentTitle: assessment.title, expiresAt: row.expires_at, emailed: row.candidate_email !== null },
        });
      }
      const created = rows.map((row) => toKeyObject(row, now));
      if (options.alongside) await options.alongside(trx, created);
      return created;
    });
  }

  return {
    /** Generates keys with their candidates, invitation emails and events: all in one transaction, or nothing. */
    async generate(context: AuditContext, assessmentId: string, body: CreateKeysBody, options: GenerateOptions = {}): Promise<KeyObject[]> {
      for (let attempt = 1; ; attempt++) {
        try {
          return await generateOnce(context, assessmentId, body, options);
        } catch (error) {
          if (attempt >= GENERATE_ATTEMPTS || !isUniqueViolation(error)) throw error;
        }
      }
    },

    async list(orgId: string, assessmentId: string): Promise<KeyObject[]> {
      const assessment = await findLiveAssessment(db, orgId, assessmentId);
      if (!assessment) throw new NotFoundError('Assessment');
      const now = clock.now();
      return (await listActiveKeys(db, orgId, assessmentId)).map((row) => toKeyObject(row, now));
    },

    /**
     * Revokes a key. An attempt in progress ends with it, as revoked: the
     * reviewer keeps what was saved, the candidate's next call answers 410.
     */
    async revoke(context: AuditContext, assessmentId: string, keyId: string): Promise<void> {
      const { orgId } = context;
      await inTransaction(db, async (trx) => {
        const at = clock.now().toISOString();
        if (!(await revokeInvitation(trx, orgId, assessmentId, keyId, at))) throw new NotFoundError('Key');
        const key = (await findInvitation(trx, orgId, keyId))!;
        const sessionId = key.current_session_id;
        if (sessionId && deps.endAttemptOnRevoke) await deps.endAttemptOnRevoke(trx, orgId, sessionId);
        const assessment = await findLiveAssessment(trx, orgId, assessmentId);
        await recordAudit(trx, clock, context, {
          action: 'key.revoke',
          resourceType: 'key',
          resourceId: keyId,
          resourceTitle: keyTitleOf(key),
          details: { assessmentId, assessmentTitle: assessment?.title ?? null },
        });
      });
    },

    async listCandidates(orgId: string, query: CandidatesQuery) {
      const page = clampPage(query, CANDIDATE_PAGE);
      const now = clock.now();
      const { rows, total } = await pageOrgCandidates(db, orgId, page);
      const candidates: CandidateObject[] = rows.map((row) => {
        const key = toKeyObject(row, now);
        return {
          id: key.id,
          key: key.key,
          candidateName: key.candidateName,
          candidateEmail: key.candidateEmail,
          status: key.status,
          sessionId: key.sessionId,
          completedAt: key.completedAt,
          redeemedAt: key.redeemedAt,
          expiresAt: key.expiresAt,
          assessmentId: row.assessment_id,
          assessmentTitle: row.assessment_title,
        };
      });
      return { candidates, total, ...page };
    },
  };
}
