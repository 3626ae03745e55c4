import type { Role, Scope } from './auth-scopes.js';

/** Who is making a request, as resolved by the auth plugin. */
export type Principal =
  | { kind: 'apiKey'; orgId: string; apiKeyId: string; scopes: ReadonlySet<Scope> }
  | { kind: 'user'; orgId: string; userId: string; role: Role; scopes: ReadonlySet<Scope>; sessionTokenHash: string }
  | { kind: 'candidate'; orgId: string; invitationId: string; assessmentId: string; tokenHash: string }
  | { kind: 'operator' };

export type PrincipalKind = Principal['kind'];

/** Route-level auth requirement, set as `config: { auth: { … } }` on a route. */
export interface RouteAuth {
  /** Which kinds of principal may call the route; default apiKey and user. */
  principals?: PrincipalKind[];
  /** Scope an apiKey or user principal must hold. */
  scope?: Scope;
  /** Also accept an API key as the user name of HTTP Basic auth (partner APIs that can only send Basic). */
  basic?: boolean;
}

/** Principals that act on behalf of an organization's staff. */
export type StaffPrincipal = Extract<Principal, { kind: 'apiKey' | 'user' }>;

/** The audit-log actor for a principal. */
export function actorOf(principal: Principal): { type: string; id: string | null } {
  switch (principal.kind) {
    case 'apiKey':
      return { type: 'api_key', id: principal.apiKeyId };
    case 'user':
      return { type: 'user', id: principal.userId };
    case 'candidate':
      return { type: 'candidate', id: principal.invitationId };
    case 'operator':
      return { type: 'operator', id: null };
  }
}
