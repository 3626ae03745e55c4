import { Type } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INTEGER_RANGE, MAX_EXPLAINED_VALUES, UTC_KEYWORD, hasAtMostValues, validatorCompiler, withStorableBounds } from './http-validation.js';

const { minimum, maximum } = DEFAULT_INTEGER_RANGE;

/** The node at a path of a schema. */
const at = (value: unknown, ...path: string[]): unknown => path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], value);

describe('withStorableBounds', () => {
  it.each([
    ['an unbounded integer', { type: 'integer' }, { type: 'integer', minimum, maximum }],
    ['an integer with a minimum only', { type: 'integer', minimum: 0 }, { type: 'integer', minimum: 0, maximum }],
    ['an integer with both bounds (kept)', { type: 'integer', minimum: 1, maximum: 200 }, { type: 'integer', minimum: 1, maximum: 200 }],
    ['exclusive bounds (kept)', { type: 'integer', exclusiveMinimum: 0, exclusiveMaximum: 10 }, { type: 'integer', exclusiveMinimum: 0, exclusiveMaximum: 10 }],
    ['a nullable integer (type list)', { type: ['integer', 'null'] }, { type: ['integer', 'null'], minimum, maximum }],
    ['a number (a double: PostgreSQL stores any finite one)', { type: 'number' }, { type: 'number' }],
    ['a date-time', { type: 'string', format: 'date-time' }, { type: 'string', format: 'date-time', [UTC_KEYWORD]: true }],
    ['another string', { type: 'string', format: 'email' }, { type: 'string', format: 'email' }],
  ])('%s', (_, schema, expected) => {
    expect(withStorableBounds(schema)).toEqual(expected);
  });

  it('reaches integers in properties, items, unions and maps, and leaves the original alone', () => {
    const schema = Type.Object({
      offset: Type.Optional(Type.Integer({ minimum: 0 })),
      pins: Type.Array(Type.Integer()),
      quota: Type.Union([Type.Null(), Type.Integer()]),
      extra: Type.Record(Type.String(), Type.Integer()),
    });
    const before = JSON.stringify(schema);
    const bounded = withStorableBounds(schema);
    expect(at(bounded, 'properties', 'offset')).toMatchObject({ minimum: 0, maximum });
    expect(at(bounded, 'properties', 'pins', 'items')).toMatchObject({ minimum, maximum });
    expect(at(bounded, 'properties', 'quota', 'anyOf', '1')).toMatchObject({ minimum, maximum });
    expect(Object.values(at(bounded, 'properties', 'extra', 'patternProperties') as object)[0]).toMatchObject({ minimum, maximum });
    expect(JSON.stringify(schema)).toBe(before);
  });
});

describe('request validation', () => {
  const validate = (schema: object, httpPart: string) => validatorCompiler({ schema, httpPart, url: '/', method: 'POST' }) as (data: unknown) => boolean;

  it.each([
    [2 ** 31 - 1, true],
    [2 ** 31, false],
    [-(2 ** 31), true],
    [-(2 ** 31) - 1, false],
    [2 ** 63, false],
  ])('an unbounded integer %s is valid: %s', (value, valid) => {
    expect(validate(withStorableBounds(Type.Object({ n: Type.Integer() })), 'body')({ n: value })).toBe(valid);
  });

  it('coerces a querystring beyond the range to a number, and refuses it', () => {
    const check = validate(withStorableBounds(Type.Object({ offset: Type.Integer({ minimum: 0 }) })), 'querystring');
    expect(check({ offset: '2147483647' })).toBe(true);
    expect(check({ offset: '9223372036854775808' })).toBe(false);
  });

  it('rewrites a valid date-time as UTC and refuses an unstorable one', () => {
    const check = validate(withStorableBounds(Type.Object({ at: Type.Union([Type.Null(), Type.String({ format: 'date-time' })]) })), 'body');
    const body = { at: '2030-01-01T00:00:00+14:00' };
    expect(check(body)).toBe(true);
    expect(body.at).toBe('2029-12-31T10:00:00.000Z');
    expect(check({ at: null })).toBe(true);
    expect(check({ at: '0000-01-01T00:00:00Z' })).toBe(false);
    expect(check({ at: '2030-01-01T00:00:00+23:00' })).toBe(false);
  });
});

describe('hasAtMostValues', () => {
  const deep = (depth: number) => Array.from({ length: depth }).reduce<unknown>((inner) => [inner], 'x');
  // Values built inside the test: a table would have them formatted (a deep one overflows the stack there).
  it.each([
    ['a scalar', () => 1, 1, true],
    ['an empty object', () => ({}), 1, true],
    ['an object and its two values', () => ({ a: 1, b: 'x' }), 3, true],
    ['an object and its two values, one too many', () => ({ a: 1, b: 'x' }), 2, false],
    ['a list of 3 in a list', () => [[1, 2, 3]], 5, true],
    ['a list of 3 in a list, one too many', () => [[1, 2, 3]], 4, false],
    ['a nesting far deeper than recursion could take', () => deep(200_000), 200_001, true],
    ['a long list, refused before it is walked', () => Array.from({ length: 1_000_000 }, () => 0), 10, false],
  ])('%s', (_, value, limit, expected) => {
    expect(hasAtMostValues(value(), limit)).toBe(expected);
  });
});

describe('reporting every problem of a refused request', () => {
  const schema = withStorableBounds(
    Type.Object({ items: Type.Array(Type.Object({ n: Type.Integer({ minimum: 0 }), name: Type.String({ minLength: 1 }) })) }),
  );
  const validate = validatorCompiler({ schema, httpPart: 'body', url: '/', method: 'POST' }) as ((data: unknown) => boolean) & {
    errors: Array<{ instancePath: string; keyword: string }> | null;
  };
  const badItems = (count: number) => ({ items: Array.from({ length: count }, () => ({ n: -1, name: '' })) });

  it('lists every problem of a small request, with the schema that names both bounds', () => {
    expect(validate(badItems(3))).toBe(false);
    expect(validate.errors?.map((error) => `${error.instancePath} ${error.keyword}`)).toEqual([
      '/items/0/n minimum',
      '/items/0/name minLength',
      '/items/1/n minimum',
      '/items/1/name minLength',
      '/items/2/n minimum',
      '/items/2/name minLength',
    ]);
    expect(validate.errors?.[0]).toMatchObject({ parentSchema: { minimum: 0, maximum: DEFAULT_INTEGER_RANGE.maximum } });
  });

  it(`gives only the first problem of a request with more than ${MAX_EXPLAINED_VALUES} values`, () => {
    expect(validate(badItems(MAX_EXPLAINED_VALUES))).toBe(false);
    expect(validate.errors).toHaveLength(1);
    expect(validate.errors?.[0]).toMatchObject({ instancePath: '/items/0/n', keyword: 'minimum' });
  });

  it('forgets the problems of a refused request once a valid one passes', () => {
    expect(validate(badItems(1))).toBe(false);
    expect(validate({ items: [{ n: 1, name: 'x' }] })).toBe(true);
    expect(validate.errors).toBeNull();
  });
});
