import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { assertPublicAddress, guardedLookup, hostOf } from './webhooks-ssrf.js';

export interface WebhookPost {
  url: string;
  /** Default POST; partner callbacks (Greenhouse) use PATCH. */
  method?: 'POST' | 'PATCH';
  body: string;
  headers: Record<string, string>;
  timeoutMs: number;
  /** ASSAY_WEBHOOK_ALLOW_PRIVATE: skip the SSRF guard. */
  allowPrivate: boolean;
}

export interface WebhookResponse {
  /** HTTP status, or null when no response arrived (refused, timed out, blocked). */
  status: number | null;
  /** The first few KB of the response, for the delivery log. */
  body: string | null;
  durationMs: number;
  error: string | null;
}

const MAX_RESPONSE_BYTES = 2048;
// Fresh connections for every delivery: the guarded lookup runs on each, and no
// idle socket keeps a stopping process alive.
const httpAgent = new http.Agent({ keepAlive: false });
const httpsAgent = new https.Agent({ keepAlive: false });

/**
 * POSTs one webhook. Never throws: every outcome (response, refusal, timeout,
 * blocked address) is returned for the delivery log. Redirects are not
 * followed (a redirect to an internal address would bypass the guard); a 3xx
 * counts as a failure like any non-2xx.
 */
export function postWebhook(input: WebhookPost): Promise<WebhookResponse> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: Omit<WebhookResponse, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...result, durationMs: elapsed() });
    };
    let url: URL;
    try {
      url = new URL(input.url);
      if (!input.allowPrivate && net.isIP(hostOf(url))) assertPublicAddress(hostOf(url), hostOf(url));
    } catch (error) {
      settled = true;
      resolve({ status: null, body: null, durationMs: elapsed(), error: (error as Error).message });
      return;
    }
    const isHttps = url.protocol === 'https:';
    const request = (isHttps ? https : http).request(url, {
      method: input.method ?? 'POST',
      agent: isHttps ? httpsAgent : httpAgent,
      headers: { ...input.headers, 'content-length': Buffer.byteLength(input.body).toString() },
      ...(input.allowPrivate ? {} : { lookup: guardedLookup as unknown as net.LookupFunction }),
    });
    const timer = setTimeout(() => {
      const limit = input.timeoutMs >= 1000 ? `${Math.round(input.timeoutMs / 1000)} s` : `${input.timeoutMs} ms`;
      request.destroy(new Error(`No response within ${limit}`));
    }, input.timeoutMs);
    request.on('error', (error) => finish({ status: null, body: null, error: error.message || String(error) }));
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const done = () => {
        const body = Buffer.concat(chunks).subarray(0, MAX_RESPONSE_BYTES).toString('utf8');
        finish({ status: response.statusCode ?? null, body: body || null, error: null });
        response.destroy();
      };
      response.on('data', (chunk: Buffer) => {
        if (size < MAX_RESPONSE_BYTES) chunks.push(chunk);
        size += chunk.length;
        if (size >= MAX_RESPONSE_BYTES) done();
      });
      response.on('end', done);
      response.on('error', done);
    });
    request.end(input.body);
  });
}
