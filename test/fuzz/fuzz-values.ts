/**
 * Values for the schema fuzzer: a seeded PRNG, values that are valid by a
 * JSON schema, and the hostile values that requests are mutated with.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
/** The JSON Schema keywords the generator reads (our request schemas use no others). */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  const?: Json;
  enum?: Json[];
  default?: Json;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  [keyword: string]: unknown;
}

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (probability: number) => next() < probability,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
  };
}

export type Random = ReturnType<typeof createRandom>;

/** A stable 32-bit hash of a string (FNV-1a), to derive one PRNG seed per operation. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function randomWord(random: Random, length: number): string {
  let text = '';
  for (let index = 0; index < length; index++) text += LETTERS[random.int(0, LETTERS.length - 1)];
  return text;
}

function formatted(format: string, random: Random): string | undefined {
  switch (format) {
    case 'email':
      return `fuzz.${randomWord(random, 6)}@example.com`;
    case 'uuid': {
      const hex = () => random.int(0, 15).toString(16);
      const group = (length: number) => Array.from({ length }, hex).join('');
      return `${group(8)}-${group(4)}-4${group(3)}-a${group(3)}-${group(12)}`;
    }
    case 'date-time':
      return new Date(Date.UTC(2026, random.int(0, 11), random.int(1, 28), random.int(0, 23), random.int(0, 59))).toISOString();
    case 'date':
      return `2026-0${random.int(1, 9)}-1${random.int(0, 9)}`;
    case 'uri':
      return `https://example.com/${randomWord(random, 5)}`;
    default:
      return undefined;
  }
}

function validString(schema: JsonSchema, random: Random): string {
  if (schema.format) {
    const value = formatted(schema.format, random);
    if (value !== undefined) return value;
  }
  const min = schema.minLength ?? 1;
  const max = Math.min(schema.maxLength ?? 24, Math.max(min, 24));
  const pattern = schema.pattern ? new RegExp(schema.pattern, 'u') : null;
  for (let attempt = 0; attempt < 20; attempt++) {
    const candidate = randomWord(random, random.int(min, Math.max(min, max)));
    if (!pattern || pattern.test(candidate)) return candidate;
  }
  for (const candidate of ['fuzz', 'fuzz-value', 'a']) if (!pattern || pattern.test(candidate)) return candidate;
  return 'fuzz';
}

/** Resolves `$ref: '#/components/schemas/…'` against the OpenAPI document. */
export function resolveRef(schema: JsonSchema, document: unknown): JsonSchema {
  let current: JsonSchema | undefined = schema;
  for (let depth = 0; current?.$ref && depth < 10; depth++) {
    const path = current.$ref.replace(/^#\//, '').split('/');
    current = path.reduce<unknown>(
      (node, key) => (node as Record<string, unknown> | undefined)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')],
      document,
    ) as JsonSchema | undefined;
  }
  return current ?? {};
}

/** A value valid by the schema (within what this generator understands: enough for our request schemas). */
export function validValue(schema: JsonSchema, random: Random, document: unknown, depth = 0): Json {
  schema = resolveRef(schema, document);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return random.pick(schema.enum);
  if (schema.default !== undefined && random.chance(0.2)) return schema.default;
  const union = schema.anyOf ?? schema.oneOf;
  if (union) {
    const branches = union.filter((branch) => branch.type !== 'null');
    return validValue(random.pick(branches.length ? branches : union), random, document, depth);
  }
  const types = ([] as string[]).concat(schema.type ?? []);
  const nonNull = types.filter((type) => type !== 'null');
  // No type (an answer, a free-form value): anything JSON.
  const type = types.length === 0 ? (depth > 2 ? 'string' : random.pick(['string', 'integer', 'object', 'array'])) : random.pick(nonNull.length ? nonNull : types);
  switch (type) {
    case 'null':
      return null;
    case 'boolean':
      return random.chance(0.5);
    case 'integer': {
      const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? Math.floor(schema.exclusiveMinimum) + 1 : 0);
      const max = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? Math.ceil(schema.exclusiveMaximum) - 1 : min + 100);
      return random.int(min, Math.min(max, min + 1000));
    }
    case 'number': {
      const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 0.5 : 0);
      const max = schema.maximum ?? min + 100;
      return Math.round((min + random.next() * (Math.min(max, min + 1000) - min)) * 100) / 100;
    }
    case 'string':
      return validString(schema, random);
    case 'array': {
      if (depth > 4) return [];
      const min = schema.minItems ?? 0;
      const max = Math.min(schema.maxItems ?? 3, min + 3);
      const items = Array.from({ length: random.int(min, max) }, () => validValue(schema.items ?? {}, random, document, depth + 1));
      return schema.uniqueItems ? [...new Map(items.map((item) => [JSON.stringify(item), item])).values()] : items;
    }
    case 'object': {
      const object: Record<string, Json> = {};
      const required = new Set<string>(schema.required ?? []);
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        if (required.has(name) || random.chance(0.5)) object[name] = validValue(property, random, document, depth + 1);
      }
      if (!schema.properties && schema.additionalProperties !== false && depth < 3 && random.chance(0.5)) {
        object[randomWord(random, 5)] = randomWord(random, 8);
      }
      return object;
    }
    default:
      return null;
  }
}

/** Invalid UTF-8: a lone continuation byte, an overlong NUL, a truncated sequence, a UTF-16 surrogate encoded. */
export const INVALID_UTF8_SEQUENCES: readonly Buffer[] = [
  Buffer.from([0x80]),
  Buffer.from([0xc0, 0x80]),
  Buffer.from([0xe2, 0x82]),
  Buffer.from([0xed, 0xa0, 0x80]),
  Buffer.from([0xff, 0xfe]),
];

export const NASTY_STRINGS: readonly string[] = [
  '\u0000',
  'text\u0000with NUL',
  '\u0000'.repeat(16),
  '\ud800',
  'lone \udfff low surrogate',
  '',
  ' ',
  '\t\r\n',
  'Ωμέγα мир 漢字 日本語 한국어 🙂👩🏽‍💻 مرحبا שלום',
  '\u202eevil\u202c',
  'zero\u200bwidth\ufeff',
  'e\u0301\u0301\u0301\u0301',
  'x'.repeat(10_000),
  '漢'.repeat(5_000),
  "' OR 1=1; --",
  '"; DROP TABLE organizations; --',
  '../../../../etc/passwd',
  '%00%ff%zz',
  '<script>alert(1)</script>',
  '{{7*7}}${7*7}',
  '__proto__',
  'PST-AAAA-AAAA',
  'ct_live_' + 'a'.repeat(40),
  'res_01JZZZZZZZZZZZZZZZZZZZZZZZ',
];

/** The nasty strings neither database can store as sent. */
export const UNSTORABLE_STRINGS = NASTY_STRINGS.filter((text) => text.includes('\u0000') || /\p{Surrogate}/u.test(text));

export const NASTY_NUMBERS: readonly number[] = [
  2 ** 31,
  2 ** 31 - 1,
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  2 ** 63,
  2 ** 64,
  -(2 ** 63),
  1e308,
  -1e308,
  -1,
  0,
  1.5,
  -0.000001,
  Number.MAX_SAFE_INTEGER,
];

/** Numbers as they may be written in JSON or a query string, beyond what JSON.stringify can produce. */
export const NASTY_NUMBER_LITERALS: readonly string[] = ['1e400', '-1e400', '9223372036854775808', '18446744073709551616', '0x10', '1e-400', 'NaN', 'Infinity', '-0', '00012'];

export const NASTY_DATES: readonly string[] = [
  '0000-01-01T00:00:00Z',
  '0001-01-01T00:00:00+01:00',
  '9999-12-31T23:59:59.999Z',
  '9999-12-31T23:59:59-01:00',
  '10000-01-01T00:00:00Z',
  '+275760-09-13T00:00:00Z',
  '-000001-01-01T00:00:00Z',
  '2026-02-30T00:00:00Z',
  '2026-13-01T00:00:00Z',
  '2026-01-01T24:00:00Z',
  '2026-12-31T23:59:60Z',
  '2026-01-01T00:00:00+23:59',
  '2026-01-01T00:00:00+15:59',
  '2026-01-01T00:00:00-99:99',
  '2026-01-01T00:00:00.1234567890123Z',
  '2026-01-01',
  '2026-01-01 00:00:00',
  '1970-01-01T00:00:00Z',
  'now',
];

/** A JSON text nested `depth` levels deep. */
export function deeplyNested(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array' ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

/** A hostile value for a field of the given schema: mostly of its own type, sometimes of any. */
export function nastyValue(schema: JsonSchema, random: Random): Json {
  const types = ([] as string[]).concat(schema.type ?? []);
  const type = random.chance(0.75) && types.length ? random.pick(types) : random.pick(['string', 'integer', 'boolean', 'null', 'array', 'object']);
  switch (type) {
    case 'integer':
    case 'number':
      return random.pick(NASTY_NUMBERS);
    case 'string':
      // Text the databases cannot store as sent: the commonest 500 before the central check.
      if (random.chance(0.3)) return random.pick(UNSTORABLE_STRINGS);
      if (schema.format === 'date-time' || random.chance(0.1)) return random.pick(NASTY_DATES);
      if (schema.maxLength !== undefined && random.chance(0.2)) return 'y'.repeat(schema.maxLength + 1);
      return random.pick(NASTY_STRINGS);
    case 'boolean':
      return random.pick(['true', 1, 0, 'yes'] as Json[]);
    case 'null':
      return null;
    case 'array':
      return random.pick([[], [null], [random.pick(NASTY_STRINGS)], Array.from({ length: 2_000 }, () => 1), [[[[[[]]]]]]] as Json[]);
    default:
      return random.pick([{}, { '\u0000': 1 }, JSON.parse('{"__proto__":{"admin":true}}') as Json, { constructor: { prototype: { x: 1 } } }, { a: { b: { c: { d: {} } } } }] as Json[]);
  }
}
