import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/**
 * Pure rules of webhook delivery (Standard Webhooks, https://www.standardwebhooks.com):
 * secrets, signatures, what counts as delivered, when to give up on an endpoint.
 */

/** Delays before retries 1…7 after a failed attempt: ≈ 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h. */
export const WEBHOOK_RETRY_SCHEDULE_MS: readonly number[] = [
  5_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  5 * 3_600_000,
  10 * 3_600_000,
  10 * 3_600_000,
];
export const WEBHOOK_TIMEOUT_MS = 10_000;
/** An endpoint that has failed without a single success for this long is disabled. */
export const DISABLE_AFTER_FAILING_MS = 5 * 24 * 3_600_000;
/** After a rotation, the previous secret keeps signing for this long. */
export const SECRET_ROTATION_OVERLAP_MS = 24 * 3_600_000;
/** The event type of `POST /v1/webhooks/:id/test`. */
export const TEST_EVENT_TYPE = 'webhook.test';

export const SECRET_PREFIX = 'whsec_';

/** A new signing secret: `whsec_` + base64 of 32 random bytes, as the specification suggests. */
export function generateWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString('base64')}`;
}

/**
 * The `webhook-signature` header: `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`
 * for each secret, space-separated (during a rotation both the new and the
 * previous secret sign, and a receiver accepts whichever it knows).
 */
export function signatureHeader(secrets: readonly string[], messageId: string, timestamp: Date, body: string): string {
  if (secrets.length === 0) throw new Error('At least one secret is needed to sign');
  return secrets.map((secret) => new Webhook(secret).sign(messageId, timestamp, body)).join(' ');
}

export function webhookHeaders(secrets: readonly string[], messageId: string, timestamp: Date, body: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    'user-agent': 'Assay-Webhooks/1.0',
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
    'webhook-signature': signatureHeader(secrets, messageId, timestamp, body),
  };
}

export type AttemptOutcome = 'delivered' | 'gone' | 'failed';

/** 2xx delivers; 410 Gone means "stop sending" (the endpoint is disabled); anything else, or no answer, is retried. */
export function attemptOutcome(status: number | null): AttemptOutcome {
  if (status !== null && status >= 200 && status < 300) return 'delivered';
  if (status === 410) return 'gone';
  return 'failed';
}

/** Whether an endpoint failing since `failingSince` (its first failure after the last success) must now be disabled. */
export function failingTooLong(failingSince: string | null, now: Date): boolean {
  return failingSince !== null && now.getTime() - Date.parse(failingSince) >= DISABLE_AFTER_FAILING_MS;
}

/** Whether the previous secret (after a rotation) still signs at `now`. */
export function previousSecretActive(expiresAt: string | null, now: Date): boolean {
  return expiresAt !== null && Date.parse(expiresAt) > now.getTime();
}
