import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app.js';

/**
 * HTTP at the edges, over a real socket where the behaviour happens below
 * Fastify's inject (Node's parser and timers): every answer in our error
 * format — 002's envelope on its routes — and slow clients dropped.
 */

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  /** Parsed JSON, or the text when it is not JSON. */
  body: unknown;
  /** The server closed the connection. */
  closed: boolean;
  /** Milliseconds from the first byte sent to the close (or to giving up). */
  elapsed: number;
}

/** Sends raw bytes and reads one answer until the server closes the connection or `waitMs` passes. */
function exchange(port: number, data: string | Buffer, waitMs = 5_000): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let done = false;
    const finish = (closed: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...headerLines] = head.split('\r\n');
      const headers = Object.fromEntries(
        headerLines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      );
      const bodyText = rest.join('\r\n\r\n');
      let body: unknown = bodyText;
      try {
        body = JSON.parse(bodyText);
      } catch {
        // not JSON: kept as text
      }
      resolve({ status: Number(statusLine.split(' ')[1] ?? 0), headers, body, closed, elapsed: Date.now() - started });
    };
    const timer = setTimeout(() => finish(false), waitMs);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('close', () => finish(true));
    socket.on('error', () => finish(true));
    socket.write(data);
  });
}

function expectOurError(answer: RawAnswer, status: number, code: string) {
  expect(answer.status).toBe(status);
  expect(answer.headers['content-type']).toContain('application/json');
  expect(answer.body).toEqual({ error: { code, message: expect.any(String) }, requestId: expect.stringMatching(/^req_[0-9a-f]{16}$/) });
  expect(answer.headers['x-request-id']).toBe((answer.body as { requestId: string }).requestId);
}

describe('HTTP protocol edges', () => {
  let t: TestApp;
  let port: number;

  beforeAll(async () => {
    t = await createTestApp({ env: { ASSAY_REQUEST_TIMEOUT_SECONDS: '1', ASSAY_KEEP_ALIVE_TIMEOUT_SECONDS: '1' } });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    port = (t.app.server.address() as net.AddressInfo).port;
  });
  afterAll(() => t.close());

  const request = (line: string, headers: string[] = [], body = '') =>
    `${line}\r\nHost: localhost\r\nConnection: close\r\n${headers.map((header) => `${header}\r\n`).join('')}\r\n${body}`;

  describe('methods and routes', () => {
    it.each([
      ['DELETE /v1/auth/login', 'POST'],
      ['GET /v1/auth/login', 'POST'],
      ['PUT /v1/assessments', 'GET, HEAD, POST'],
      ['POST /v1/users/usr_1', 'DELETE, PATCH'],
      ['OPTIONS /v1/org', 'GET, HEAD'],
      // A path a route names literally is not an id of its parametric sibling (GET /v1/sessions/:id).
      ['GET /v1/sessions/decisions', 'POST'],
      ['DELETE /v1/sessions/decisions', 'POST'],
    ])('%s → 405 with Allow: %s', async (requestLine, allow) => {
      const answer = await exchange(port, request(`${requestLine} HTTP/1.1`, ['Content-Length: 0']));
      expectOurError(answer, 405, 'method_not_allowed');
      expect(answer.headers.allow).toBe(allow);
    });

    it('answers 405 on a 002 route in the 002 envelope', async () => {
      const answer = await exchange(port, request('GET /api/v1/assessment/submit HTTP/1.1'));
      expect(answer.status).toBe(405);
      expect(answer.headers.allow).toBe('POST');
      expect(answer.body).toEqual({
        success: false,
        error: { code: 'method_not_allowed', message: expect.any(String) },
        message: expect.any(String),
        requestId: expect.stringMatching(/^req_/),
      });
    });

    it.each(['GET /v1/nothing', 'POST /v1/assessments/asmt_1/nothing', 'GET /api/v1/assessment/nothing', 'DELETE /v1', 'POST /v1/a%00b'])(
      'answers the unknown route %s with 404 in our format',
      async (requestLine) => {
        const answer = await exchange(port, request(`${requestLine} HTTP/1.1`, ['Content-Length: 0']));
        expectOurError(answer, 404, 'route_not_found');
      },
    );

    it('answers a malformed percent-encoding in the path with 400 in our format', async () => {
      expectOurError(await exchange(port, request('GET /v1/users/%zz HTTP/1.1')), 400, 'invalid_url');
    });
  });

  describe('sizes and types', () => {
    it('413: a body over the limit (5 MiB), announced by Content-Length', async () => {
      const answer = await exchange(port, request('POST /v1/auth/login HTTP/1.1', ['Content-Type: application/json', `Content-Length: ${6 * 1024 * 1024}`], '{"email":'));
      expectOurError(answer, 413, 'body_too_large');
    });

    it('413: a chunked body that grows over the limit', async () => {
      const chunk = 'x'.repeat(1024 * 1024);
      const chunks = Array.from({ length: 6 }, () => `${chunk.length.toString(16)}\r\n${chunk}\r\n`).join('');
      const answer = await exchange(port, request('POST /v1/auth/login HTTP/1.1', ['Content-Type: application/json', 'Transfer-Encoding: chunked'], `${chunks}0\r\n\r\n`));
      expectOurError(answer, 413, 'body_too_large');
    });

    it('414: a request line longer than Node accepts', async () => {
      const answer = await exchange(port, request(`GET /v1/audit-log?actor=${'a'.repeat(20_000)} HTTP/1.1`));
      expectOurError(answer, 414, 'uri_too_long');
      expect(answer.closed).toBe(true);
    });

    it('414: a path parameter longer than the router accepts', async () => {
      expectOurError(await exchange(port, request(`PATCH /v1/users/${'u'.repeat(200)} HTTP/1.1`, ['Content-Length: 0'])), 414, 'uri_too_long');
    });

    it('415: a body of a type no route reads', async () => {
      const answer = await exchange(port, request('POST /v1/auth/login HTTP/1.1', ['Content-Type: application/xml', 'Content-Length: 7'], '<a></a>'));
      expectOurError(answer, 415, 'unsupported_media_type');
    });

    it('431: headers larger than Node accepts', async () => {
      const answer = await exchange(port, request('GET /v1/org HTTP/1.1', [`X-Padding: ${'p'.repeat(20_000)}`]));
      expectOurError(answer, 431, 'headers_too_large');
      expect(answer.closed).toBe(true);
    });

    it('431 on a 002 route comes in the 002 envelope', async () => {
      const answer = await exchange(port, request('POST /api/v1/assessment/submit HTTP/1.1', [`X-Padding: ${'p'.repeat(20_000)}`]));
      expect(answer.status).toBe(431);
      expect(answer.body).toMatchObject({ success: false, error: { code: 'headers_too_large' }, message: expect.any(String) });
    });

    it('400: a request Node cannot parse, in our format', async () => {
      expectOurError(await exchange(port, 'HELLO\r\n\r\n'), 400, 'bad_request');
    });
  });

  describe('slow clients', () => {
    it('drops a client that sends half a body: 408 in our format within the request timeout', async () => {
      const answer = await exchange(port, 'POST /v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"email":', 8_000);
      expectOurError(answer, 408, 'request_timeout');
      expect(answer.closed).toBe(true);
      // 1 s timeout, checked every second.
      expect(answer.elapsed).toBeLessThan(3_500);
    });

    it('drops a client that never finishes its headers', async () => {
      const answer = await exchange(port, 'GET /v1/org HTTP/1.1\r\nHost: localhost\r\nX-Slow: ', 8_000);
      expectOurError(answer, 408, 'request_timeout');
      expect(answer.elapsed).toBeLessThan(3_500);
    });

    it('closes an idle keep-alive connection after the keep-alive timeout', async () => {
      const answer = await exchange(port, 'GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n', 8_000);
      expect(answer.status).toBe(200);
      expect(answer.headers['keep-alive']).toBe('timeout=1');
      expect(answer.closed).toBe(true);
      expect(answer.elapsed).toBeLessThan(3_500);
    });

    it('keeps a client that is answered within the timeouts', async () => {
      const body = JSON.stringify({ email: 'nobody@example.com', password: 'wrong password' });
      const answer = await exchange(port, request('POST /v1/auth/login HTTP/1.1', ['Content-Type: application/json', `Content-Length: ${body.length}`], body));
      expectOurError(answer, 401, 'invalid_credentials');
    });
  });

  it('uses the defaults of src/config.ts when nothing is configured', async () => {
    const defaults = await createTestApp();
    try {
      expect(defaults.app.server.requestTimeout).toBe(60_000);
      expect(defaults.app.server.headersTimeout).toBe(15_000);
      expect(defaults.app.server.keepAliveTimeout).toBe(72_000);
      expect(defaults.app.server.timeout).toBe(120_000);
    } finally {
      await defaults.close();
    }
  });
});
