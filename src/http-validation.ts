import { Ajv, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifySchemaCompiler, RouteOptions } from 'fastify';
import { isStorableDateTime } from './shared/timestamps.js';

// ajv-formats is CommonJS; its default export arrives wrapped under ESM.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

const BASE: Options = { allErrors: false, useDefaults: true, removeAdditional: false, strict: false };

/** Marks a request `date-time` whose value is rewritten as `Date#toISOString()` once valid, as every stored timestamp is written. */
export const UTC_KEYWORD = 'x-utc';

function makeAjv(coerceTypes: Options['coerceTypes']): Ajv {
  const ajv = new Ajv({ ...BASE, coerceTypes });
  addFormats(ajv);
  // ajv-formats takes year 0000, offsets up to ±23:59 and leap seconds, all of which
  // PostgreSQL or JavaScript refuse later (a 500): only storable instants pass.
  ajv.addFormat('date-time', { type: 'string', validate: isStorableDateTime });
  ajv.addKeyword({
    keyword: UTC_KEYWORD,
    modifying: true,
    schemaType: 'boolean',
    errors: false,
    // PostgreSQL keeps the instant of `…+14:00`, SQLite the text: both get the same UTC text.
    validate: (enabled: boolean, data: unknown, _schema: unknown, context?: { parentData?: Record<string | number, unknown>; parentDataProperty?: string | number }) => {
      const parent = context?.parentData;
      if (enabled && typeof data === 'string' && parent !== undefined && context?.parentDataProperty !== undefined && isStorableDateTime(data)) {
        parent[context.parentDataProperty] = new Date(Date.parse(data)).toISOString();
      }
      return true;
    },
  });
  return ajv;
}

/**
 * JSON bodies are validated as sent: no type coercion, so `0` stays 0 and
 * `null` stays null in `T | null` fields (coercion would turn one into the
 * other depending on the order of the union). Querystrings, params and
 * headers arrive as strings and are coerced to the declared types.
 */
const bodyAjv = makeAjv(false);
const stringAjv = makeAjv('array');

export const validatorCompiler: FastifySchemaCompiler<any> = ({ schema, httpPart }) =>
  (httpPart === 'body' ? bodyAjv : stringAjv).compile(schema as object);

/**
 * The range of an integer whose schema names no bound of its own: PostgreSQL's
 * `integer`, the narrowest integer column we have (SQLite's are 64-bit). Page
 * offsets, counts, positions and quotas all fit it; a value beyond it is a
 * broken or hostile client, and without the bound it would reach SQL and fail
 * there (a 500 on PostgreSQL, and `OFFSET 2^63` on both). A field that needs
 * more (a 64-bit id, milliseconds since the epoch) states its own bounds.
 */
export const DEFAULT_INTEGER_RANGE = { minimum: -(2 ** 31), maximum: 2 ** 31 - 1 } as const;

type JsonSchema = Record<string | symbol, unknown>;

const SUBSCHEMA_LISTS = ['anyOf', 'oneOf', 'allOf', 'prefixItems'] as const;
const SUBSCHEMAS = ['items', 'additionalProperties', 'not', 'if', 'then', 'else'] as const;
const SUBSCHEMA_MAPS = ['properties', 'patternProperties'] as const;

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A copy of a request schema as the databases can store it: every integer
 * without bounds gets DEFAULT_INTEGER_RANGE, every date-time is stored as UTC.
 */
export function withStorableBounds(input: object): JsonSchema {
  const schema = input as JsonSchema;
  const copy: JsonSchema = { ...schema };
  const types = ([] as unknown[]).concat(schema.type);
  if (types.includes('integer')) {
    if (schema.minimum === undefined && schema.exclusiveMinimum === undefined) copy.minimum = DEFAULT_INTEGER_RANGE.minimum;
    if (schema.maximum === undefined && schema.exclusiveMaximum === undefined) copy.maximum = DEFAULT_INTEGER_RANGE.maximum;
  }
  if (types.includes('string') && schema.format === 'date-time') copy[UTC_KEYWORD] = true;
  for (const key of SUBSCHEMA_LISTS) {
    const list = schema[key];
    if (Array.isArray(list)) copy[key] = list.map((item: unknown) => (isSchema(item) ? withStorableBounds(item) : item));
  }
  for (const key of SUBSCHEMAS) {
    const sub = schema[key];
    if (isSchema(sub)) copy[key] = withStorableBounds(sub);
  }
  for (const key of SUBSCHEMA_MAPS) {
    const map = schema[key];
    if (isSchema(map)) {
      copy[key] = Object.fromEntries(Object.entries(map).map(([name, sub]) => [name, isSchema(sub) ? withStorableBounds(sub) : sub]));
    }
  }
  return copy;
}

const REQUEST_PARTS = ['body', 'querystring', 'params', 'headers'] as const;

/**
 * onRoute hook: applies withStorableBounds to every request schema before the
 * route is compiled and documented, so that validation and /openapi.json agree.
 */
export function boundRequestSchemas(route: RouteOptions): void {
  const schema = route.schema as Record<string, unknown> | undefined;
  if (!schema) return;
  const bounded: Record<string, unknown> = { ...schema };
  for (const part of REQUEST_PARTS) {
    const partSchema = schema[part];
    if (isSchema(partSchema)) bounded[part] = withStorableBounds(partSchema);
  }
  route.schema = bounded;
}
