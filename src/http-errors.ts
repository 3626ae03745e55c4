import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * `envelope`: errors as `{ success: false, error, message }`, the body the
     * skill-verification API (reference 002) uses for every answer.
     */
    errorFormat?: 'default' | 'envelope';
  }
}

interface ErrorPayload {
  status: number;
  code: string;
  message: string;
  details?: unknown;
  extra?: Record<string, unknown>;
}

interface AjvIssue {
  instancePath?: string;
  keyword?: string;
  message?: string;
  params?: Record<string, unknown>;
}

/** The field an Ajv issue is about: `title`, `questions.2.options`, or the missing property. */
function fieldOf(issue: AjvIssue): string {
  const path = (issue.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
  const missing = issue.params?.missingProperty;
  if (issue.keyword === 'required' && typeof missing === 'string') return path ? `${path}.${missing}` : missing;
  const extra = issue.params?.additionalProperty;
  if (issue.keyword === 'additionalProperties' && typeof extra === 'string') return path ? `${path}.${extra}` : extra;
  return path;
}

const FASTIFY_CODES: Record<string, { status: number; code: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'invalid_body' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'invalid_body' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'body_too_large' },
  FST_CSRF_INVALID_TOKEN: { status: 403, code: 'csrf_invalid' },
  FST_CSRF_MISSING_SECRET: { status: 403, code: 'csrf_invalid' },
};

export function toErrorPayload(error: FastifyError | AppError | Error): ErrorPayload {
  if (error instanceof AppError) {
    return { status: error.statusCode, code: error.code, message: error.message, details: error.details, extra: error.extra };
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) {
    const issues = fastifyError.validation as AjvIssue[];
    const fields = issues.map((issue) => ({ field: fieldOf(issue), message: issue.message ?? 'is invalid' }));
    const first = fields[0];
    const where = fastifyError.validationContext ?? 'request';
    const message = first ? `${where}: ${first.field || where} ${first.message}` : `Invalid ${where}`;
    return { status: 400, code: 'validation_failed', message, details: fields };
  }
  if (fastifyError.code && FASTIFY_CODES[fastifyError.code]) {
    const mapped = FASTIFY_CODES[fastifyError.code]!;
    return { status: mapped.status, code: mapped.code, message: fastifyError.message };
  }
  const status = fastifyError.statusCode;
  if (status && status >= 400 && status < 500) {
    const code = status === 429 ? 'rate_limited' : (fastifyError.code ?? 'bad_request').toLowerCase();
    return { status, code, message: fastifyError.message };
  }
  return { status: 500, code: 'internal_error', message: 'Unexpected server error' };
}

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const payload = toErrorPayload(error);
  if (payload.status >= 500) request.log.error({ err: error }, 'request failed');
  const envelope = request.routeOptions.config?.errorFormat === 'envelope';
  const code = envelope && payload.status >= 500 ? 'INTERNAL_ERROR' : payload.code;
  const body = envelope
    ? {
        success: false,
        error: { code, message: payload.message, ...(payload.details !== undefined ? { details: payload.details } : {}) },
        message: payload.message,
        requestId: request.id,
      }
    : {
        error: { code, message: payload.message, ...(payload.details !== undefined ? { details: payload.details } : {}) },
        ...payload.extra,
        requestId: request.id,
      };
  return reply.code(payload.status).type('application/json; charset=utf-8').send(body);
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply) {
  return reply.code(404).send({
    error: { code: 'route_not_found', message: `No route ${request.method} ${request.url.split('?')[0]}` },
    requestId: request.id,
  });
}
