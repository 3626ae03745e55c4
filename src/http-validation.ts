import { Ajv, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

// ajv-formats is CommonJS; its default export arrives wrapped under ESM.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

const BASE: Options = { allErrors: false, useDefaults: true, removeAdditional: false, strict: false };

function makeAjv(coerceTypes: Options['coerceTypes']): Ajv {
  const ajv = new Ajv({ ...BASE, coerceTypes });
  addFormats(ajv);
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
