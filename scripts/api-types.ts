import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import path from 'node:path';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { systemClock } from '../src/shared/clock.js';

/** Where the generated types are committed. */
export const API_TYPES_FILE = path.resolve(import.meta.dirname, '..', 'packages', 'api-types', 'openapi.d.ts');

const HEADER = `/**
 * Types of the Assay HTTP API, generated from the server's /openapi.json by
 * \`npm run generate:api\` (openapi-typescript). Do not edit: a test fails when
 * this file differs from what the server's route schemas produce.
 */

`;

/** The server's OpenAPI document, exactly as GET /openapi.json serves it. */
export async function openApiDocument(): Promise<OpenAPI3> {
  const handle = openDatabase({ databaseUrl: null, sqliteFile: ':memory:' });
  const config = loadConfig({ ASSAY_DEMO: '0', ASSAY_WORKER: '0', LOG_LEVEL: 'silent' });
  const app = await buildApp({ deps: { config, db: handle.db, dialect: handle.dialect, clock: systemClock } });
  try {
    await app.ready();
    return app.swagger() as OpenAPI3;
  } finally {
    await app.close();
    await handle.close();
  }
}

/** The TypeScript source of the API types for the current route schemas. */
export async function generateApiTypes(): Promise<string> {
  const document = await openApiDocument();
  const ast = await openapiTS(document, { alphabetize: true });
  return HEADER + astToString(ast);
}
