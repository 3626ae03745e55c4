import { Type, type TSchema } from '@sinclair/typebox';

/** `T | null`, as OpenAPI 3.1 and Ajv both understand it. */
// Null comes first: with type coercion on, Ajv would otherwise coerce null into the first branch (null → 0).
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([Type.Null(), schema]);

export const ErrorBody = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'Stable machine-readable code' }),
      message: Type.String(),
      details: Type.Optional(Type.Unknown()),
    }),
    requestId: Type.String(),
  },
  { $id: 'ErrorResponse', additionalProperties: true, description: 'Error' },
);

/** The error responses most authenticated routes can give, for the OpenAPI document. */
export function errorResponses(...statuses: number[]): Record<number, typeof ErrorBody> {
  return Object.fromEntries(statuses.map((status) => [status, ErrorBody]));
}

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });

export const OkIdBody = Type.Object({ ok: Type.Literal(true), id: Type.String() });

export const Timestamp = Type.String({ format: 'date-time' });
