import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import type { TSchema } from '@sinclair/typebox';
import { newRequestId } from './ids.js';
import { ErrorBody } from './shared/http-schemas.js';
import { errorBodyOf, sendError, type ErrorFormat, type ErrorPayload } from './http-errors.js';

/**
 * HTTP below and beside the routes: 405 for a path served under other methods,
 * errors Node answers before Fastify sees a request (431, 414, 408, malformed
 * requests) in our error format, the timeouts that drop slow clients, and the
 * error statuses every route can answer, written into its OpenAPI responses.
 */

interface KnownRoute {
  method: string;
  pattern: RegExp;
  format: ErrorFormat;
  /** The route names its path without parameters (`/v1/sessions/decisions`). */
  literal: boolean;
}

/** `/v1/users/:id` → a RegExp over the raw (still percent-encoded) path, one segment per parameter. */
function patternOf(url: string): RegExp {
  const segments = url.split('/').map((segment) => {
    if (segment === '*') return '.*';
    if (segment.includes(':')) return '[^/]+';
    return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  return new RegExp(`^${segments.join('/')}$`);
}

/** Every route of the app, for answering "which methods does this path have?". */
export function createRouteTable() {
  const routes: KnownRoute[] = [];
  /** Methods by the paths routes name literally, for the per-request guard (one map lookup). */
  const literalMethods = new Map<string, string[]>();
  return {
    /** onRoute hook. The static files' catch-all (`/*`, GET only) is left out: it would make every path a GET path. */
    add(route: RouteOptions): void {
      if (route.url === '/*') return;
      const format: ErrorFormat = route.config?.errorFormat === 'envelope' ? 'envelope' : 'default';
      const literal = !route.url.includes(':') && !route.url.includes('*');
      for (const method of ([] as string[]).concat(route.method)) routes.push({ method, pattern: patternOf(route.url), format, literal });
      if (literal) literalMethods.set(route.url, [...new Set([...(literalMethods.get(route.url) ?? []), ...([] as string[]).concat(route.method)])].sort());
    },
    /** The methods of the routes that name this path literally; empty when none does. */
    literalMethodsOf(path: string): readonly string[] {
      return literalMethods.get(path) ?? [];
    },
    /**
     * The methods served at a concrete path, and the error format of the
     * routes there. A path some route names literally is that route's path:
     * a parametric sibling (`/v1/sessions/:id`) does not serve it.
     */
    lookup(path: string): { methods: string[]; format: ErrorFormat } {
      const matching = routes.filter((route) => route.pattern.test(path));
      const literal = matching.filter((route) => route.literal);
      const chosen = literal.length > 0 ? literal : matching;
      const methods = [...new Set(chosen.map((route) => route.method))].sort();
      return { methods, format: chosen.some((route) => route.format === 'envelope') ? 'envelope' : 'default' };
    },
  };
}

export type RouteTable = ReturnType<typeof createRouteTable>;

function pathOf(url: string): string {
  return url.split('?')[0] ?? url;
}

function methodNotAllowed(request: FastifyRequest, reply: FastifyReply, path: string, methods: string[], format: ErrorFormat) {
  reply.header('allow', methods.join(', '));
  const message = `${request.method} is not allowed on ${path}; allowed: ${methods.join(', ')}`;
  return sendError(request, reply, { status: 405, code: 'method_not_allowed', message }, format);
}

/** Unknown route: 405 with `Allow` when the path exists under other methods, else 404. */
export function createNotFoundHandler(table: RouteTable) {
  return function notFoundHandler(request: FastifyRequest, reply: FastifyReply) {
    const path = pathOf(request.url);
    const { methods, format } = table.lookup(path);
    if (methods.length > 0 && !methods.includes(request.method)) return methodNotAllowed(request, reply, path, methods, format);
    return sendError(request, reply, { status: 404, code: 'route_not_found', message: `No route ${request.method} ${path}` }, 'default');
  };
}

/**
 * onRequest: a path some route names literally (`POST /v1/sessions/decisions`)
 * is not an id for a parametric sibling under another method (`GET
 * /v1/sessions/:id`): those methods answer 405 with the literal route's
 * `Allow`, as an unserved method of any path does.
 */
export function createLiteralPathGuard(table: RouteTable) {
  return async function literalPathGuard(request: FastifyRequest, reply: FastifyReply) {
    const routeUrl = request.routeOptions.url;
    if (!routeUrl || !routeUrl.includes(':')) return;
    const path = pathOf(request.url);
    const literal = table.literalMethodsOf(path);
    if (literal.length === 0 || literal.includes(request.method)) return;
    const { methods, format } = table.lookup(path);
    return methodNotAllowed(request, reply, path, methods, format);
  };
}

/** What Node's parser reports, as our error. */
function clientErrorPayload(error: { code?: string }, requestLineComplete: boolean): ErrorPayload {
  switch (error.code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, code: 'request_timeout', message: 'The request was not received in time' };
    case 'HPE_HEADER_OVERFLOW':
      // The limit covers the request line and the headers together: when the
      // request line alone did not fit, it is the URI that is too long.
      return requestLineComplete
        ? { status: 431, code: 'headers_too_large', message: 'The request headers are too large' }
        : { status: 414, code: 'uri_too_long', message: 'The request URI is too long' };
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return { status: 413, code: 'body_too_large', message: 'The chunk extensions of the request body are too large' };
    default:
      return { status: 400, code: 'bad_request', message: 'Malformed HTTP request' };
  }
}

/**
 * Fastify's clientErrorHandler: Node's HTTP parser refused a request (too
 * large headers, a timeout, bad syntax) before any route saw it. The answer is
 * written to the socket by hand, in the error format of the route the request
 * line names (002's envelope on its routes), and the connection closed.
 */
export function createClientErrorHandler(table: RouteTable) {
  return function clientErrorHandler(error: Error & { code?: string; rawPacket?: unknown; bytesParsed?: number }, socket: Socket): void {
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    const packet = Buffer.isBuffer(error.rawPacket) ? error.rawPacket.toString('latin1') : '';
    const requestLine = /^([A-Z]+) (\S+) HTTP\/1\.[01]\r?\n/.exec(packet);
    // Where the parser stopped: before the end of the first line, the request line was too long.
    const lineEnd = packet.indexOf('\n');
    const requestLineComplete = lineEnd !== -1 && lineEnd < (error.bytesParsed ?? packet.length);
    const payload = clientErrorPayload(error, requestLineComplete);
    const format = requestLine ? table.lookup(pathOf(requestLine[2]!)).format : 'default';
    const requestId = newRequestId();
    const body = JSON.stringify(errorBodyOf(format, payload, requestId));
    if (socket.writable) {
      socket.end(
        `HTTP/1.1 ${payload.status} ${STATUS_CODES[payload.status]}\r\n` +
          'Content-Type: application/json; charset=utf-8\r\n' +
          `Content-Length: ${Buffer.byteLength(body)}\r\n` +
          `x-request-id: ${requestId}\r\n` +
          'Connection: close\r\n\r\n' +
          body,
      );
    }
    socket.destroySoon();
  };
}

/** Headers are a few kilobytes: a client that takes longer than this to send them is stalling. */
const HEADERS_TIMEOUT_MS = 15_000;
/** A socket with no traffic either way for this long (e.g. a client that stopped reading) is closed. */
const IDLE_SOCKET_TIMEOUT_MS = 120_000;
/** How often Node looks for requests past their timeouts (its default, 30 s, would let a timeout overrun by that much). */
const TIMEOUT_CHECK_INTERVAL_MS = 1_000;

/** Fastify server options that bound how long a slow or silent client can hold a connection. */
export function serverTimeouts(config: { requestTimeoutSeconds: number; keepAliveTimeoutSeconds: number }) {
  const requestTimeout = config.requestTimeoutSeconds * 1000;
  const keepAliveTimeout = config.keepAliveTimeoutSeconds * 1000;
  return {
    requestTimeout,
    keepAliveTimeout,
    connectionTimeout: Math.max(IDLE_SOCKET_TIMEOUT_MS, keepAliveTimeout + 1000),
    http: {
      requestTimeout,
      headersTimeout: Math.min(HEADERS_TIMEOUT_MS, requestTimeout),
      connectionsCheckingInterval: TIMEOUT_CHECK_INTERVAL_MS,
    },
  };
}

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * onRoute hook: the error statuses the HTTP layer answers for a route whatever
 * its handler does — 400 (unstorable text, invalid JSON, schema) for a route
 * with input, 413 and 415 for a method with a body — added to its OpenAPI
 * responses where missing, with the error schema the route already uses (002's
 * envelope on its routes).
 */
export function documentInputErrors(route: RouteOptions): void {
  const schema = route.schema as { body?: unknown; querystring?: unknown; params?: unknown; headers?: unknown; response?: Record<string, TSchema>; hide?: boolean } | undefined;
  if (!schema?.response || schema.hide) return;
  const methods = ([] as string[]).concat(route.method);
  const hasInput = Boolean(schema.body || schema.querystring || schema.params || schema.headers || route.url.includes(':'));
  const statuses = [
    ...(hasInput ? ['400'] : []),
    ...(methods.some((method) => BODY_METHODS.has(method)) ? ['400', '413', '415'] : []),
  ];
  const existing = Object.entries(schema.response).find(([status]) => /^4\d\d$/.test(status))?.[1];
  const errorSchema = existing ?? ErrorBody;
  const response = { ...schema.response };
  for (const status of statuses) response[status] ??= errorSchema;
  route.schema = { ...schema, response };
}
