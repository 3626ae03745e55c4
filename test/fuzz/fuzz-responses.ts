import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { JsonSchema } from './fuzz-values.js';
import { resolveRef } from './fuzz-values.js';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

export interface OpenApiOperation {
  parameters?: Array<{ name: string; in: 'path' | 'query' | 'header' | 'cookie'; required?: boolean; schema: JsonSchema }>;
  requestBody?: { required?: boolean; content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { description?: string; content?: Record<string, { schema?: JsonSchema }> }>;
  security?: unknown[];
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: Record<string, unknown>;
}

/** A copy of the schema with every `$ref` into the document replaced by its target (our schemas have no cycles). */
export function inlineRefs(schema: unknown, document: unknown, depth = 0): unknown {
  if (depth > 50) throw new Error('schema nesting too deep: a $ref cycle?');
  if (Array.isArray(schema)) return schema.map((item) => inlineRefs(item, document, depth + 1));
  if (typeof schema !== 'object' || schema === null) return schema;
  const resolved = resolveRef(schema as JsonSchema, document);
  return Object.fromEntries(Object.entries(resolved).map(([key, value]) => [key, inlineRefs(value, document, depth + 1)]));
}

/** A header's value as text (Node gives a list for repeated headers). */
export function headerText(value: unknown): string {
  if (typeof value === 'string') return value;
  return Array.isArray(value) ? value.join(', ') : '';
}

const ERROR_OBJECT: JsonSchema = {
  type: 'object',
  required: ['code', 'message'],
  properties: { code: { type: 'string' }, message: { type: 'string' } },
};

/** Error bodies answered before a request reaches an operation (unknown path, method, malformed URL). */
export const GENERIC_ERROR_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['error', 'requestId'],
  properties: {
    error: ERROR_OBJECT,
    requestId: { type: 'string', pattern: '^req_' },
  },
};

export const ENVELOPE_ERROR_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['success', 'error', 'message', 'requestId'],
  properties: { success: { const: false }, error: ERROR_OBJECT, message: { type: 'string' }, requestId: { type: 'string', pattern: '^req_' } },
};

export interface ResponseLike {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
}

/** Checks answers against the response schemas /openapi.json documents for them. */
export function createResponseChecker(document: OpenApiDocument) {
  const ajv = new Ajv({ strict: false, allErrors: false });
  addFormats(ajv);
  const compiled = new Map<unknown, ValidateFunction>();
  const validatorFor = (schema: unknown): ValidateFunction => {
    let validate = compiled.get(schema);
    if (!validate) {
      validate = ajv.compile(inlineRefs(schema, document) as object);
      compiled.set(schema, validate);
    }
    return validate;
  };

  function checkJson(schema: unknown, response: ResponseLike): string | null {
    const type = headerText(response.headers['content-type']);
    if (!type.includes('application/json')) return `content-type "${type}" where JSON is documented`;
    let body: unknown;
    try {
      body = JSON.parse(response.body);
    } catch {
      return 'body is not JSON';
    }
    const validate = validatorFor(schema);
    if (validate(body)) return null;
    const issue = validate.errors?.[0];
    return `body does not match the schema: ${issue?.instancePath || '/'} ${issue?.message} ${JSON.stringify(issue?.params)}`;
  }

  return {
    /** null when the answer is what the operation documents for its status; else what is wrong. */
    check(operation: OpenApiOperation, response: ResponseLike): string | null {
      const status = String(response.statusCode);
      const documented = operation.responses[status] ?? operation.responses[`${status[0]}XX`] ?? operation.responses.default;
      if (!documented) return `status ${status} is not documented`;
      const contents = documented.content ?? {};
      if (Object.keys(contents).length === 0) return response.body.length === 0 ? null : 'a body where none is documented';
      const type = headerText(response.headers['content-type']).split(';')[0]!.trim();
      const json = contents['application/json'];
      if (json?.schema && (type === 'application/json' || !contents[type])) return checkJson(json.schema, response);
      return contents[type] ? null : `content-type "${type}" is not documented for ${status}`;
    },
    /** For answers no operation gives: the request never reached one. */
    checkGeneric(response: ResponseLike, envelope: boolean): string | null {
      return checkJson(envelope ? ENVELOPE_ERROR_SCHEMA : GENERIC_ERROR_SCHEMA, response);
    },
  };
}
