/** The permissions an API key or a reviewer role can hold (DESIGN §2). */
export const SCOPES = [
  'assessments:read',
  'assessments:write',
  'candidates:read',
  'candidates:write',
  'results:read',
  'results:export',
  'webhooks:manage',
  'api_keys:manage',
  /** The Greenhouse Assessment Partner API (/integrations/greenhouse/*), as Greenhouse calls it. */
  'integrations:greenhouse',
] as const;

export type Scope = (typeof SCOPES)[number];

export const ROLES = ['owner', 'admin', 'reviewer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Reviewer roles map onto the same scopes as API keys. */
export const ROLE_SCOPES: Record<Role, readonly Scope[]> = {
  owner: SCOPES,
  admin: SCOPES,
  reviewer: [
    'assessments:read',
    'assessments:write',
    'candidates:read',
    'candidates:write',
    'results:read',
    'results:export',
  ],
  viewer: ['assessments:read', 'candidates:read', 'results:read'],
};

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
}
