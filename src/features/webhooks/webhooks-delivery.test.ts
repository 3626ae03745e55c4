import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import { startWebhookReceiver, type WebhookReceiver } from '../../../test/helpers/webhook-receiver.js';
import { fixedClock } from '../../shared/clock.js';
import { createWorker, type Worker } from '../../worker.js';
import type { JobLogger } from '../jobs/jobs-runner.js';
import { recordDomainEvent, type WebhookEventType } from '../outbox/outbox-publish.js';
import { WEBHOOK_RETRY_SCHEDULE_MS } from './webhooks-fns.js';

const silent: JobLogger = { info() {}, warn() {}, error() {}, debug() {} };

/** The specification's algorithm, by hand: base64 HMAC-SHA256 of `${id}.${timestamp}.${body}` with the base64-decoded secret. */
function expectedSignature(secret: string, id: string, timestamp: string, body: string): string {
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

describe('webhook delivery to a real receiver on 127.0.0.1', () => {
  let t: TestApp;
  let org: TestOrg;
  let receiver: WebhookReceiver;
  let worker: Worker;
  const clock = fixedClock(new Date());

  beforeAll(async () => {
    t = await createTestApp({ clock, env: { ASSAY_WEBHOOK_ALLOW_PRIVATE: '1' } });
    org = await t.createOrg();
    receiver = await startWebhookReceiver();
    worker = createWorker(t.deps, { log: silent, random: () => 0.5, webhookTimeoutMs: 500 });
  });
  afterAll(async () => {
    await receiver?.close();
    await t?.close();
  });
  beforeEach(async () => {
    // Each test starts from real time (Webhook.verify checks the timestamp against the wall clock) and an empty receiver.
    clock.set(new Date());
    receiver.received.length = 0;
    receiver.respond = () => ({ status: 200, body: 'ok' });
    await t.database.db.updateTable('webhook_endpoints').set({ enabled: 0, deleted_at: new Date().toISOString() }).execute();
  });

  async function endpoint(path: string, eventTypes: WebhookEventType[] = ['result.scored']) {
    const response = await t.request({
      method: 'POST',
      url: '/v1/webhooks',
      headers: org.headers,
      payload: { url: `${receiver.origin}${path}`, eventTypes },
    });
    expect(response.statusCode).toBe(201);
    return { id: response.data.webhook.id as string, secret: response.data.secret as string };
  }

  function emit(type: WebhookEventType, data: unknown) {
    return t.database.db.transaction().execute((trx) => recordDomainEvent(trx, clock, { orgId: org.org.id, type, data }));
  }

  async function deliveries(webhookId: string, query = '') {
    const response = await t.request({ method: 'GET', url: `/v1/webhooks/${webhookId}/deliveries${query}`, headers: org.headers });
    expect(response.statusCode).toBe(200);
    return response.data;
  }

  it('POSTs { type, timestamp, data } signed per Standard Webhooks; the signature verifies with the library and by hand', async () => {
    const hook = await endpoint('/signed');
    const data = { id: 'res_1', score: 8, maxScore: 10, percentage: 80, passed: true };
    const eventId = await emit('result.scored', data);
    await worker.runner.runDueJobs();

    expect(receiver.received).toHaveLength(1);
    const [request] = receiver.received;
    expect(request!.headers['webhook-id']).toBe(eventId);
    expect(request!.headers['content-type']).toBe('application/json');
    expect(request!.headers['webhook-timestamp']).toBe(String(Math.floor(clock.now().getTime() / 1000)));
    const body = JSON.parse(request!.body);
    expect(body).toEqual({ type: 'result.scored', timestamp: expect.any(String), data });

    // The maintained library's verification…
    expect(new Webhook(hook.secret).verify(request!.body, request!.headers)).toEqual(body);
    // …and the specification's algorithm recomputed by hand.
    expect(request!.headers['webhook-signature']).toBe(
      expectedSignature(hook.secret, eventId, request!.headers['webhook-timestamp']!, request!.body),
    );
    // A wrong secret or a tampered body does not verify.
    expect(() => new Webhook(`whsec_${Buffer.alloc(32, 1).toString('base64')}`).verify(request!.body, request!.headers)).toThrow();
    expect(() => new Webhook(hook.secret).verify(request!.body.replace('80', '81'), request!.headers)).toThrow();

    const log = await deliveries(hook.id);
    expect(log.deliveries).toHaveLength(1);
    expect(log.deliveries[0]).toMatchObject({
      webhookId: hook.id,
      eventId,
      eventType: 'result.scored',
      status: 'succeeded',
      attempts: 1,
      responseStatus: 200,
      responseBody: 'ok',
      lastError: null,
      nextAttemptAt: null,
    });
    expect(log.deliveries[0].durationMs).toBeGreaterThanOrEqual(0);
    expect(log.deliveries[0].deliveredAt).not.toBeNull();
  });

  it('delivers only to enabled endpoints subscribed to the event type', async () => {
    const subscribed = await endpoint('/subscribed', ['session.completed']);
    await endpoint('/other-type', ['invitation.created']);
    const disabled = await endpoint('/disabled', ['session.completed']);
    await t.request({ method: 'PATCH', url: `/v1/webhooks/${disabled.id}`, headers: org.headers, payload: { enabled: false } });
    await emit('session.completed', { id: 'res_2' });
    await worker.runner.runDueJobs();
    expect(receiver.received.map((r) => r.headers['webhook-id'])).toHaveLength(1);
    expect((await deliveries(subscribed.id)).deliveries).toHaveLength(1);
    expect((await deliveries(disabled.id)).deliveries).toHaveLength(0);
  });

  it('retries refusals on the schedule and delivers with the same webhook-id on every attempt', async () => {
    const hook = await endpoint('/flaky');
    const refusals = 3;
    receiver.respond = (_request, index) => (index < refusals ? { status: 503, body: 'busy' } : { status: 200, body: 'ok' });
    const eventId = await emit('result.scored', { id: 'res_3' });

    await worker.runner.runDueJobs();
    for (let attempt = 1; attempt <= refusals; attempt++) {
      expect(receiver.received).toHaveLength(attempt);
      const [pending] = (await deliveries(hook.id)).deliveries;
      expect(pending).toMatchObject({ status: 'pending', attempts: attempt, responseStatus: 503, lastError: 'The endpoint answered HTTP 503' });
      // With jitter pinned to the middle, the next attempt is exactly one schedule step away.
      expect(Date.parse(pending.nextAttemptAt) - clock.now().getTime()).toBe(WEBHOOK_RETRY_SCHEDULE_MS[attempt - 1]);
      clock.advance(WEBHOOK_RETRY_SCHEDULE_MS[attempt - 1]! - 1);
      expect(await worker.runner.runDueJobs()).toBe(0);
      clock.advance(1);
      await worker.runner.runDueJobs();
    }

    expect(receiver.received).toHaveLength(refusals + 1);
    expect(new Set(receiver.received.map((r) => r.headers['webhook-id']))).toEqual(new Set([eventId]));
    // Every attempt is signed afresh for its own timestamp.
    const timestamps = receiver.received.map((r) => Number(r.headers['webhook-timestamp']));
    expect([...timestamps].sort((a, b) => a - b)).toEqual(timestamps);
    expect(new Set(timestamps).size).toBe(refusals + 1);
    for (const request of receiver.received) {
      expect(request.headers['webhook-signature']).toBe(
        expectedSignature(hook.secret, eventId, request.headers['webhook-timestamp']!, request.body),
      );
    }
    expect(new Set(receiver.received.map((r) => r.body)).size).toBe(1);

    const [done] = (await deliveries(hook.id)).deliveries;
    expect(done).toMatchObject({ status: 'succeeded', attempts: refusals + 1, responseStatus: 200, lastError: null });
    const detail = await t.request({ method: 'GET', url: `/v1/webhooks/${hook.id}/deliveries/${done.id}`, headers: org.headers });
    expect(detail.statusCode).toBe(200);
    expect(detail.data.delivery.attemptLog.map((a: { responseStatus: number }) => a.responseStatus)).toEqual([503, 503, 503, 200]);
    expect(detail.data.delivery.payload).toMatchObject({ type: 'result.scored', data: { id: 'res_3' } });
    const endpointAfter = await t.request({ method: 'GET', url: `/v1/webhooks/${hook.id}`, headers: org.headers });
    expect(endpointAfter.data.webhook.failingSince).toBeNull();
  });

  it('gives up after the last scheduled retry and marks the delivery failed', async () => {
    const hook = await endpoint('/down');
    receiver.respond = () => ({ status: 500, body: 'down' });
    await emit('result.scored', { id: 'res_4' });
    await worker.runner.runDueJobs();
    for (const delay of WEBHOOK_RETRY_SCHEDULE_MS) {
      clock.advance(delay);
      await worker.runner.runDueJobs();
    }
    expect(receiver.received).toHaveLength(WEBHOOK_RETRY_SCHEDULE_MS.length + 1);
    const [failed] = (await deliveries(hook.id)).deliveries;
    expect(failed).toMatchObject({ status: 'failed', attempts: 8, responseStatus: 500, lastError: 'The endpoint answered HTTP 500', nextAttemptAt: null });
    clock.advance(86_400_000);
    await worker.runner.runDueJobs();
    expect(receiver.received).toHaveLength(8);
    const endpointAfter = await t.request({ method: 'GET', url: `/v1/webhooks/${hook.id}`, headers: org.headers });
    expect(endpointAfter.data.webhook).toMatchObject({ enabled: true });
    expect(endpointAfter.data.webhook.failingSince).not.toBeNull();
  });

  it('a timeout counts as a failed attempt and is retried', async () => {
    const hook = await endpoint('/slow');
    receiver.respond = (_request, index) => (index === 0 ? null : { status: 204 });
    await emit('result.scored', { id: 'res_5' });
    await worker.runner.runDueJobs();
    let [delivery] = (await deliveries(hook.id)).deliveries;
    expect(delivery).toMatchObject({ status: 'pending', attempts: 1, responseStatus: null });
    expect(delivery.lastError).toMatch(/No response within/);
    clock.advance(WEBHOOK_RETRY_SCHEDULE_MS[0]!);
    await worker.runner.runDueJobs();
    [delivery] = (await deliveries(hook.id)).deliveries;
    expect(delivery).toMatchObject({ status: 'succeeded', attempts: 2, responseStatus: 204 });
  });

  it('an endpoint answering 410 Gone is disabled and receives nothing more', async () => {
    const hook = await endpoint('/gone');
    receiver.respond = () => ({ status: 410 });
    await emit('result.scored', { id: 'res_6' });
    await worker.runner.runDueJobs();
    const after = await t.request({ method: 'GET', url: `/v1/webhooks/${hook.id}`, headers: org.headers });
    expect(after.data.webhook).toMatchObject({ enabled: false, disabledReason: 'gone' });
    const [delivery] = (await deliveries(hook.id)).deliveries;
    expect(delivery).toMatchObject({ status: 'failed', attempts: 1, responseStatus: 410 });
    await emit('result.scored', { id: 'res_7' });
    clock.advance(3_600_000);
    await worker.runner.runDueJobs();
    expect(receiver.received).toHaveLength(1);
  });

  it('an endpoint failing for 5 days without a success is disabled', async () => {
    const hook = await endpoint('/failing');
    receiver.respond = () => ({ status: 502 });
    // A steady stream of events over six days, none ever accepted.
    for (let hour = 0; hour < 6 * 24; hour += 12) {
      await emit('result.scored', { id: `res_f${hour}` });
      await worker.runner.runDueJobs();
      clock.advance(12 * 3_600_000);
      await worker.runner.runDueJobs();
    }
    const after = await t.request({ method: 'GET', url: `/v1/webhooks/${hook.id}`, headers: org.headers });
    expect(after.data.webhook).toMatchObject({ enabled: false, disabledReason: 'failing' });
    const firstFailure = Math.min(...receiver.received.map((r) => Number(r.headers['webhook-timestamp']) * 1000));
    const lastAttempt = Math.max(...receiver.received.map((r) => Number(r.headers['webhook-timestamp']) * 1000));
    expect(lastAttempt - firstFailure).toBeGreaterThanOrEqual(5 * 86_400_000);
    expect(lastAttempt - firstFailure).toBeLessThan(5 * 86_400_000 + 12 * 3_600_000);
    const pending = (await deliveries(hook.id, '?status=pending')).deliveries;
    expect(pending).toEqual([]);
  });

  it('during a rotation both secrets sign; after 24 hours only the new one', async () => {
    const hook = await endpoint('/rotating');
    const rotated = await t.request({ method: 'POST', url: `/v1/webhooks/${hook.id}/rotate-secret`, headers: org.headers });
    const newSecret = rotated.data.secret as string;
    await emit('result.scored', { id: 'res_8' });
    await worker.runner.runDueJobs();
    const [during] = receiver.received;
    expect(during!.headers['webhook-signature']!.split(' ')).toHaveLength(2);
    expect(new Webhook(newSecret).verify(during!.body, during!.headers)).toBeTruthy();
    expect(new Webhook(hook.secret).verify(during!.body, during!.headers)).toBeTruthy();

    clock.advance(24 * 3_600_000 + 1000);
    await emit('result.scored', { id: 'res_9' });
    await worker.runner.runDueJobs();
    const after = receiver.received[1]!;
    expect(after.headers['webhook-signature']!.split(' ')).toHaveLength(1);
    expect(after.headers['webhook-signature']).toBe(
      expectedSignature(newSecret, after.headers['webhook-id']!, after.headers['webhook-timestamp']!, after.body),
    );
    expect(after.headers['webhook-signature']).not.toBe(
      expectedSignature(hook.secret, after.headers['webhook-id']!, after.headers['webhook-timestamp']!, after.body),
    );
  });

  it('redelivers on request with the same webhook-id, and sends test events', async () => {
    const hook = await endpoint('/redeliver');
    const eventId = await emit('result.scored', { id: 'res_10' });
    await worker.runner.runDueJobs();
    const [first] = (await deliveries(hook.id)).deliveries;
    const again = await t.request({
      method: 'POST',
      url: `/v1/webhooks/${hook.id}/deliveries/${first.id}/redeliver`,
      headers: org.headers,
    });
    expect(again.statusCode).toBe(202);
    expect(again.data.delivery).toMatchObject({ id: first.id, status: 'pending' });
    await worker.runner.runDueJobs();
    expect(receiver.received.map((r) => r.headers['webhook-id'])).toEqual([eventId, eventId]);
    expect((await deliveries(hook.id)).deliveries[0]).toMatchObject({ status: 'succeeded', attempts: 2 });

    const test = await t.request({ method: 'POST', url: `/v1/webhooks/${hook.id}/test`, headers: org.headers });
    expect(test.statusCode).toBe(202);
    expect(test.data.delivery).toMatchObject({ eventType: 'webhook.test', status: 'pending', attempts: 0 });
    await worker.runner.runDueJobs();
    const testRequest = receiver.received[2]!;
    expect(testRequest.headers['webhook-id']).toBe(test.data.delivery.eventId);
    expect(JSON.parse(testRequest.body)).toMatchObject({ type: 'webhook.test', data: { webhookId: hook.id } });
    expect(new Webhook(hook.secret).verify(testRequest.body, testRequest.headers)).toBeTruthy();

    const unknown = await t.request({ method: 'POST', url: `/v1/webhooks/${hook.id}/deliveries/dlv_NOPE/redeliver`, headers: org.headers });
    expect(unknown.statusCode).toBe(404);
    await t.request({ method: 'PATCH', url: `/v1/webhooks/${hook.id}`, headers: org.headers, payload: { enabled: false } });
    const disabled = await t.request({ method: 'POST', url: `/v1/webhooks/${hook.id}/test`, headers: org.headers });
    expect(disabled.statusCode).toBe(409);
    expect(disabled.data.error.code).toBe('webhook_disabled');
  });

  it('a redelivery while a retry waits brings that retry forward instead of adding a second job', async () => {
    const hook = await endpoint('/forward');
    receiver.respond = (_request, index) => (index === 0 ? { status: 500 } : { status: 200 });
    await emit('result.scored', { id: 'res_fw' });
    await worker.runner.runDueJobs();
    const [waiting] = (await deliveries(hook.id)).deliveries;
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1 });
    const again = await t.request({ method: 'POST', url: `/v1/webhooks/${hook.id}/deliveries/${waiting.id}/redeliver`, headers: org.headers });
    expect(again.statusCode).toBe(202);
    const jobs = await t.database.db.selectFrom('jobs').selectAll().where('type', '=', 'webhooks.deliver').execute();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]!.run_at).toBe(clock.now().toISOString());
    await worker.runner.runDueJobs();
    expect(receiver.received).toHaveLength(2);
    expect((await deliveries(hook.id)).deliveries[0]).toMatchObject({ status: 'succeeded', attempts: 2 });
  });

  it('pages the delivery log newest first with an opaque cursor and filters by status', async () => {
    const hook = await endpoint('/paged');
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await emit('result.scored', { id: `res_p${i}` }));
    await worker.runner.runDueJobs();
    const seen: { id: string; eventId: string }[] = [];
    let cursor: string | null = null;
    do {
      const page: { deliveries: { id: string; eventId: string }[]; pagination: { limit: number; hasMore: boolean; nextCursor: string | null } } =
        await deliveries(hook.id, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.pagination.limit).toBe(2);
      expect(page.deliveries.length).toBeLessThanOrEqual(2);
      seen.push(...page.deliveries);
      cursor = page.pagination.nextCursor;
      expect(page.pagination.hasMore).toBe(cursor !== null);
    } while (cursor);
    // Every delivery exactly once, newest (highest id) first.
    expect(seen.map((d) => d.eventId).sort()).toEqual([...ids].sort());
    expect(seen.map((d) => d.id)).toEqual(seen.map((d) => d.id).sort().reverse());
    expect((await deliveries(hook.id, '?status=failed')).deliveries).toEqual([]);
    expect((await deliveries(hook.id, '?status=succeeded')).deliveries).toHaveLength(5);
  });

  it('a worker with a different ASSAY_SECRET_KEY fails the delivery with a clear error instead of signing wrongly', async () => {
    const hook = await endpoint('/wrong-key');
    const misconfigured = createWorker(
      { ...t.deps, config: { ...t.deps.config, secretKey: 'not-the-key-these-secrets-were-sealed-with' } },
      { log: silent, random: () => 0.5 },
    );
    await emit('result.scored', { id: 'res_key' });
    await misconfigured.runner.runDueJobs();
    expect(receiver.received).toHaveLength(0);
    const [delivery] = (await deliveries(hook.id)).deliveries;
    expect(delivery).toMatchObject({ status: 'failed', attempts: 0 });
    expect(delivery.lastError).toMatch(/ASSAY_SECRET_KEY/);
  });

  it('the delivery-time guard refuses private targets when the override is off', async () => {
    const hook = await endpoint('/guarded');
    const strict = createWorker(
      { ...t.deps, config: { ...t.deps.config, webhookAllowPrivate: false } },
      { log: silent, random: () => 0.5 },
    );
    await emit('result.scored', { id: 'res_11' });
    await strict.runner.runDueJobs();
    expect(receiver.received).toHaveLength(0);
    const [delivery] = (await deliveries(hook.id)).deliveries;
    expect(delivery).toMatchObject({ status: 'pending', attempts: 1, responseStatus: null });
    expect(delivery.lastError).toMatch(/127\.0\.0\.1, a loopback address/);
  });
});
