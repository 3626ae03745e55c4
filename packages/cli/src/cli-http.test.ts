import { describe, expect, it } from 'vitest';
import { ApiError, UnreachableError, createApiClient, isTransient, normalizeServerUrl } from './cli-http.js';

describe('normalizeServerUrl', () => {
  it.each([
    ['https://assay.example.com', 'https://assay.example.com'],
    ['https://assay.example.com/', 'https://assay.example.com'],
    ['http://127.0.0.1:3000//', 'http://127.0.0.1:3000'],
    ['https://example.com/assay/', 'https://example.com/assay'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeServerUrl(input)).toBe(expected);
  });

  it.each(['assay.example.com', 'ftp://example.com', ''])('refuses %j with a usage error', (input) => {
    expect(() => normalizeServerUrl(input)).toThrow(expect.objectContaining({ exitCode: 2 }));
  });
});

function fakeFetch(status: number, body: unknown, seen: Array<{ url: string; init: RequestInit }> = []): typeof fetch {
  return (async (url: string, init: RequestInit) => {
    seen.push({ url, init });
    return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof fetch;
}

describe('api client', () => {
  it('sends the token as a bearer credential and JSON bodies', async () => {
    const seen: Array<{ url: string; init: RequestInit }> = [];
    const client = createApiClient({ server: 'http://h/', token: 'cst_x', fetch: fakeFetch(200, { ok: true }, seen) });
    expect(await client.post('/v1/candidate/events', { events: [] })).toEqual({ ok: true });
    expect(seen[0]!.url).toBe('http://h/v1/candidate/events');
    expect(seen[0]!.init.headers).toMatchObject({ authorization: 'Bearer cst_x', 'content-type': 'application/json' });
    expect(seen[0]!.init.body).toBe('{"events":[]}');
  });

  it.each([
    [409, { error: { code: 'session_closed', message: 'This attempt was already submitted' } }, 'session_closed', 1, false],
    [401, { error: { code: 'unauthorized', message: 'Missing or invalid credentials' } }, 'unauthorized', 3, false],
    [429, { error: { code: 'rate_limited', message: 'Slow down' } }, 'rate_limited', 1, true],
    [503, undefined, 'http_503', 1, true],
    [500, { error: { code: 'internal_error', message: 'Unexpected server error' } }, 'internal_error', 1, true],
  ])('maps %i to code %s, exit code %i, transient %s', async (status, body, code, exitCode, transient) => {
    const client = createApiClient({ server: 'http://h', token: 'cst_x', fetch: fakeFetch(status, body) });
    const error = await client.get('/x').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status, code, exitCode });
    expect(isTransient(error)).toBe(transient);
  });

  it('tells a candidate whose token was refused to log in again', async () => {
    const client = createApiClient({ server: 'http://h', token: 'cst_x', fetch: fakeFetch(401, { error: { code: 'unauthorized', message: 'Missing or invalid credentials' } }) });
    await expect(client.get('/x')).rejects.toThrow(/assay login/);
  });

  it('reports an unreachable server with exit code 4, as transient', async () => {
    const failing = (async () => {
      throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
    }) as unknown as typeof fetch;
    const error = await createApiClient({ server: 'http://h', fetch: failing }).get('/x').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnreachableError);
    expect(error).toMatchObject({ exitCode: 4, message: expect.stringContaining('ECONNREFUSED') });
    expect(isTransient(error)).toBe(true);
  });
});
