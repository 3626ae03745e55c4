import type { Config } from '../../config.js';
import { inTransaction, type Db } from '../../db/database.js';
import { NotFoundError, ValidationError } from '../../errors.js';
import { newId } from '../../ids.js';
import type { Clock } from '../../shared/clock.js';
import type { SecretBox } from '../../shared/secret-box.js';
import { takeUrlBase } from '../../shared/take-url.js';
import type { createAssessmentsService } from '../assessments/assessments-service.js';
import { effectiveKeyStatus } from '../invitations/invitations-fns.js';
import { findKey } from '../invitations/invitations-lifecycle.js';
import type { createInvitationsService } from '../invitations/invitations-service.js';
import { diffFields, recordAudit, type AuditContext } from '../audit/audit-service.js';
import { getOrganization } from '../orgs/orgs-service.js';
import { queueEmail } from '../outbox/outbox-publish.js';
import type { SessionsService } from '../sessions/sessions-service.js';
import { ownerEmails } from '../users/users-service.js';
import { BlockedAddressError, assertPublicUrl } from '../webhooks/webhooks-ssrf.js';
import {
  PARTNER_PATHS,
  candidateDisplayName,
  flatMetadata,
  partnerScore,
  partnerStatus,
  profileUrl,
  renderResponseErrorEmail,
  sealPatchCredential,
  sendTestRequestKey,
  type AttemptState,
} from './greenhouse-fns.js';
import {
  LIST_LIMIT,
  type CallObject,
  type DeliveryObject,
  type ErrorReportObject,
  type GreenhouseSettingsObject,
  type InterviewObject,
  type InterviewsQuery,
  type ResponseErrorBody,
  type SendTestBody,
  type TestStatusResponse,
  type UpdateGreenhouseSettingsBody,
} from './greenhouse-schemas.js';
import {
  findInterview,
  findInterviewByRequestKey,
  findSettings,
  insertCall,
  insertError,
  insertInterview,
  listCalls,
  listDeliveries,
  listDeliveryAttempts,
  listErrors,
  listInterviews,
  saveSettings,
  type InterviewRow,
} from './greenhouse-store.js';

/** Rolls back the invitation of a send_test that lost the race to an identical one. */
class DuplicateSendTest extends Error {}

function toInterviewObject(row: InterviewRow): InterviewObject {
  return {
    id: row.id,
    assessmentId: row.assessment_id,
    invitationId: row.invitation_id,
    candidateName: candidateDisplayName(row.candidate_first_name, row.candidate_last_name),
    candidateEmail: row.candidate_email,
    greenhouseProfileUrl: row.greenhouse_profile_url,
    createdAt: row.created_at,
  };
}

export interface GreenhouseServiceDeps {
  db: Db;
  clock: Clock;
  config: Pick<Config, 'publicUrl' | 'port' | 'webhookAllowPrivate'>;
  /** Opened on first use, so an instance that never stores a credential never needs the key file. */
  secretBox: () => SecretBox;
  invitations: Pick<ReturnType<typeof createInvitationsService>, 'generate'>;
  assessments: Pick<ReturnType<typeof createAssessmentsService>, 'list'>;
  sessions: Pick<SessionsService, 'get'>;
}

export function createGreenhouseService(deps: GreenhouseServiceDeps) {
  const { db, clock, config } = deps;
  const base = () => takeUrlBase(config).replace(/\/+$/, '');

  async function assertCallbackAllowed(url: string): Promise<void> {
    if (config.webhookAllowPrivate) return;
    try {
      await assertPublicUrl(new URL(url));
    } catch (error) {
      if (error instanceof BlockedAddressError) throw new ValidationError(error.message, { field: 'url' });
      throw new ValidationError(`The url cannot be resolved: ${(error as Error).message}`, { field: 'url' });
    }
  }

  async function attemptOf(orgId: string, sessionId: string | null): Promise<AttemptState | null> {
    if (!sessionId) return null;
    const view = await deps.sessions.get(orgId, sessionId);
    return {
      id: view.id,
      status: view.status,
      scoreStatus: view.scoreStatus,
      percentage: view.percentage,
      passed: view.passed,
      redFlag: view.redFlag,
      startedAt: view.startedAt,
      completedAt: view.completedAt,
      attemptNumber: view.attemptNumber,
      correctCount: view.correctCount,
      totalQuestions: view.totalQuestions,
      byCategory: view.breakdown?.byCategory ?? [],
    };
  }

  return {
    /** list_tests: the organization's assessments that are not deleted. */
    async listTests(orgId: string) {
      return (await deps.assessments.list(orgId)).map((assessment) => ({ partner_test_id: assessment.id, partner_test_name: assessment.title }));
    },

    /**
     * send_test: a candidate key for the candidate, emailed as any invitation,
     * and the interview that remembers where to report. The same request again
     * (Greenhouse's retry) answers the same interview and sends nothing.
     */
    async sendTest(context: AuditContext, body: SendTestBody): Promise<{ partner_interview_id: string }> {
      const { orgId } = context;
      const { candidate } = body;
      const requestKey = sendTestRequestKey({ partnerTestId: body.partner_test_id, email: candidate.email, url: body.url });
      const existing = await findInterviewByRequestKey(db, orgId, requestKey);
      if (existing) return { partner_interview_id: existing.id };
      await assertCallbackAllowed(body.url);
      const id = newId('ghi');
      const email = candidate.email.trim();
      try {
        await deps.invitations.generate(
          context,
          body.partner_test_id,
          { count: 1, candidateEmails: [email], candidateNames: [candidateDisplayName(candidate.first_name, candidate.last_name)] },
          {
            alongside: async (trx, keys) => {
              const inserted = await insertInterview(trx, {
                id,
                org_id: orgId,
                assessment_id: body.partner_test_id,
                invitation_id: keys[0]!.id,
                request_key: requestKey,
                candidate_email: email,
                candidate_first_name: candidate.first_name,
                candidate_last_name: candidate.last_name,
                greenhouse_profile_url: candidate.greenhouse_profile_url,
                resume_url: candidate.resume_url ?? null,
                phone_number: candidate.phone_number ?? null,
                callback_url: body.url,
                created_at: clock.now().toISOString(),
              });
              if (!inserted) throw new DuplicateSendTest();
            },
          },
        );
      } catch (error) {
        if (!(error instanceof DuplicateSendTest)) throw error;
        const winner = await findInterviewByRequestKey(db, orgId, requestKey);
        if (!winner) throw error;
        return { partner_interview_id: winner.id };
      }
      return { partner_interview_id: id };
    },

    /** test_status: where the candidate is, and the result once it is final. */
    async testStatus(orgId: string, interviewId: string): Promise<TestStatusResponse> {
      const interview = await findInterview(db, orgId, interviewId);
      if (!interview) throw new NotFoundError('Interview');
      const key = await findKey(db, orgId, interview.invitation_id);
      if (!key) throw new NotFoundError('Interview');
      const attempt = await attemptOf(orgId, key.current_session_id);
      const status = partnerStatus({ status: effectiveKeyStatus(key, clock.now()), revoked: key.revoked_at !== null }, attempt);
      return {
        partner_status: status,
        partner_profile_url: profileUrl(base(), attempt),
        partner_score: partnerScore(status, attempt),
        metadata: flatMetadata(status, attempt),
      };
    },

    /** response_error: kept for the organization, and its owners are told by email, in one transaction. */
    async recordResponseError(orgId: string, body: ResponseErrorBody): Promise<void> {
      await inTransaction(db, async (trx) => {
        const row = {
          id: newId('ghe'),
          org_id: orgId,
          api_call: body.api_call,
          errors: JSON.stringify(body.errors),
          partner_test_id: body.partner_test_id ?? null,
          partner_interview_id: body.partner_interview_id ?? null,
          candidate_email: body.candidate_email ?? null,
          body: JSON.stringify(body),
          created_at: clock.now().toISOString(),
        };
        await insertError(trx, row);
        const org = await getOrganization(trx, orgId);
        const email = renderResponseErrorEmail({
          orgName: org.name,
          apiCall: row.api_call,
          errors: body.errors,
          partnerTestId: row.partner_test_id,
          partnerInterviewId: row.partner_interview_id,
          candidateEmail: row.candidate_email,
          dashboardUrl: `${base()}/app/settings/integrations`,
        });
        for (const to of await ownerEmails(trx, orgId)) {
          await queueEmail(trx, clock, { orgId, kind: 'integration_error', to, relatedId: row.id, ...email });
        }
      });
    },

    /** One line of "recent calls"; the partner routes record every authenticated call. */
    async recordCall(orgId: string, call: { apiCall: string; statusCode: number; partnerTestId: string | null; partnerInterviewId: string | null }) {
      await insertCall(db, {
        id: newId('ghc'),
        org_id: orgId,
        api_call: call.apiCall,
        status_code: call.statusCode,
        partner_test_id: call.partnerTestId,
        partner_interview_id: call.partnerInterviewId,
        created_at: clock.now().toISOString(),
      });
    },

    async getSettings(orgId: string): Promise<GreenhouseSettingsObject> {
      const settings = await findSettings(db, orgId);
      const origin = base();
      return {
        urls: {
          listTests: origin + PARTNER_PATHS.listTests,
          sendTest: origin + PARTNER_PATHS.sendTest,
          testStatus: origin + PARTNER_PATHS.testStatus,
          responseError: origin + PARTNER_PATHS.responseError,
        },
        patchCredentialSet: Boolean(settings?.patch_credential_encrypted),
        updatedAt: settings?.updated_at ?? null,
      };
    },

    /** Absent: unchanged; null: cleared; a string: stored sealed. */
    async updateSettings(context: AuditContext, body: UpdateGreenhouseSettingsBody): Promise<GreenhouseSettingsObject> {
      const { orgId } = context;
      if (body.patchCredential !== undefined) {
        const credential = body.patchCredential;
        await inTransaction(db, async (trx) => {
          const before = await findSettings(trx, orgId);
          await saveSettings(trx, {
            org_id: orgId,
            patch_credential_encrypted: credential === null ? null : sealPatchCredential(deps.secretBox(), orgId, credential.trim()),
            updated_at: clock.now().toISOString(),
          });
          // The credential itself never enters the trail: only whether one is set, and that it was replaced.
          const wasSet = Boolean(before?.patch_credential_encrypted);
          await recordAudit(trx, clock, context, {
            action: 'integration.update',
            resourceType: 'integration',
            resourceId: 'greenhouse',
            resourceTitle: 'Greenhouse',
            details: { setting: 'patchCredential', replaced: wasSet && credential !== null },
            changes: diffFields({ patchCredentialSet: wasSet }, { patchCredentialSet: credential !== null }),
          });
        });
      }
      return this.getSettings(orgId);
    },

    async listInterviews(orgId: string, query: InterviewsQuery): Promise<InterviewObject[]> {
      let invitationIds: string[] | undefined = query.invitationId ? [query.invitationId] : undefined;
      if (query.sessionId) {
        let invitationId: string | null = null;
        try {
          invitationId = (await deps.sessions.get(orgId, query.sessionId)).invitationId;
        } catch (error) {
          if (!(error instanceof NotFoundError)) throw error;
        }
        invitationIds = invitationId === null ? [] : invitationIds ? invitationIds.filter((id) => id === invitationId) : [invitationId];
      }
      return (await listInterviews(db, orgId, { invitationIds }, LIST_LIMIT)).map(toInterviewObject);
    },

    async listCalls(orgId: string): Promise<CallObject[]> {
      return (await listCalls(db, orgId, LIST_LIMIT)).map((row) => ({
        id: row.id,
        apiCall: row.api_call,
        statusCode: row.status_code,
        partnerTestId: row.partner_test_id,
        partnerInterviewId: row.partner_interview_id,
        createdAt: row.created_at,
      }));
    },

    async listErrors(orgId: string): Promise<ErrorReportObject[]> {
      return (await listErrors(db, orgId, LIST_LIMIT)).map((row) => ({
        id: row.id,
        apiCall: row.api_call,
        errors: JSON.parse(row.errors) as string[],
        partnerTestId: row.partner_test_id,
        partnerInterviewId: row.partner_interview_id,
        candidateEmail: row.candidate_email,
        createdAt: row.created_at,
      }));
    },

    async listDeliveries(orgId: string): Promise<DeliveryObject[]> {
      const rows = await listDeliveries(db, orgId, LIST_LIMIT);
      const attempts = await listDeliveryAttempts(
        db,
        orgId,
        rows.map((row) => row.id),
      );
      return rows.map((row) => ({
        id: row.id,
        interviewId: row.interview_id,
        sessionId: row.session_id,
        status: row.status as DeliveryObject['status'],
        attempts: row.attempts,
        responseStatus: row.response_status,
        lastError: row.last_error,
        nextAttemptAt: row.next_attempt_at,
        deliveredAt: row.delivered_at,
        createdAt: row.created_at,
        attemptLog: attempts
          .filter((attempt) => attempt.delivery_id === row.id)
          .map((attempt) => ({
            attemptNumber: attempt.attempt_number,
            responseStatus: attempt.response_status,
            durationMs: attempt.duration_ms,
            error: attempt.error,
            attemptedAt: attempt.attempted_at,
          })),
      }));
    },
  };
}

export type GreenhouseService = ReturnType<typeof createGreenhouseService>;
