import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../app-deps.js';
import { IdParams, OkIdBody, errorResponses } from '../../shared/http-schemas.js';
import { secretBoxFor, type SecretBox } from '../../shared/secret-box.js';
import { auditContextOf } from '../audit/audit-context.js';
import { orgIdOf } from '../auth/auth-plugin.js';
import {
  CreateWebhookBody,
  DeliveriesQuery,
  DeliveryDetailResponse,
  DeliveryListResponse,
  DeliveryParams,
  DeliveryResponse,
  UpdateWebhookBody,
  WebhookListResponse,
  WebhookResponse,
  WebhookWithSecretResponse,
} from './webhooks-schemas.js';
import { createWebhooksService } from './webhooks-service.js';

export const webhooksRoutes: FastifyPluginAsyncTypebox<{ deps: AppDeps }> = async (app, { deps }) => {
  let box: SecretBox | null = null;
  const service = createWebhooksService({
    db: deps.db,
    clock: deps.clock,
    config: deps.config,
    // Made on first use, so that an instance that never touches webhooks never creates data/secret.key.
    secretBox: () => (box ??= secretBoxFor(deps.config)),
  });
  const auth = { scope: 'webhooks:manage' as const };
  const tags = ['Webhooks'];

  app.post('/v1/webhooks', {
    config: { auth },
    schema: {
      tags,
      summary: 'Create a webhook endpoint (the signing secret is shown once)',
      description:
        'Events are POSTed as `{ type, timestamp, data }` and signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`). ' +
        'URLs that resolve to private, loopback or link-local addresses are refused unless ASSAY_WEBHOOK_ALLOW_PRIVATE=1.',
      body: CreateWebhookBody,
      response: { 201: WebhookWithSecretResponse, ...errorResponses(400, 401, 403, 409) },
    },
    handler: async (request, reply) => reply.code(201).send(await service.create(auditContextOf(request), request.body)),
  });

  app.get('/v1/webhooks', {
    config: { auth },
    schema: { tags, summary: 'List webhook endpoints', response: { 200: WebhookListResponse, ...errorResponses(401, 403) } },
    handler: async (request) => ({ webhooks: await service.list(orgIdOf(request)) }),
  });

  app.get('/v1/webhooks/:id', {
    config: { auth },
    schema: {
      tags,
      summary: 'Get a webhook endpoint',
      params: IdParams,
      response: { 200: WebhookResponse, ...errorResponses(401, 403, 404) },
    },
    handler: async (request) => ({ webhook: await service.get(orgIdOf(request), request.params.id) }),
  });

  app.patch('/v1/webhooks/:id', {
    config: { auth },
    schema: {
      tags,
      summary: 'Change a webhook endpoint (absent fields are unchanged; enabling clears a disabled state)',
      params: IdParams,
      body: UpdateWebhookBody,
      response: { 200: WebhookResponse, ...errorResponses(400, 401, 403, 404) },
    },
    handler: async (request) => ({ webhook: await service.update(auditContextOf(request), request.params.id, request.body) }),
  });

  app.delete('/v1/webhooks/:id', {
    config: { auth },
    schema: {
      tags,
      summary: 'Delete a webhook endpoint (its pending deliveries are cancelled)',
      params: IdParams,
      response: { 200: OkIdBody, ...errorResponses(401, 403, 404) },
    },
    handler: async (request) => {
      await service.remove(auditContextOf(request), request.params.id);
      return { ok: true as const, id: request.params.id };
    },
  });

  app.post('/v1/webhooks/:id/rotate-secret', {
    config: { auth },
    schema: {
      tags,
      summary: 'Rotate the signing secret (the previous one keeps signing for 24 hours)',
      params: IdParams,
      response: { 200: WebhookWithSecretResponse, ...errorResponses(401, 403, 404) },
    },
    handler: async (request) => service.rotateSecret(auditContextOf(request), request.params.id),
  });

  app.post('/v1/webhooks/:id/test', {
    config: { auth },
    schema: {
      tags,
      summary: 'Send a `webhook.test` event to this endpoint',
      params: IdParams,
      response: { 202: DeliveryResponse, ...errorResponses(401, 403, 404, 409) },
    },
    handler: async (request, reply) => reply.code(202).send({ delivery: await service.sendTest(auditContextOf(request), request.params.id) }),
  });

  app.get('/v1/webhooks/:id/deliveries', {
    config: { auth },
    schema: {
      tags,
      summary: 'Delivery log of an endpoint, newest first',
      params: IdParams,
      querystring: DeliveriesQuery,
      response: { 200: DeliveryListResponse, ...errorResponses(400, 401, 403, 404) },
    },
    handler: async (request) => service.deliveries(orgIdOf(request), request.params.id, request.query),
  });

  app.get('/v1/webhooks/:id/deliveries/:deliveryId', {
    config: { auth },
    schema: {
      tags,
      summary: 'One delivery with its payload and every attempt',
      params: DeliveryParams,
      response: { 200: DeliveryDetailResponse, ...errorResponses(401, 403, 404) },
    },
    handler: async (request) => ({
      delivery: await service.delivery(orgIdOf(request), request.params.id, request.params.deliveryId),
    }),
  });

  app.post('/v1/webhooks/:id/deliveries/:deliveryId/redeliver', {
    config: { auth },
    schema: {
      tags,
      summary: 'Deliver again (a fresh round of attempts, starting now)',
      params: DeliveryParams,
      response: { 202: DeliveryResponse, ...errorResponses(401, 403, 404, 409) },
    },
    handler: async (request, reply) =>
      reply.code(202).send({ delivery: await service.redeliver(auditContextOf(request), request.params.id, request.params.deliveryId) }),
  });
};
