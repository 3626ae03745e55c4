import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, TooManyRequestsError } from './errors.js';
import { explainSchemaIssues, summarizeIssues } from './validation-messages.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * `envelope`: errors as `{ success: false, error, message }`, the body the
     * skill-verification API (reference 002) uses for every answer.
     */
    errorFormat?: 'default' | 'envelope';
  }
}

export interface ErrorPayload {
  status: number;
  code: string;
  message: string;
  details?: unknown;
  extra?: Record<string, unknown>;
  /** Sent as the Retry-After header (every 429 of ours carries it). */
  retryAfterSeconds?: number;
}

/** The largest request body the server reads (a deliverable of 2,000,000 characters fits, as JSON, unless it is mostly non-ASCII). */
export const BODY_LIMIT_BYTES = 5 * 1024 * 1024;

const FASTIFY_CODES: Record<string, { status: number; code: string; message?: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'invalid_body' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'invalid_body' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'invalid_body' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'body_too_large', message: `The request body is larger than the ${BODY_LIMIT_BYTES / (1024 * 1024)} MB this server accepts` },
  FST_ERR_BAD_URL: { status: 400, code: 'invalid_url' },
  FST_ERR_MAX_PARAM_LENGTH: { status: 414, code: 'uri_too_long', message: 'A path segment of the URI is too long' },
  FST_CSRF_INVALID_TOKEN: { status: 403, code: 'csrf_invalid' },
  FST_CSRF_MISSING_SECRET: { status: 403, code: 'csrf_invalid' },
};

export function toErrorPayload(error: FastifyError | AppError | Error): ErrorPayload {
  if (error instanceof TooManyRequestsError) {
    return { status: 429, code: error.code, message: error.message, retryAfterSeconds: error.retryAfterSeconds };
  }
  if (error instanceof AppError) {
    return { status: error.statusCode, code: error.code, message: error.message, details: error.details, extra: error.extra };
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) {
    const where = fastifyError.validationContext ?? 'body';
    const details = explainSchemaIssues(fastifyError.validation, where);
    return { status: 400, code: 'validation_failed', message: summarizeIssues(details), details };
  }
  if (fastifyError.code && FASTIFY_CODES[fastifyError.code]) {
    const mapped = FASTIFY_CODES[fastifyError.code]!;
    return { status: mapped.status, code: mapped.code, message: mapped.message ?? fastifyError.message };
  }
  const status = fastifyError.statusCode;
  if (status && status >= 400 && status < 500) {
    const code = status === 429 ? 'rate_limited' : (fastifyError.code ?? 'bad_request').toLowerCase();
    return { status, code, message: fastifyError.message };
  }
  return { status: 500, code: 'internal_error', message: 'Unexpected server error' };
}

export type ErrorFormat = 'default' | 'envelope';

/** The error format of the route a request reached: 002's envelope where the route asks for it. */
export function errorFormatOf(request: FastifyRequest): ErrorFormat {
  return request.routeOptions?.config?.errorFormat === 'envelope' ? 'envelope' : 'default';
}

/** The JSON body of an error answer, in our format or 002's envelope; 5xx internals never leave. */
export function errorBodyOf(format: ErrorFormat, payload: ErrorPayload, requestId: string): Record<string, unknown> {
  const code = format === 'envelope' && payload.status >= 500 ? 'INTERNAL_ERROR' : payload.code;
  const error = { code, message: payload.message, ...(payload.details !== undefined ? { details: payload.details } : {}) };
  return format === 'envelope'
    ? { success: false, error, message: payload.message, requestId }
    : { error, ...payload.extra, requestId };
}

export function sendError(request: FastifyRequest, reply: FastifyReply, payload: ErrorPayload, format = errorFormatOf(request)) {
  // Set here too: answers given before routing (a malformed URL) skip the app's onSend hook.
  reply.header('x-request-id', request.id);
  if (payload.retryAfterSeconds !== undefined) reply.header('retry-after', String(payload.retryAfterSeconds));
  return reply.code(payload.status).type('application/json; charset=utf-8').send(errorBodyOf(format, payload, request.id));
}

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const payload = toErrorPayload(error);
  if (payload.status >= 500) request.log.error({ err: error }, 'request failed');
  return sendError(request, reply, payload);
}
