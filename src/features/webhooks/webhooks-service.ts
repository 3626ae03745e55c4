import type { Config } from '../../config.js';
import { inTransaction, type Db } from '../../db/database.js';
import { ConflictError, NotFoundError, fieldError } from '../../errors.js';
import { newId } from '../../ids.js';
import type { Clock } from '../../shared/clock.js';
import { decodeIdCursor, encodeIdCursor } from '../../shared/id-cursor.js';
import type { SecretBox } from '../../shared/secret-box.js';
import { diffFields, recordAudit, type AuditContext } from '../audit/audit-service.js';
import { WEBHOOK_RETRY_SCHEDULE_MS, SECRET_ROTATION_OVERLAP_MS, TEST_EVENT_TYPE, generateWebhookSecret } from './webhooks-fns.js';
import { newDeliveryRow, queueDeliveryJob } from './webhooks-delivery.js';
import type { CreateWebhookBody, DeliveriesQuery, UpdateWebhookBody } from './webhooks-schemas.js';
import { BlockedAddressError, assertPublicUrl, systemResolver, type Resolver } from './webhooks-ssrf.js';
import {
  countEndpoints,
  failPendingDeliveries,
  findDomainEvent,
  findEndpoint,
  findOrgDelivery,
  insertDeliveries,
  insertDomainEvent,
  insertEndpoint,
  listAttempts,
  listEndpoints,
  pageDeliveries,
  updateDelivery,
  updateEndpoint,
  type AttemptRow,
  type DeliveryRow,
  type EndpointRow,
} from './webhooks-store.js';

/** Endpoints one organization may have. */
export const MAX_ENDPOINTS_PER_ORG = 25;

export interface WebhookView {
  id: string;
  url: string;
  description: string | null;
  eventTypes: string[];
  enabled: boolean;
  disabledReason: string | null;
  failingSince: string | null;
  previousSecretExpiresAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export function toWebhookView(row: EndpointRow, now: Date): WebhookView {
  const previousActive = row.previous_secret_expires_at !== null && Date.parse(row.previous_secret_expires_at) > now.getTime();
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: JSON.parse(row.event_types) as string[],
    enabled: row.enabled === 1,
    disabledReason: row.disabled_reason,
    failingSince: row.failing_since,
    previousSecretExpiresAt: previousActive ? row.previous_secret_expires_at : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** How the trail names an endpoint: its description, else its URL. */
function webhookTitleOf(row: Pick<EndpointRow, 'description' | 'url'>): string {
  return row.description || row.url;
}

/** An endpoint as the trail compares it before and after an edit (never its secrets). */
function webhookAuditView(view: WebhookView): Record<string, unknown> {
  return {
    url: view.url,
    description: view.description,
    eventTypes: view.eventTypes,
    enabled: view.enabled,
    disabledReason: view.disabledReason,
  };
}

export interface DeliveryView {
  id: string;
  webhookId: string;
  eventId: string;
  eventType: string;
  status: 'pending' | 'succeeded' | 'failed';
  attempts: number;
  responseStatus: number | null;
  responseBody: string | null;
  durationMs: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  lastAttemptAt: string | null;
  deliveredAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export function toDeliveryView(row: DeliveryRow): DeliveryView {
  return {
    id: row.id,
    webhookId: row.endpoint_id,
    eventId: row.event_id,
    eventType: row.event_type,
    status: row.status as DeliveryView['status'],
    attempts: row.attempts,
    responseStatus: row.response_status,
    responseBody: row.response_body,
    durationMs: row.duration_ms,
    lastError: row.last_error,
    nextAttemptAt: row.status === 'pending' ? row.next_attempt_at : null,
    lastAttemptAt: row.last_attempt_at,
    deliveredAt: row.delivered_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toAttemptView(row: AttemptRow) {
  return {
    attemptNumber: row.attempt_number,
    responseStatus: row.response_status,
    responseBody: row.response_body,
    durationMs: row.duration_ms,
    error: row.error,
    attemptedAt: row.attempted_at,
  };
}

export interface WebhooksServiceDeps {
  db: Db;
  clock: Clock;
  config: Pick<Config, 'webhookAllowPrivate'>;
  secretBox: () => SecretBox;
  resolve?: Resolver;
  retryScheduleMs?: readonly number[];
}

export function createWebhooksService(deps: WebhooksServiceDeps) {
  const { db, clock } = deps;
  const resolve = deps.resolve ?? systemResolver;
  const schedule = deps.retryScheduleMs ?? WEBHOOK_RETRY_SCHEDULE_MS;

  /** A URL Assay may POST to: http(s), and (unless private targets are allowed) only public addresses. */
  async function checkUrl(raw: string): Promise<string> {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw fieldError('url', 'URL must be a full http or https URL, like https://example.com/hooks/assay');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw fieldError('url', 'URL must start with http:// or https://');
    }
    if (url.hash) throw fieldError('url', 'URL cannot contain a #fragment');
    if (!deps.config.webhookAllowPrivate) {
      try {
        await assertPublicUrl(url, resolve);
      } catch (error) {
        if (error instanceof BlockedAddressError) {
          throw fieldError('url', `URL points to a ${error.kind} address; webhooks go to public addresses only`, 'webhook_url_forbidden');
        }
        throw fieldError('url', `The host ${url.hostname} could not be found (DNS)`, 'webhook_url_unresolvable');
      }
    }
    return url.toString();
  }

  async function requireEndpoint(orgId: string, id: string): Promise<EndpointRow> {
    const endpoint = await findEndpoint(db, orgId, id);
    if (!endpoint) throw new NotFoundError('Webhook');
    return endpoint;
  }

  function requireEnabled(endpoint: EndpointRow): void {
    if (endpoint.enabled !== 1) {
      throw new ConflictError('This webhook is disabled; enable it with PATCH first', 'webhook_disabled');
    }
  }

  return {
    async create(context: AuditContext, body: CreateWebhookBody): Promise<{ webhook: WebhookView; secret: string }> {
      const { orgId } = context;
      const url = await checkUrl(body.url);
      const secret = generateWebhookSecret();
      return inTransaction(db, async (trx) => {
        if ((await countEndpoints(trx, orgId)) >= MAX_ENDPOINTS_PER_ORG) {
          throw new ConflictError(`An organization can have at most ${MAX_ENDPOINTS_PER_ORG} webhooks`, 'webhook_limit_reached');
        }
        const now = clock.now().toISOString();
        const id = newId('wh');
        const enabled = body.enabled ?? true;
        const row: EndpointRow = {
          id,
          org_id: orgId,
          url,
          description: body.description ?? null,
          event_types: JSON.stringify(body.eventTypes),
          enabled: enabled ? 1 : 0,
          disabled_reason: enabled ? null : 'manual',
          secret_encrypted: deps.secretBox().seal(secret, id),
          previous_secret_encrypted: null,
          previous_secret_expires_at: null,
          failing_since: null,
          created_at: now,
          updated_at: now,
          deleted_at: null,
        };
        await insertEndpoint(trx, row);
        const webhook = toWebhookView(row, clock.now());
        await recordAudit(trx, clock, context, {
          action: 'webhook.create',
          resourceType: 'webhook',
          resourceId: id,
          resourceTitle: webhookTitleOf(row),
          details: { url: webhook.url, eventTypes: webhook.eventTypes, enabled: webhook.enabled },
        });
        return { webhook, secret };
      });
    },

    async list(orgId: string): Promise<WebhookView[]> {
      const now = clock.now();
      return (await listEndpoints(db, orgId)).map((row) => toWebhookView(row, now));
    },

    async get(orgId: string, id: string): Promise<WebhookView> {
      return toWebhookView(await requireEndpoint(orgId, id), clock.now());
    },

    async update(context: AuditContext, id: string, body: UpdateWebhookBody): Promise<WebhookView> {
      const { orgId } = context;
      await requireEndpoint(orgId, id);
      const url = body.url === undefined ? undefined : await checkUrl(body.url);
      return inTransaction(db, async (trx) => {
        const existing = await findEndpoint(trx, orgId, id);
        if (!existing) throw new NotFoundError('Webhook');
        const before = toWebhookView(existing, clock.now());
        const now = clock.now().toISOString();
        const changes: Partial<EndpointRow> = { updated_at: now };
        if (url !== undefined) changes.url = url;
        if (body.eventTypes !== undefined) changes.event_types = JSON.stringify(body.eventTypes);
        if (body.description !== undefined) changes.description = body.description;
        if (body.enabled === true) Object.assign(changes, { enabled: 1, disabled_reason: null, failing_since: null });
        if (body.enabled === false) Object.assign(changes, { enabled: 0, disabled_reason: 'manual' });
        if (!(await updateEndpoint(trx, orgId, id, changes))) throw new NotFoundError('Webhook');
        if (body.enabled === false) await failPendingDeliveries(trx, id, 'The endpoint was disabled', now);
        const row = (await findEndpoint(trx, orgId, id))!;
        const after = toWebhookView(row, clock.now());
        await recordAudit(trx, clock, context, {
          action: 'webhook.update',
          resourceType: 'webhook',
          resourceId: id,
          resourceTitle: webhookTitleOf(row),
          changes: diffFields(webhookAuditView(before), webhookAuditView(after)),
        });
        return after;
      });
    },

    async remove(context: AuditContext, id: string): Promise<void> {
      const { orgId } = context;
      await inTransaction(db, async (trx) => {
        const endpoint = await findEndpoint(trx, orgId, id);
        const now = clock.now().toISOString();
        if (!endpoint || !(await updateEndpoint(trx, orgId, id, { deleted_at: now, enabled: 0, updated_at: now }))) throw new NotFoundError('Webhook');
        await failPendingDeliveries(trx, id, 'The endpoint was deleted', now);
        await recordAudit(trx, clock, context, {
          action: 'webhook.delete',
          resourceType: 'webhook',
          resourceId: id,
          resourceTitle: webhookTitleOf(endpoint),
          details: { url: endpoint.url },
        });
      });
    },

    /** A new secret; the previous one keeps signing (as a second signature) for 24 hours. */
    async rotateSecret(context: AuditContext, id: string): Promise<{ webhook: WebhookView; secret: string }> {
      const { orgId } = context;
      const secret = generateWebhookSecret();
      return inTransaction(db, async (trx) => {
        const endpoint = await findEndpoint(trx, orgId, id);
        if (!endpoint) throw new NotFoundError('Webhook');
        const now = clock.now();
        await updateEndpoint(trx, orgId, id, {
          secret_encrypted: deps.secretBox().seal(secret, id),
          previous_secret_encrypted: endpoint.secret_encrypted,
          previous_secret_expires_at: new Date(now.getTime() + SECRET_ROTATION_OVERLAP_MS).toISOString(),
          updated_at: now.toISOString(),
        });
        const webhook = toWebhookView((await findEndpoint(trx, orgId, id))!, now);
        await recordAudit(trx, clock, context, {
          action: 'webhook.secret_rotate',
          resourceType: 'webhook',
          resourceId: id,
          resourceTitle: webhookTitleOf(endpoint),
          details: { previousSecretExpiresAt: webhook.previousSecretExpiresAt },
        });
        return { webhook, secret };
      });
    },

    async deliveries(orgId: string, id: string, query: DeliveriesQuery) {
      await requireEndpoint(orgId, id);
      const limit = query.limit ?? 20;
      const rows = await pageDeliveries(db, orgId, id, {
        status: query.status,
        eventType: query.eventType,
        beforeId: query.cursor ? decodeIdCursor(query.cursor) : undefined,
        limit: limit + 1,
      });
      const page = rows.slice(0, limit);
      const hasMore = rows.length > limit;
      return {
        deliveries: page.map(toDeliveryView),
        pagination: { limit, hasMore, nextCursor: hasMore ? encodeIdCursor(page[page.length - 1]!.id) : null },
      };
    },

    async delivery(orgId: string, id: string, deliveryId: string) {
      await requireEndpoint(orgId, id);
      const delivery = await findOrgDelivery(db, orgId, id, deliveryId);
      if (!delivery) throw new NotFoundError('Delivery');
      const event = await findDomainEvent(db, delivery.event_id);
      const attempts = await listAttempts(db, delivery.id);
      return {
        ...toDeliveryView(delivery),
        payload: event ? (JSON.parse(event.payload) as unknown) : null,
        attemptLog: attempts.map(toAttemptView),
      };
    },

    /** Sends a delivery again: a fresh round of attempts on the retry schedule, starting now. */
    async redeliver(context: AuditContext, id: string, deliveryId: string): Promise<DeliveryView> {
      const { orgId } = context;
      const endpoint = await requireEndpoint(orgId, id);
      requireEnabled(endpoint);
      return inTransaction(db, async (trx) => {
        const delivery = await findOrgDelivery(trx, orgId, id, deliveryId);
        if (!delivery) throw new NotFoundError('Delivery');
        const now = clock.now().toISOString();
        await updateDelivery(trx, delivery.id, { status: 'pending', next_attempt_at: now, updated_at: now });
        await queueDeliveryJob(trx, clock, delivery, schedule, { bringForward: true });
        await recordAudit(trx, clock, context, {
          action: 'webhook.redeliver',
          resourceType: 'webhook',
          resourceId: id,
          resourceTitle: webhookTitleOf(endpoint),
          details: { deliveryId, eventId: delivery.event_id, eventType: delivery.event_type },
        });
        return toDeliveryView((await findOrgDelivery(trx, orgId, id, deliveryId))!);
      });
    },

    /** Queues a `webhook.test` event to this endpoint only. */
    async sendTest(context: AuditContext, id: string): Promise<DeliveryView> {
      const { orgId } = context;
      const endpoint = await requireEndpoint(orgId, id);
      requireEnabled(endpoint);
      return inTransaction(db, async (trx) => {
        const timestamp = clock.now().toISOString();
        const eventId = newId('msg');
        const data = { webhookId: endpoint.id, message: 'This is a test event from Assay.' };
        await insertDomainEvent(trx, {
          id: eventId,
          org_id: orgId,
          type: TEST_EVENT_TYPE,
          payload: JSON.stringify({ type: TEST_EVENT_TYPE, timestamp, data }),
          created_at: timestamp,
        });
        const row = newDeliveryRow(endpoint, { id: eventId, type: TEST_EVENT_TYPE }, timestamp);
        await insertDeliveries(trx, [row]);
        await queueDeliveryJob(trx, clock, row, schedule);
        await recordAudit(trx, clock, context, {
          action: 'webhook.test',
          resourceType: 'webhook',
          resourceId: id,
          resourceTitle: webhookTitleOf(endpoint),
          details: { deliveryId: row.id, eventId },
        });
        return toDeliveryView(row);
      });
    },
  };
}

export type WebhooksService = ReturnType<typeof createWebhooksService>;
