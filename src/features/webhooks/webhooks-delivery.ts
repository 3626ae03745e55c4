import type { Config } from '../../config.js';
import { inTransaction, type Db, type Executor } from '../../db/database.js';
import { newId } from '../../ids.js';
import type { Clock } from '../../shared/clock.js';
import { SecretBoxError, type SecretBox } from '../../shared/secret-box.js';
import { RetryJobError, scheduledDelayMs } from '../jobs/jobs-fns.js';
import type { JobContext, JobRegistration } from '../jobs/jobs-runner.js';
import { enqueueJob, enqueueOrBringForward } from '../outbox/outbox-publish.js';
import {
  WEBHOOK_RETRY_SCHEDULE_MS,
  WEBHOOK_TIMEOUT_MS,
  attemptOutcome,
  failingTooLong,
  previousSecretActive,
  webhookHeaders,
} from './webhooks-fns.js';
import { postWebhook, type WebhookPost, type WebhookResponse } from './webhooks-http.js';
import {
  disableEndpoint,
  failPendingDeliveries,
  findDelivery,
  findDomainEvent,
  insertAttempt,
  insertDeliveries,
  listEnabledEndpoints,
  nextAttemptNumber,
  recordEndpointOutcome,
  updateDelivery,
  type DeliveryRow,
  type EndpointRow,
} from './webhooks-store.js';

/**
 * The two webhook jobs. `webhooks.fanout` (queued by recordDomainEvent in the
 * transaction of the change) turns one domain event into one delivery per
 * subscribed, enabled endpoint; `webhooks.deliver` POSTs one delivery, signed,
 * and retries it on the Standard Webhooks schedule. The `webhook-id` is the
 * domain event id, identical on every attempt and every endpoint, so
 * receivers can de-duplicate the at-least-once deliveries.
 */

export const FANOUT_JOB = 'webhooks.fanout';
export const DELIVER_JOB = 'webhooks.deliver';

export interface WebhookDeliveryDeps {
  db: Db;
  clock: Clock;
  config: Pick<Config, 'webhookAllowPrivate'>;
  secretBox: SecretBox;
  /** Delays before each retry; tests inject a short one. */
  retryScheduleMs?: readonly number[];
  timeoutMs?: number;
  random?: () => number;
  post?: (input: WebhookPost) => Promise<WebhookResponse>;
}

export function deliveryJobKey(deliveryId: string): string {
  return `webhook-delivery:${deliveryId}`;
}

/**
 * Queues the delivery job. There is one live job per delivery: asked again
 * (a redelivery) while one waits for its next retry, that job is brought
 * forward to now instead.
 */
export async function queueDeliveryJob(
  trx: Executor,
  clock: Clock,
  delivery: Pick<DeliveryRow, 'id' | 'org_id'>,
  retryScheduleMs: readonly number[] = WEBHOOK_RETRY_SCHEDULE_MS,
  options: { bringForward?: boolean } = {},
): Promise<void> {
  const job = {
    type: DELIVER_JOB,
    orgId: delivery.org_id,
    payload: { deliveryId: delivery.id },
    uniqueKey: deliveryJobKey(delivery.id),
    maxAttempts: retryScheduleMs.length + 1,
  };
  if (options.bringForward) await enqueueOrBringForward(trx, clock, job);
  else await enqueueJob(trx, clock, job);
}

export function newDeliveryRow(endpoint: Pick<EndpointRow, 'id' | 'org_id'>, event: { id: string; type: string }, now: string): DeliveryRow {
  return {
    id: newId('dlv'),
    org_id: endpoint.org_id,
    endpoint_id: endpoint.id,
    event_id: event.id,
    event_type: event.type,
    status: 'pending',
    attempts: 0,
    response_status: null,
    response_body: null,
    duration_ms: null,
    last_error: null,
    next_attempt_at: now,
    last_attempt_at: null,
    delivered_at: null,
    created_at: now,
    updated_at: now,
  };
}

function subscribes(endpoint: EndpointRow, eventType: string): boolean {
  return (JSON.parse(endpoint.event_types) as string[]).includes(eventType);
}

export function createWebhookJobs(deps: WebhookDeliveryDeps): Record<string, JobRegistration> {
  const { db, clock, secretBox } = deps;
  const schedule = deps.retryScheduleMs ?? WEBHOOK_RETRY_SCHEDULE_MS;
  const timeoutMs = deps.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  const random = deps.random ?? Math.random;
  const post = deps.post ?? postWebhook;

  async function fanout(payload: { eventId: string }, context: JobContext): Promise<void> {
    const event = await findDomainEvent(db, payload.eventId);
    if (!event) {
      context.log.warn({ eventId: payload.eventId }, 'webhook fan-out for an unknown event; nothing to deliver');
      return;
    }
    await inTransaction(db, async (trx) => {
      const now = clock.now().toISOString();
      const endpoints = (await listEnabledEndpoints(trx, event.org_id)).filter((endpoint) => subscribes(endpoint, event.type));
      const rows = endpoints.map((endpoint) => newDeliveryRow(endpoint, event, now));
      const inserted = new Set(await insertDeliveries(trx, rows));
      for (const row of rows) if (inserted.has(row.id)) await queueDeliveryJob(trx, clock, row, schedule);
    });
  }

  function signingSecrets(endpoint: EndpointRow, now: Date): string[] {
    const secrets = [secretBox.open(endpoint.secret_encrypted, endpoint.id)];
    if (endpoint.previous_secret_encrypted && previousSecretActive(endpoint.previous_secret_expires_at, now)) {
      secrets.push(secretBox.open(endpoint.previous_secret_encrypted, endpoint.id));
    }
    return secrets;
  }

  async function closeDelivery(delivery: DeliveryRow, reason: string): Promise<void> {
    await updateDelivery(db, delivery.id, {
      status: 'failed',
      last_error: reason,
      next_attempt_at: null,
      updated_at: clock.now().toISOString(),
    });
  }

  async function deliver(payload: { deliveryId: string }, context: JobContext): Promise<void> {
    const delivery = await findDelivery(db, payload.deliveryId);
    if (!delivery || delivery.status !== 'pending') return;
    const endpoint = await db.selectFrom('webhook_endpoints').selectAll().where('id', '=', delivery.endpoint_id).executeTakeFirst();
    if (!endpoint || endpoint.deleted_at) return closeDelivery(delivery, 'The endpoint was deleted');
    if (endpoint.enabled !== 1) return closeDelivery(delivery, 'The endpoint is disabled');
    const event = await findDomainEvent(db, delivery.event_id);
    if (!event) return closeDelivery(delivery, 'The event no longer exists');

    const attemptAt = clock.now();
    let secrets: string[];
    try {
      secrets = signingSecrets(endpoint, attemptAt);
    } catch (error) {
      // A wrong ASSAY_SECRET_KEY will not fix itself by retrying; say so on the delivery.
      if (error instanceof SecretBoxError) return closeDelivery(delivery, error.message);
      throw error;
    }
    const headers = webhookHeaders(secrets, event.id, attemptAt, event.payload);
    const response = await post({
      url: endpoint.url,
      body: event.payload,
      headers,
      timeoutMs,
      allowPrivate: deps.config.webhookAllowPrivate,
    });
    const outcome = attemptOutcome(response.status);
    const error =
      response.error ?? (outcome === 'delivered' ? null : `The endpoint answered HTTP ${response.status}`);

    const retryAt = await inTransaction(db, async (trx): Promise<Date | null> => {
      const now = clock.now().toISOString();
      // The endpoint row first (see recordEndpointOutcome), then the delivery's rows.
      const failingSince = await recordEndpointOutcome(trx, endpoint.id, outcome === 'delivered', now);
      const attemptNumber = await nextAttemptNumber(trx, delivery.id, attemptAt.toISOString());
      await insertAttempt(trx, {
        delivery_id: delivery.id,
        attempt_number: attemptNumber,
        org_id: delivery.org_id,
        response_status: response.status,
        response_body: response.body,
        duration_ms: response.durationMs,
        error,
        attempted_at: attemptAt.toISOString(),
      });
      const result = {
        response_status: response.status,
        response_body: response.body,
        duration_ms: response.durationMs,
        updated_at: now,
      };
      if (outcome === 'delivered') {
        await updateDelivery(trx, delivery.id, { ...result, status: 'succeeded', last_error: null, next_attempt_at: null, delivered_at: now });
        return null;
      }
      const disableReason = outcome === 'gone' ? 'gone' : failingTooLong(failingSince, clock.now()) ? 'failing' : null;
      if (disableReason) {
        const lastError =
          disableReason === 'gone' ? 'The endpoint answered 410 Gone; it has been disabled' : `${error}; the endpoint failed for 5 days and has been disabled`;
        await updateDelivery(trx, delivery.id, { ...result, status: 'failed', last_error: lastError, next_attempt_at: null });
        await disableEndpoint(trx, endpoint.id, disableReason, now);
        await failPendingDeliveries(trx, endpoint.id, 'The endpoint was disabled', now);
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
    if (retryAt) throw new RetryJobError(error ?? 'Delivery failed', retryAt);
  }

  return {
    [FANOUT_JOB]: { handler: fanout },
    [DELIVER_JOB]: { handler: deliver, retryDelayMs: (attempt) => scheduledDelayMs(attempt, schedule, random) },
  };
}
