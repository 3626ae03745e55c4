import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, generateApiTypes } from '../scripts/api-types.js';

describe('the generated API client types', () => {
  it('match what the server’s route schemas produce (run `npm run generate:api` after changing a route)', async () => {
    const committed = fs.readFileSync(API_TYPES_FILE, 'utf8');
    const current = await generateApiTypes();
    // Compared whole; a mismatch names the first differing line, not 9,000 lines of diff.
    const committedLines = committed.split('\n');
    const currentLines = current.split('\n');
    const first = currentLines.findIndex((line, index) => line !== committedLines[index]);
    const where = first === -1 ? committedLines.length === currentLines.length ? null : Math.min(committedLines.length, currentLines.length) : first;
    expect(where === null ? null : { line: where + 1, committed: committedLines[where] ?? '(end of file)', generated: currentLines[where] ?? '(end of file)' }).toBeNull();
  });

  it('describe the API’s paths and their answers', async () => {
    const source = fs.readFileSync(API_TYPES_FILE, 'utf8');
    expect(source).toContain('"/v1/candidate/sessions": {');
    expect(source).toContain('export interface paths {');
  });
});
