import { Type, type Static } from '@sinclair/typebox';
import { Nullable, Timestamp } from '../../shared/http-schemas.js';

export const CriterionInput = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 255, pattern: '\\S' }),
    maxPoints: Type.Number({ exclusiveMinimum: 0, maximum: 1_000 }),
    description: Type.Optional(Type.String({ maxLength: 2_000 })),
  },
  { additionalProperties: false },
);
export type CriterionInput = Static<typeof CriterionInput>;

/** 1–50 criteria with distinct names (checked in rubrics-fns). */
export const CriteriaInput = Type.Array(CriterionInput, { minItems: 1, maxItems: 50 });

export const CriterionObject = Type.Object({
  name: Type.String(),
  maxPoints: Type.Number(),
  description: Nullable(Type.String()),
});
export type CriterionObject = Static<typeof CriterionObject>;

export const CreateRubricBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 255, pattern: '\\S', default: 'Untitled rubric' })),
    criteria: CriteriaInput,
  },
  { additionalProperties: false },
);
export type CreateRubricBody = Static<typeof CreateRubricBody>;

export const RubricObject = Type.Object({
  id: Type.String({ format: 'uuid' }),
  name: Type.String(),
  criteria: Type.Array(CriterionObject),
  totalPoints: Type.Number({ description: 'Sum of the criteria maxPoints' }),
  createdAt: Timestamp,
});
export type RubricObject = Static<typeof RubricObject>;

export const RubricResponse = Type.Object({ rubric: RubricObject });
export const RubricListResponse = Type.Object({ rubrics: Type.Array(RubricObject) });
