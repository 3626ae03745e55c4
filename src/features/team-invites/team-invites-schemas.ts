import { Type } from '@sinclair/typebox';
import { Nullable, Timestamp } from '../../shared/http-schemas.js';
import { Email, NewPassword, PersonName, RoleSchema } from '../users/users-schemas.js';
import { INVITE_EMAIL_STATUSES } from './team-invites-fns.js';

/** What may leave about an invite: never its token or the token's hash. */
export const TeamInviteObject = Type.Object({
  id: Type.String(),
  email: Type.String(),
  role: RoleSchema,
  status: Type.Union([Type.Literal('pending'), Type.Literal('expired')], { description: 'Expired invites can be resent' }),
  invitedBy: Type.Object({
    type: Type.String({ description: '`user` or `api_key`' }),
    id: Nullable(Type.String()),
    name: Nullable(Type.String({ description: 'As the inviter was named when they invited' })),
  }),
  emailStatus: Type.Union(
    INVITE_EMAIL_STATUSES.map((status) => Type.Literal(status)),
    { description: 'Delivery of the latest invitation email: queued, sent, or failed (after every retry)' },
  ),
  createdAt: Timestamp,
  sentAt: Timestamp,
  expiresAt: Timestamp,
});

export const CreateTeamInviteBody = Type.Object({ email: Email, role: RoleSchema }, { additionalProperties: false });

export const TeamInviteResponse = Type.Object({ invite: TeamInviteObject });
export const TeamInviteListResponse = Type.Object({ invites: Type.Array(TeamInviteObject) });

const InviteToken = Type.String({ minLength: 1, maxLength: 200, description: 'The token of the emailed link (after `#token=`)' });

export const InviteTokenBody = Type.Object({ token: InviteToken }, { additionalProperties: false });

export const AcceptTeamInviteBody = Type.Object({ token: InviteToken, name: PersonName, password: NewPassword }, { additionalProperties: false });

/** What the accept page shows the link's holder (the invited address's owner). */
export const TeamInviteLookupResponse = Type.Object({
  invite: Type.Object({
    orgName: Type.String(),
    email: Type.String(),
    role: RoleSchema,
    invitedByName: Nullable(Type.String()),
    expiresAt: Timestamp,
    accountExists: Type.Boolean({
      description: 'The address already has an Assay account (in any organization): one address, one account, so it cannot join',
    }),
  }),
});
