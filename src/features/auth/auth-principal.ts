import type { Role, Scope } from './auth-scopes.js';

/** Who is making a request, as resolved by the auth plugin. */
export type Principal =
  | { kind: 'apiKey'; orgId: string; apiKeyId: string; /** The key's name, for the audit trail. */ name: string; scopes: ReadonlySet<Scope> }
  | {
      kind: 'user';
      orgId: string;
      userId: string;
      /** The user's name (or email when the name is empty), for the audit trail. */
      name: string;
      role: Role;
      scopes: ReadonlySet<Scope>;
      sessionTokenHash: string;
    }
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

/** Who did something, as the audit log records it: the kind, the id and a name people can read. */
export interface Actor {
  type: string;
  id: string | null;
  /** The user's name, the API key's name; null for candidates (the resource names them) and the operator. */
  name: string | null;
}

/** The audit-log actor for a principal. */
export function actorOf(principal: Principal): Actor {
  switch (principal.kind) {
    case 'apiKey':
      return { type: 'api_key', id: principal.apiKeyId, name: principal.name };
    case 'user':
      return { type: 'user', id: principal.userId, name: principal.name };
    case 'candidate':
      return { type: 'candidate', id: principal.invitationId, name: null };
    case 'operator':
      return { type: 'operator', id: null, name: 'operator' };
  }
}
