import { Type, type TSchema } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { validatorCompiler, withStorableBounds } from './http-validation.js';
import { SLUG_PATTERN } from './shared/slug.js';
import {
  MAX_FIELD_ISSUES,
  explainSchemaIssues,
  fieldContext,
  fieldLabel,
  rangeWords,
  summarizeIssues,
  type SchemaIssue,
} from './validation-messages.js';

/** The issues our request validator reports for `data`, in words. */
function problemsOf(schema: TSchema, data: unknown, httpPart = 'body') {
  const validate = validatorCompiler({ schema: withStorableBounds(schema), httpPart, url: '/', method: 'POST' }) as ((value: unknown) => boolean) & {
    errors: SchemaIssue[];
  };
  expect(validate(data)).toBe(false);
  return explainSchemaIssues(validate.errors, httpPart);
}

const Title = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });
const ResultEmail = Type.Union(['immediately', 'after_decision', 'never'].map((value) => Type.Literal(value)));
const Nullable = <T extends TSchema>(schema: T) => Type.Union([Type.Null(), schema]);

describe('schema problems in plain words', () => {
  it.each<[string, TSchema, unknown, Array<{ field: string; message: string }>]>([
    ['a missing field', Type.Object({ title: Title }), {}, [{ field: 'title', message: 'Title is required' }]],
    ['an empty text (said once, not also "blank")', Type.Object({ title: Title }), { title: '' }, [{ field: 'title', message: 'Title is required' }]],
    ['a blank text', Type.Object({ title: Title }), { title: '   ' }, [{ field: 'title', message: 'Title cannot be blank' }]],
    ['a too long text', Type.Object({ title: Title }), { title: 'x'.repeat(201) }, [{ field: 'title', message: 'Title can be at most 200 characters' }]],
    ['a too short text', Type.Object({ password: Type.String({ minLength: 12 }) }), { password: 'short' }, [{ field: 'password', message: 'Password must be at least 12 characters' }]],
    ['a number out of a closed range', Type.Object({ points: Type.Number({ minimum: 0, maximum: 5 }) }), { points: 7 }, [{ field: 'points', message: 'Points must be between 0 and 5' }]],
    [
      'a number at an exclusive bound',
      Type.Object({ maxScore: Type.Number({ exclusiveMinimum: 0, maximum: 10_000 }) }),
      { maxScore: 0 },
      [{ field: 'maxScore', message: 'Maximum score must be more than 0 and at most 10,000' }],
    ],
    ['below a lone minimum', Type.Object({ score: Type.Number({ minimum: 0 }) }), { score: -1 }, [{ field: 'score', message: 'Score must be at least 0' }]],
    ['above a lone maximum', Type.Object({ ratio: Type.Number({ maximum: 1 }) }), { ratio: 2 }, [{ field: 'ratio', message: 'Ratio can be at most 1' }]],
    [
      'an unbounded integer beyond what the databases store',
      Type.Object({ count: Type.Integer({ minimum: 1 }) }),
      { count: 2 ** 40 },
      [{ field: 'count', message: 'Count must be between 1 and 2,147,483,647' }],
    ],
    ['a fraction for a whole number', Type.Object({ maxAttempts: Type.Integer() }), { maxAttempts: 1.5 }, [{ field: 'maxAttempts', message: 'Attempts allowed must be a whole number' }]],
    ['text for a flag', Type.Object({ lockOnPass: Type.Boolean() }), { lockOnPass: 'yes' }, [{ field: 'lockOnPass', message: 'Lock on pass must be true or false' }]],
    ['a value outside a list of choices', Type.Object({ resultEmail: ResultEmail }), { resultEmail: 'sometimes' }, [{ field: 'resultEmail', message: 'Choose one of: immediately, after_decision, never' }]],
    ['a number for a list of choices', Type.Object({ resultEmail: ResultEmail }), { resultEmail: 3 }, [{ field: 'resultEmail', message: 'Choose one of: immediately, after_decision, never' }]],
    ['a value outside an enum', Type.Object({ kind: Type.Unsafe({ type: 'string', enum: ['a', 'b'] }) }), { kind: 'c' }, [{ field: 'kind', message: 'Choose one of: a, b' }]],
    [
      'a nullable UUID that is not one (the branch the value was meant for)',
      Type.Object({ rubricId: Nullable(Type.String({ format: 'uuid' })) }),
      { rubricId: 'rubric-1' },
      [{ field: 'rubricId', message: 'Rubric must be a UUID, like 0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b' }],
    ],
    ['a number for a nullable text', Type.Object({ repoUrl: Nullable(Type.String()) }), { repoUrl: 5 }, [{ field: 'repoUrl', message: 'Repository URL must be text or null' }]],
    [
      'text for a whole number or null (a type list)',
      Type.Object({ timeLimitMinutes: Type.Unsafe({ type: ['integer', 'null'], minimum: 1 }) }),
      { timeLimitMinutes: 'soon' },
      [{ field: 'timeLimitMinutes', message: 'Time limit (minutes) must be a whole number or null' }],
    ],
    ['an unknown field', Type.Object({ title: Title }, { additionalProperties: false }), { title: 'x', titel: 'y' }, [{ field: 'titel', message: '"titel" is not a known field' }]],
    [
      'an unknown field named like a prototype property',
      Type.Object({}, { additionalProperties: false }),
      JSON.parse('{"constructor": 1, "__proto__": 2}'),
      [
        { field: 'constructor', message: '"constructor" is not a known field' },
        { field: '__proto__', message: '"__proto__" is not a known field' },
      ],
    ],
    ['an empty entry of a list', Type.Object({ skills: Type.Array(Title) }), { skills: ['sql', ''] }, [{ field: 'skills.1', message: 'Skill 2 cannot be empty' }]],
    [
      'a repeated entry of a list of distinct values',
      Type.Object({ skills: Type.Array(Type.String(), { uniqueItems: true }) }),
      { skills: ['sql', 'go', 'sql'] },
      [{ field: 'skills', message: 'Skills must not repeat a value (entries 1 and 3 are the same)' }],
    ],
    ['an empty list', Type.Object({ criteria: Type.Array(Type.String(), { minItems: 1 }) }), { criteria: [] }, [{ field: 'criteria', message: 'Criteria must have at least one entry' }]],
    [
      'an empty list of choices',
      Type.Object({ eventTypes: Type.Array(Type.Union([Type.Literal('session.completed'), Type.Literal('result.scored')]), { minItems: 1 }) }),
      { eventTypes: [] },
      [{ field: 'eventTypes', message: 'Choose at least one of: session.completed, result.scored' }],
    ],
    ['a too long list', Type.Object({ cases: Type.Array(Type.String(), { maxItems: 2 }) }), { cases: ['a', 'b', 'c'] }, [{ field: 'cases', message: 'Cases can have at most 2 entries' }]],
    [
      'a nested field: named by its own name, located by its path',
      Type.Object({ grades: Type.Array(Type.Object({ criteria: Type.Array(Type.Object({ points: Type.Number({ minimum: 0, maximum: 5 }) })) })) }),
      { grades: [{ criteria: [{ points: 9 }] }] },
      [{ field: 'grades.0.criteria.0.points', message: 'Points must be between 0 and 5' }],
    ],
    [
      'a date-time that no database stores',
      Type.Object({ trialEndsAt: Type.String({ format: 'date-time' }) }),
      { trialEndsAt: '0000-01-01T00:00:00Z' },
      [{ field: 'trialEndsAt', message: 'Trial ends at must be a date and time, like 2030-01-31T09:00:00Z' }],
    ],
    ['an address that is not one', Type.Object({ email: Type.String({ format: 'email' }) }), { email: 'nobody' }, [{ field: 'email', message: 'Email must be an email address' }]],
    ['a URL that is not one', Type.Object({ url: Type.String({ format: 'uri' }) }), { url: 'not a url' }, [{ field: 'url', message: 'URL must be a full URL, like https://example.com' }]],
    [
      'a slug with capitals and spaces',
      Type.Object({ slug: Type.String({ pattern: SLUG_PATTERN }) }),
      { slug: 'Not A Slug' },
      [{ field: 'slug', message: 'Slug can only contain lowercase letters, digits and single hyphens (like "backend-screen")' }],
    ],
    ['a pattern we have no words for', Type.Object({ code: Type.String({ pattern: '^[A-Z]{3}$' }) }), { code: 'abc' }, [{ field: 'code', message: 'Code is not in the expected format' }]],
    ['a body that is not an object', Type.Object({ title: Title }), null, [{ field: '', message: 'The request body must be an object' }]],
  ])('%s', (_name, schema, data, expected) => {
    expect(problemsOf(schema, data)).toEqual(expected);
  });

  it('names a query parameter as such, and a wrong query as a whole', () => {
    expect(problemsOf(Type.Object({ offset: Type.Integer({ minimum: 0 }) }), { offset: 'abc' }, 'querystring')).toEqual([
      { field: 'offset', message: 'Offset must be a whole number' },
    ]);
    expect(problemsOf(Type.Object({}), 'x', 'querystring')).toEqual([{ field: '', message: 'The query string must be an object' }]);
  });

  it('reports every problem of a request at once, one per field, in the order of the schema', () => {
    const schema = Type.Object(
      {
        title: Title,
        role: Title,
        passingScore: Type.Integer({ minimum: 0, maximum: 100 }),
        resultEmail: ResultEmail,
        questions: Type.Array(Type.Object({ text: Title, points: Type.Number({ exclusiveMinimum: 0, maximum: 1_000 }) })),
      },
      { additionalProperties: false },
    );
    const problems = problemsOf(schema, { title: '', passingScore: 150, resultEmail: 'later', questions: [{ text: 'ok', points: 0 }, { points: 1 }] });
    expect(problems).toEqual([
      { field: 'role', message: 'Role is required' },
      { field: 'title', message: 'Title is required' },
      { field: 'passingScore', message: 'Pass mark (%) must be between 0 and 100' },
      { field: 'resultEmail', message: 'Choose one of: immediately, after_decision, never' },
      { field: 'questions.0.points', message: 'Points must be more than 0 and at most 1,000' },
      { field: 'questions.1.text', message: 'Text is required' },
    ]);
  });

  it('explains a union inside a union by the branches the value was meant for', () => {
    const schema = Type.Object({ answer: Type.Union([Type.Null(), Type.Object({ choice: ResultEmail, weight: Type.Integer({ minimum: 1 }) })]) });
    expect(problemsOf(schema, { answer: { choice: 'x', weight: 0 } })).toEqual([
      { field: 'answer.choice', message: 'Choose one of: immediately, after_decision, never' },
      { field: 'answer.weight', message: 'Weight must be between 1 and 2,147,483,647' },
    ]);
  });

  it(`reports at most ${MAX_FIELD_ISSUES} problems`, () => {
    const properties = Object.fromEntries(Array.from({ length: 80 }, (_, index) => [`field${index}`, Type.String()]));
    const problems = problemsOf(Type.Object(properties), {});
    expect(problems).toHaveLength(MAX_FIELD_ISSUES);
    expect(problems[0]).toEqual({ field: 'field0', message: 'Field0 is required' });
  });

  it('never repeats Ajv\'s own wording', () => {
    const problems = problemsOf(
      Type.Object({ a: Type.String({ minLength: 2 }), b: Type.Integer({ maximum: 3 }), c: Type.Array(Type.String(), { minItems: 2 }) }, { additionalProperties: false }),
      { a: 'x', b: 4, c: [], d: 1 },
    );
    expect(problems).toHaveLength(4);
    for (const { message } of problems) expect(message).not.toMatch(/must NOT|must be <=|must be >=|must match|must have required|additional properties/);
  });
});

describe('fieldLabel', () => {
  it.each([
    ['title', 'Title'],
    ['timeLimitMinutes', 'Time limit (minutes)'],
    ['completed_after', 'Completed after'],
    ['exam_id', 'Exam ID'],
    ['webhookUrl', 'Webhook URL'],
    ['questions.2.options.1', 'Option 2'],
    ['grades.0.criteria.1', 'Criterion 2'],
    ['candidateEmails.3', 'Candidate email 4'],
    ['categories.0', 'Category 1'],
    ['blueprint.0', 'Blueprint entry 1'],
    ['0', 'Entry 1'],
    ['constructor', 'Constructor'],
    ['', 'The request body'],
  ])('%j → %s', (field, label) => {
    expect(fieldLabel(field)).toBe(label);
  });
});

describe('fieldContext and the one-line summary', () => {
  it.each([
    ['title', ''],
    ['questions.2.text', 'Question 3'],
    ['questions.2.options.1', 'Question 3'],
    ['grades.0.criteria.1.points', 'Grade 1, criterion 2'],
    ['cases.0.rubric.criteria', 'Case 1, rubric'],
    ['blueprint.1.count', 'Blueprint entry 2'],
  ])('%j sits in %j', (field, context) => {
    expect(fieldContext(field)).toBe(context);
  });

  it.each([
    [[{ field: 'title', message: 'Title is required' }], 'Title is required (title)'],
    [
      [
        { field: 'title', message: 'Title is required' },
        { field: 'questions.0.text', message: 'Text is required' },
      ],
      'Title is required (title); Question 1: Text is required (questions.0.text)',
    ],
    [[{ field: 'titel', message: '"titel" is not a known field' }], '"titel" is not a known field'],
    [[{ field: '', message: 'The request body must be an object' }], 'The request body must be an object'],
    [
      [
        { field: 'a', message: 'A is required' },
        { field: 'b', message: 'B is required' },
        { field: 'c', message: 'C is required' },
        { field: 'd', message: 'D is required' },
        { field: 'e', message: 'E is required' },
      ],
      'A is required (a); B is required (b); C is required (c); and 2 more problems',
    ],
    [[], 'The request is not valid'],
  ])('%j → %s', (issues, summary) => {
    expect(summarizeIssues(issues)).toBe(summary);
  });
});

describe('rangeWords', () => {
  const inclusive = (value: number) => ({ value, exclusive: false });
  const exclusive = (value: number) => ({ value, exclusive: true });
  it.each([
    [inclusive(0), inclusive(5), 'must be between 0 and 5'],
    [exclusive(0), inclusive(10_000), 'must be more than 0 and at most 10,000'],
    [inclusive(1), exclusive(2.5), 'must be at least 1 and less than 2.5'],
    [exclusive(0), exclusive(1), 'must be more than 0 and less than 1'],
    [inclusive(-(2 ** 31)), null, 'must be at least -2,147,483,648'],
    [null, exclusive(100), 'must be less than 100'],
    [null, null, 'is out of range'],
  ])('%j, %j → %s', (lower, upper, words) => {
    expect(rangeWords(lower, upper)).toBe(words);
  });
});
