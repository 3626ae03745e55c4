import { Type } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INTEGER_RANGE, UTC_KEYWORD, validatorCompiler, withStorableBounds } from './http-validation.js';

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
