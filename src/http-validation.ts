import { Ajv, type ErrorObject, type Options, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifySchemaCompiler, RouteOptions } from 'fastify';
import { isStorableDateTime } from './shared/timestamps.js';

// ajv-formats is CommonJS; its default export arrives wrapped under ESM.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

const BASE: Options = { useDefaults: true, removeAdditional: false, strict: false };

/** Marks a request `date-time` whose value is rewritten as `Date#toISOString()` once valid, as every stored timestamp is written. */
export const UTC_KEYWORD = 'x-utc';

/**
 * `reporting`: the validator that explains a refused request, with every
 * problem (allErrors) and the schema of each (verbose: a range names both of
 * its bounds). It runs only once the quick validator, which stops at the first
 * problem, has refused the request.
 */
function makeAjv(coerceTypes: Options['coerceTypes'], reporting: boolean): Ajv {
  const ajv = new Ajv({ ...BASE, coerceTypes, allErrors: reporting, verbose: reporting });
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
const bodyAjv = { quick: makeAjv(false, false), reporting: makeAjv(false, true) };
const stringAjv = { quick: makeAjv('array', false), reporting: makeAjv('array', true) };

/**
 * Values (objects, lists, scalars) a refused request may hold for every one of
 * its problems to be reported. Every form of ours fits many times over; a
 * larger document (hostile, or a broken client) gets its first problem only,
 * so that explaining a refusal never costs more than a list of this size.
 */
export const MAX_EXPLAINED_VALUES = 10_000;

/** Whether `value` holds at most `limit` values, counted without recursion (nesting is unbounded here). */
export function hasAtMostValues(value: unknown, limit: number): boolean {
  const pending: unknown[] = [value];
  let count = 0;
  while (pending.length > 0) {
    const current = pending.pop();
    count += 1;
    if (count > limit) return false;
    if (typeof current === 'object' && current !== null) {
      const children: unknown[] = Array.isArray(current) ? current : Object.values(current);
      if (count + pending.length + children.length > limit) return false;
      pending.push(...children);
    }
  }
  return true;
}

/** The context Ajv takes as the second argument of a validate function. */
type DataValidationCxt = Parameters<ValidateFunction>[1];

type FastifyValidator = ((data: unknown, context?: DataValidationCxt) => boolean) & { errors: ErrorObject[] | null | undefined; schemaEnv: unknown };

/**
 * Validates with the quick validator; a refused request is validated again by
 * the reporting one (compiled on the first refusal of the route), so that the
 * answer lists every problem at once.
 */
export const validatorCompiler: FastifySchemaCompiler<any> = ({ schema, httpPart }) => {
  const pair = httpPart === 'body' ? bodyAjv : stringAjv;
  const quick = pair.quick.compile(schema as object);
  let reporting: ValidateFunction | undefined;
  const validate: FastifyValidator = Object.assign(
    (data: unknown, context?: DataValidationCxt) => {
      if (quick(data, context)) {
        validate.errors = null;
        return true;
      }
      validate.errors = quick.errors;
      if (hasAtMostValues(data, MAX_EXPLAINED_VALUES)) {
        reporting ??= pair.reporting.compile(schema as object);
        reporting(data, context);
        if (reporting.errors?.length) validate.errors = reporting.errors;
      }
      return false;
    },
    // Fastify passes the parent of the data (so a root value can be coerced) to an Ajv function only.
    { errors: null, schemaEnv: quick.schemaEnv },
  );
  return validate;
};

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
