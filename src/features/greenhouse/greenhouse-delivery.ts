import type { Config } from '../../config.js';
import { inTransaction, type Db } from '../../db/database.js';
import { newId } from '../../ids.js';
import type { Clock } from '../../shared/clock.js';
import { SecretBoxError, type SecretBox } from '../../shared/secret-box.js';
import { RetryJobError, scheduledDelayMs } from '../jobs/jobs-fns.js';
import type { JobContext, JobRegistration } from '../jobs/jobs-runner.js';
import { RESULT_FINAL_JOB, enqueueJob, type ResultFinalPayload } from '../outbox/outbox-publish.js';
import { postWebhook, type WebhookPost, type WebhookResponse } from '../webhooks/webhooks-http.js';
import { PATCH_RETRY_SCHEDULE_MS, PATCH_TIMEOUT_MS, basicAuthorization, openPatchCredential } from './greenhouse-fns.js';
import {
  findDelivery,
  findInterview,
  findInterviewOfInvitation,
  findSettings,
  insertDelivery,
  insertDeliveryAttempt,
  nextAttemptNumber,
  updateDelivery,
  type DeliveryRow,
} from './greenhouse-store.js';

/**
 * The jobs of the Greenhouse integration. `integrations.result-final` (queued
 * by the attempt feature once, when a result becomes final) creates the
 * interview's one PATCH delivery when the attempt's key came from Greenhouse;
 * `greenhouse.patch` sends "mark test as completed" — PATCH to the url of
 * send_test, Basic auth with the organization's stored credential — through
 * the webhooks' SSRF-guarded client, retrying on non-2xx and timeouts.
 */

export const PATCH_JOB = 'greenhouse.patch';

export interface GreenhouseJobDeps {
  db: Db;
  clock: Clock;
  config: Pick<Config, 'webhookAllowPrivate'>;
  secretBox: SecretBox;
  retryScheduleMs?: readonly number[];
  timeoutMs?: number;
  random?: () => number;
  send?: (input: WebhookPost) => Promise<WebhookResponse>;
}

export function createGreenhouseJobs(deps: GreenhouseJobDeps): Record<string, JobRegistration> {
  const { db, clock } = deps;
  const schedule = deps.retryScheduleMs ?? PATCH_RETRY_SCHEDULE_MS;
  const timeoutMs = deps.timeoutMs ?? PATCH_TIMEOUT_MS;
  const random = deps.random ?? Math.random;
  const send = deps.send ?? postWebhook;

  async function onResultFinal(payload: ResultFinalPayload): Promise<void> {
    await inTransaction(db, async (trx) => {
      const interview = await findInterviewOfInvitation(trx, payload.orgId, payload.invitationId);
      if (!interview) return;
      const now = clock.now().toISOString();
      const delivery: DeliveryRow = {
        id: newId('ghd'),
        org_id: interview.org_id,
        interview_id: interview.id,
        session_id: payload.sessionId,
        status: 'pending',
        attempts: 0,
        response_status: null,
        last_error: null,
        next_attempt_at: now,
        delivered_at: null,
        created_at: now,
        updated_at: now,
      };
      // One PATCH per interview: a second final attempt on the same key (max_attempts > 1) reports nothing new to Greenhouse.
      if (!(await insertDelivery(trx, delivery))) return;
      await enqueueJob(trx, clock, {
        type: PATCH_JOB,
        orgId: interview.org_id,
        payload: { deliveryId: delivery.id },
        uniqueKey: `greenhouse-patch:${delivery.id}`,
        maxAttempts: schedule.length + 1,
      });
    });
  }

  async function fail(delivery: DeliveryRow, reason: string): Promise<void> {
    await updateDelivery(db, delivery.id, { status: 'failed', last_error: reason, next_attempt_at: null, updated_at: clock.now().toISOString() });
  }

  /** The credential, or the reason there is none (recorded on the attempt; the organization may still set it). */
  async function credentialOf(orgId: string): Promise<{ credential: string } | { error: string; final: boolean }> {
    const settings = await findSettings(db, orgId);
    if (!settings?.patch_credential_encrypted) return { error: 'No Greenhouse credential is set for the PATCH (Integrations page)', final: false };
    try {
      return { credential: openPatchCredential(deps.secretBox, orgId, settings.patch_credential_encrypted) };
    } catch (error) {
      if (error instanceof SecretBoxError) return { error: error.message, final: true };
      throw error;
    }
  }

  async function patch(payload: { deliveryId: string }, context: JobContext): Promise<void> {
    const delivery = await findDelivery(db, payload.deliveryId);
    if (!delivery || delivery.status !== 'pending') return;
    const interview = await findInterview(db, delivery.org_id, delivery.interview_id);
    if (!interview) return fail(delivery, 'The interview no longer exists');

    const attemptAt = clock.now();
    const auth = await credentialOf(delivery.org_id);
    if ('error' in auth && auth.final) return fail(delivery, auth.error);
    const response: WebhookResponse =
      'credential' in auth
        ? await send({
            url: interview.callback_url,
            method: 'PATCH',
            body: JSON.stringify({ partner_interview_id: interview.id }),
            headers: { 'content-type': 'application/json', authorization: basicAuthorization(auth.credential), 'user-agent': 'Assay-Greenhouse/1' },
            timeoutMs,
            allowPrivate: deps.config.webhookAllowPrivate,
          })
        : { status: null, body: null, durationMs: 0, error: auth.error };
    const delivered = response.status !== null && response.status >= 200 && response.status < 300;
    const error = delivered ? null : (response.error ?? `Greenhouse answered HTTP ${response.status}`);

    const retryAt = await inTransaction(db, async (trx): Promise<Date | null> => {
      const now = clock.now().toISOString();
      await insertDeliveryAttempt(trx, {
        delivery_id: delivery.id,
        attempt_number: await nextAttemptNumber(trx, delivery.id),
        org_id: delivery.org_id,
        response_status: response.status,
        response_body: response.body,
        duration_ms: response.durationMs,
        error,
        attempted_at: attemptAt.toISOString(),
      });
      const result = { attempts: delivery.attempts + 1, response_status: response.status, updated_at: now };
      if (delivered) {
        await updateDelivery(trx, delivery.id, { ...result, status: 'succeeded', last_error: null, next_attempt_at: null, delivered_at: now });
        return null;
      }
      if (context.isFinalAttempt) {
        await updateDelivery(trx, delivery.id, { ...result, status: 'failed', last_error: error, next_attempt_at: null });
        return null;
      }
      const next = new Date(clock.now().getTime() + scheduledDelayMs(context.attempt, schedule, random));
      await updateDelivery(trx, delivery.id, { ...result, last_error: error, next_attempt_at: next.toISOString() });
      return next;
    });
    if (retryAt) throw new RetryJobError(error ?? 'PATCH failed', retryAt);
  }

  return {
    [RESULT_FINAL_JOB]: { handler: onResultFinal },
    [PATCH_JOB]: { handler: patch, retryDelayMs: (attempt) => scheduledDelayMs(attempt, schedule, random) },
  };
}
