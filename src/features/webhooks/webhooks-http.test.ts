import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebhookReceiver, type WebhookReceiver } from '../../../test/helpers/webhook-receiver.js';
import { postWebhook } from './webhooks-http.js';

describe('postWebhook', () => {
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    receiver = await startWebhookReceiver();
  });
  afterAll(() => receiver.close());

  const post = (url: string, allowPrivate: boolean, timeoutMs = 2000) =>
    postWebhook({ url, body: '{"a":1}', headers: { 'content-type': 'application/json' }, timeoutMs, allowPrivate });

  it('returns the status, the start of the body and the duration', async () => {
    receiver.respond = () => ({ status: 202, body: 'x'.repeat(5000) });
    const response = await post(`${receiver.origin}/ok`, true);
    expect(response).toMatchObject({ status: 202, error: null });
    expect(response.body).toHaveLength(2048);
    expect(response.durationMs).toBeGreaterThanOrEqual(0);
    expect(receiver.received.at(-1)!.body).toBe('{"a":1}');
  });

  it.each([
    ['an IP literal', (origin: string) => `${origin}/x`],
    ['a host name resolving to loopback (checked on the connection itself)', (origin: string) => `${origin.replace('127.0.0.1', 'localhost')}/x`],
  ])('refuses %s without the override, sending nothing', async (_name, url) => {
    const before = receiver.received.length;
    const response = await post(url(receiver.origin), false);
    expect(response.status).toBeNull();
    expect(response.error).toMatch(/loopback address/);
    expect(receiver.received.length).toBe(before);
  });

  it('does not follow redirects', async () => {
    receiver.respond = () => ({ status: 302, body: '' });
    const response = await post(`${receiver.origin}/redirect`, true);
    expect(response.status).toBe(302);
  });

  it('gives up after the timeout', async () => {
    receiver.respond = () => null;
    const response = await post(`${receiver.origin}/hang`, true, 300);
    expect(response).toMatchObject({ status: null, error: 'No response within 300 ms' });
    expect(response.durationMs).toBeGreaterThanOrEqual(290);
  });

  it('reports a refused connection', async () => {
    const response = await post('http://127.0.0.1:1/nothing-listens', true);
    expect(response.status).toBeNull();
    expect(response.error).toMatch(/ECONNREFUSED/);
  });
});
