import type { FastifyRequest } from 'fastify';
import { orgIdOf, principalOf } from '../auth/auth-plugin.js';
import { actorOf } from '../auth/auth-principal.js';
import type { AuditContext } from './audit-service.js';

/** Who is asking and from where (client IP honours X-Forwarded-For: the app trusts its proxy). */
export function auditContextOf(request: FastifyRequest): AuditContext {
  const userAgent = request.headers['user-agent'];
  return {
    orgId: orgIdOf(request),
    actor: actorOf(principalOf(request)),
    ip: request.ip ?? null,
    userAgent: typeof userAgent === 'string' ? userAgent : null,
    requestId: request.id,
  };
}
