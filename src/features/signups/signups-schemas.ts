import { Type, type Static } from '@sinclair/typebox';
import { Timestamp } from '../../shared/http-schemas.js';
import { Email, NewPassword, PersonName } from '../users/users-schemas.js';

export const SignupBody = Type.Object(
  {
    email: Email,
    password: NewPassword,
    name: PersonName,
    orgName: Type.String({ minLength: 1, maxLength: 255, pattern: '\\S' }),
  },
  { additionalProperties: false },
);
export type SignupBody = Static<typeof SignupBody>;

/** The same answer for every address, whether or not it has an account: what happens next is in the email. */
export const ContinueByEmailResponse = Type.Object({
  ok: Type.Literal(true),
  email: Type.String({ description: 'The address the link was sent to (lowercased)' }),
  message: Type.String(),
});

const SignupToken = Type.String({ minLength: 1, maxLength: 200, description: 'The token of the emailed link (after `#token=`)' });
export const SignupTokenBody = Type.Object({ token: SignupToken }, { additionalProperties: false });

/** What the complete-signup page shows the link's holder (the address's owner). */
export const SignupLookupResponse = Type.Object({
  signup: Type.Object({
    email: Type.String(),
    name: Type.String(),
    orgName: Type.String(),
    expiresAt: Timestamp,
    accountExists: Type.Boolean({ description: 'The address got an account since signing up (one address, one account): completing answers 409' }),
  }),
});
