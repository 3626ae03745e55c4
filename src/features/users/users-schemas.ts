import { Type } from '@sinclair/typebox';
import { Nullable, Timestamp } from '../../shared/http-schemas.js';
import { ROLES } from '../auth/auth-scopes.js';
import { ScopeSchema } from '../api-keys/api-keys-schemas.js';
import { OrganizationObject } from '../orgs/orgs-schemas.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './users-fns.js';

export const RoleSchema = Type.Union(ROLES.map((role) => Type.Literal(role)));

export const Email = Type.String({ format: 'email', maxLength: 254, description: 'Compared case-insensitively; stored lowercased' });
export const NewPassword = Type.String({
  minLength: PASSWORD_MIN_LENGTH,
  maxLength: PASSWORD_MAX_LENGTH,
  description: `At least ${PASSWORD_MIN_LENGTH} characters`,
});
export const PersonName = Type.String({ minLength: 1, maxLength: 255, pattern: '\\S' });

/** What may leave about a user: never the password hash. */
export const UserObject = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  role: RoleSchema,
  createdAt: Timestamp,
  lastLoginAt: Nullable(Timestamp),
});

export const LoginBody = Type.Object(
  {
    email: Type.String({ minLength: 1, maxLength: 254 }),
    password: Type.String({ minLength: 1, maxLength: PASSWORD_MAX_LENGTH }),
  },
  { additionalProperties: false },
);

const CsrfToken = Type.String({ description: 'Send it as the `x-csrf-token` header on POST, PUT, PATCH and DELETE' });

export const SignedInResponse = Type.Object({
  user: UserObject,
  org: OrganizationObject,
  csrfToken: CsrfToken,
});

export const MeResponse = Type.Object({
  user: UserObject,
  org: OrganizationObject,
  scopes: Type.Array(ScopeSchema),
  csrfToken: CsrfToken,
});

export const CsrfResponse = Type.Object({ csrfToken: CsrfToken });

export const LogoutResponse = Type.Object({ ok: Type.Literal(true) });

export const UpdateUserBody = Type.Object(
  {
    name: Type.Optional(PersonName),
    role: Type.Optional(RoleSchema),
  },
  { additionalProperties: false },
);

export const UserResponse = Type.Object({ user: UserObject });
export const UserListResponse = Type.Object({ users: Type.Array(UserObject) });
