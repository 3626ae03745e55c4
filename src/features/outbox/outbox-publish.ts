import type { Executor } from '../../db/database.js';
import { newId } from '../../ids.js';
import type { Clock } from '../../shared/clock.js';

/**
 * The durable outbox, as other features use it: record a domain event (its
 * webhook fan-out), queue an email, queue a job. Every function takes the
 * transaction of the change that causes it, so that a committed change always
 * has its webhook events, emails and jobs, and a rolled-back one has none. The
 * job runner (features/jobs) delivers them later, at least once.
 *
 * The inserts are here and not in an outbox store because all of the outbox's
 * SQL is what it offers others; there is nothing private to keep apart.
 */

export const WEBHOOK_EVENT_TYPES = [
  'invitation.created',
  'invitation.redeemed',
  'session.started',
  'session.completed',
  'session.expired',
  'result.scored',
  'result.graded',
  'result.decided',
  'verification.completed',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export interface EnqueueJobInput {
  type: string;
  payload: unknown;
  orgId?: string | null;
  /** When the job may first run; default now. */
  runAt?: Date;
  maxAttempts?: number;
  /** At most one job with this key ever exists (inserts of a duplicate are ignored). */
  uniqueKey?: string;
}

export async function enqueueJob(trx: Executor, clock: Clock, input: EnqueueJobInput): Promise<string> {
  const now = clock.now().toISOString();
  const id = newId('job');
  await trx
    .insertInto('jobs')
    .values({
      id,
      org_id: input.orgId ?? null,
      type: input.type,
      payload: JSON.stringify(input.payload ?? {}),
      status: 'pending',
      run_at: (input.runAt ?? clock.now()).toISOString(),
      attempts: 0,
      max_attempts: input.maxAttempts ?? 8,
      last_error: null,
      locked_by: null,
      locked_until: null,
      unique_key: input.uniqueKey ?? null,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) => oc.column('unique_key').doNothing())
    .execute();
  return id;
}

/**
 * Queues the job with this unique key, or, when it is already queued and
 * waiting (for its next retry), pulls it forward to now: the same work asked
 * for again runs now, and still once.
 */
export async function enqueueOrBringForward(trx: Executor, clock: Clock, input: EnqueueJobInput & { uniqueKey: string }): Promise<void> {
  await enqueueJob(trx, clock, input);
  const now = clock.now().toISOString();
  await trx
    .updateTable('jobs')
    .set({ run_at: now, updated_at: now })
    .where('unique_key', '=', input.uniqueKey)
    .where('status', '=', 'pending')
    .execute();
}

/**
 * Queued once per attempt, in the transaction where its result becomes final
 * (scored, graded cases included), for integrations that report results back
 * to where the candidate came from (Greenhouse). The attempt feature queues it
 * without knowing who listens; the integration's handler decides whether the
 * attempt concerns it.
 */
export const RESULT_FINAL_JOB = 'integrations.result-final';

export interface ResultFinalPayload {
  orgId: string;
  sessionId: string;
  invitationId: string;
}

export async function queueResultFinal(trx: Executor, clock: Clock, input: ResultFinalPayload): Promise<void> {
  await enqueueJob(trx, clock, {
    type: RESULT_FINAL_JOB,
    orgId: input.orgId,
    payload: { orgId: input.orgId, sessionId: input.sessionId, invitationId: input.invitationId } satisfies ResultFinalPayload,
    uniqueKey: `result-final:${input.sessionId}`,
  });
}

export interface DomainEventInput {
  orgId: string;
  type: WebhookEventType;
  /** The resource, in the same shape the API returns it. */
  data: unknown;
}

/**
 * Records a domain event and queues its fan-out to the org's webhook
 * endpoints. The event id (`msg_…`) is the `webhook-id` every delivery of it
 * carries. Returns the id.
 */
export async function recordDomainEvent(trx: Executor, clock: Clock, input: DomainEventInput): Promise<string> {
  const id = newId('msg');
  const timestamp = clock.now().toISOString();
  await trx
    .insertInto('domain_events')
    .values({
      id,
      org_id: input.orgId,
      type: input.type,
      payload: JSON.stringify({ type: input.type, timestamp, data: input.data }),
      created_at: timestamp,
    })
    .execute();
  await enqueueJob(trx, clock, { type: 'webhooks.fanout', orgId: input.orgId, payload: { eventId: id } });
  return id;
}

export interface QueueEmailInput {
  orgId: string;
  /** `invitation`, `result`, `reminder`, … */
  kind: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The invitation, session… the email is about. */
  relatedId?: string | null;
}

/** Stores the complete message and queues its delivery. Returns the email id. */
export async function queueEmail(trx: Executor, clock: Clock, input: QueueEmailInput): Promise<string> {
  const id = newId('eml');
  await trx
    .insertInto('emails')
    .values({
      id,
      org_id: input.orgId,
      kind: input.kind,
      to_address: input.to,
      subject: input.subject,
      text_body: input.text,
      html_body: input.html,
      related_id: input.relatedId ?? null,
      status: 'queued',
      attempts: 0,
      last_error: null,
      message_id: null,
      created_at: clock.now().toISOString(),
      sent_at: null,
    })
    .execute();
  await enqueueJob(trx, clock, { type: 'email.send', orgId: input.orgId, payload: { emailId: id } });
  return id;
}
