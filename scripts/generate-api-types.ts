// Regenerates packages/api-types/openapi.d.ts from the server's route schemas.
import fs from 'node:fs';
import { API_TYPES_FILE, generateApiTypes } from './api-types.js';

const source = await generateApiTypes();
const before = fs.existsSync(API_TYPES_FILE) ? fs.readFileSync(API_TYPES_FILE, 'utf8') : null;
fs.writeFileSync(API_TYPES_FILE, source);
console.log(before === source ? `${API_TYPES_FILE} is up to date.` : `Wrote ${API_TYPES_FILE}.`);
