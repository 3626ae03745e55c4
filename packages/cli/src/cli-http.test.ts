import { describe, expect, it } from 'vitest';
import { ApiError, UnreachableError, createApiClient, dataOf, isTransient, normalizeServerUrl } from './cli-http.js';

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

interface Seen {
  url: string;
  method: string;
  headers: Headers;
  body: string;
}

function fakeFetch(status: number, body: unknown, seen: Seen[] = []): typeof fetch {
  return async (input) => {
    const request = input as Request;
    seen.push({ url: request.url, method: request.method, headers: request.headers, body: await request.text() });
    return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
}

const readSession = (client: ReturnType<typeof createApiClient>) => dataOf(client.api.GET('/v1/candidate/session'));

describe('api client', () => {
  it('sends the token as a bearer credential and JSON bodies', async () => {
    const seen: Seen[] = [];
    const client = createApiClient({ server: 'http://h/', token: 'cst_x', fetch: fakeFetch(200, { accepted: 0, duplicates: 0 }, seen) });
    expect(await dataOf(client.api.POST('/v1/candidate/events', { body: { events: [] } }))).toEqual({ accepted: 0, duplicates: 0 });
    expect(seen[0]).toMatchObject({ url: 'http://h/v1/candidate/events', method: 'POST', body: '{"events":[]}' });
    expect(seen[0]!.headers.get('authorization')).toBe('Bearer cst_x');
    expect(seen[0]!.headers.get('content-type')).toBe('application/json');
    expect(seen[0]!.headers.get('user-agent')).toBe('assay-cli');
  });

  it.each([
    [409, { error: { code: 'session_closed', message: 'This attempt was already submitted' } }, 'session_closed', 1, false],
    [401, { error: { code: 'unauthorized', message: 'Missing or invalid credentials' } }, 'unauthorized', 3, false],
    [429, { error: { code: 'rate_limited', message: 'Slow down' } }, 'rate_limited', 1, true],
    [503, undefined, 'http_503', 1, true],
    [500, { error: { code: 'internal_error', message: 'Unexpected server error' } }, 'internal_error', 1, true],
  ])('maps %i to code %s, exit code %i, transient %s', async (status, body, code, exitCode, transient) => {
    const client = createApiClient({ server: 'http://h', token: 'cst_x', fetch: fakeFetch(status, body) });
    const error = await readSession(client).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status, code, exitCode });
    expect(isTransient(error)).toBe(transient);
  });

  it('tells a candidate whose token was refused to log in again', async () => {
    const client = createApiClient({ server: 'http://h', token: 'cst_x', fetch: fakeFetch(401, { error: { code: 'unauthorized', message: 'Missing or invalid credentials' } }) });
    await expect(readSession(client)).rejects.toThrow(/assay login/);
  });

  it('reports an unreachable server with exit code 4, as transient', async () => {
    const failing: typeof fetch = async () => {
      throw new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });
    };
    const error = await readSession(createApiClient({ server: 'http://h', fetch: failing })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnreachableError);
    expect(error).toMatchObject({ exitCode: 4, message: expect.stringContaining('ECONNREFUSED') });
    expect(isTransient(error)).toBe(true);
  });
});

/** Requests a hung server holds, as its socket would (else the whole pending chain is garbage). */
const heldByTheServer: Request[] = [];

describe('api client timeouts', () => {
  it('gives up on a server that does not answer in time, as unreachable', async () => {
    const hanging: typeof fetch = (input) => {
      const request = input as Request;
      heldByTheServer.push(request);
      return new Promise((_resolve, reject) => request.signal.addEventListener('abort', () => reject(request.signal.reason)));
    };
    const error = await readSession(createApiClient({ server: 'http://h', fetch: hanging, timeoutMs: 50 })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnreachableError);
    expect(error).toMatchObject({ message: expect.stringContaining('timed out') });
  });
});
