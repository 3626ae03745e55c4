import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR_KEY, createTestApp, type TestApp, type TestOrg } from './helpers/test-app.js';
import { createAssessmentFixture, createResultFixture } from './helpers/result-fixtures.js';
import { systemClock } from '../src/shared/clock.js';

/**
 * The audit trail is append-only: no route changes or deletes an entry. The
 * API has no route that could (checked on the OpenAPI document, which
 * test/openapi.test.ts proves lists every API route), unserved methods on the
 * audit log answer 404/405, a walk of every operation with entry ids in its
 * path leaves every entry as it was, and no code issues an UPDATE or DELETE
 * on the table.
 */

type Document = { paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string }> }>> };
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

describe('the audit log is append-only', () => {
  let t: TestApp;
  let org: TestOrg;
  let document: Document;
  let entryIds: string[];

  beforeAll(async () => {
    t = await createTestApp({ env: { ASSAY_WEBHOOK_ALLOW_PRIVATE: '1' } });
    org = await t.createOrg({ name: 'Append Only' });
    document = (await t.request({ method: 'GET', url: '/openapi.json' })).data;
    // Entries of every sort: changes (an assessment, a key, a webhook) and reads (a result).
    const created = await t.request({ method: 'POST', url: '/v1/assessments', headers: org.headers, payload: { title: 'Screen', role: 'Dev', taskBrief: 'Brief' } });
    await t.request({ method: 'POST', url: `/v1/assessments/${created.data.assessment.id}/keys`, headers: org.headers, payload: { count: 1 } });
    await t.request({ method: 'POST', url: '/v1/webhooks', headers: org.headers, payload: { url: 'http://127.0.0.1:9/h', eventTypes: ['session.completed'] } });
    const assessment = await createAssessmentFixture(t.database.db, systemClock, org.org.id);
    const result = await createResultFixture(t.database.db, systemClock, assessment);
    await t.request({ method: 'GET', url: `/results/${result.sessionId}`, headers: org.headers });
    entryIds = (await snapshot()).map((row) => row.id);
    expect(entryIds.length).toBeGreaterThanOrEqual(5);
  });
  afterAll(() => t.close());

  function snapshot() {
    return t.database.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
  }

  /** The entries that existed before, as they are now. */
  async function earlierEntries() {
    return t.database.db.selectFrom('audit_log').selectAll().where('id', 'in', entryIds).orderBy('id').execute();
  }

  it('has no operation but GET under /v1/audit-log', () => {
    const auditPaths = Object.keys(document.paths).filter((route) => route.startsWith('/v1/audit-log'));
    expect(auditPaths.sort()).toEqual(['/v1/audit-log', '/v1/audit-log/actions']);
    for (const route of auditPaths) expect(Object.keys(document.paths[route]!)).toEqual(['get']);
  });

  it('answers 405 to POST, PUT, PATCH and DELETE on the log, 404 on an entry, in JSON, and changes nothing', async () => {
    const before = await snapshot();
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      const onLog = await t.request({ method, url: '/v1/audit-log', headers: org.headers, payload: { action: 'forged' } });
      expect(onLog.statusCode, `${method} /v1/audit-log`).toBe(405);
      expect(onLog.data.error.code).toBe('method_not_allowed');
      expect(onLog.headers.allow).toBe('GET, HEAD');
      for (const id of [entryIds[0]!, 'x']) {
        const onEntry = await t.request({ method, url: `/v1/audit-log/${id}`, headers: org.headers, payload: {} });
        expect(onEntry.statusCode, `${method} /v1/audit-log/${id}`).toBe(404);
        expect(onEntry.headers['content-type']).toMatch(/^application\/json/);
        expect(onEntry.data.error.code).toBe('route_not_found');
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it('leaves every entry as it was after a walk of every operation with entry ids in its path', async () => {
    const before = await earlierEntries();
    const credentials = [org.headers, { authorization: `Bearer ${OPERATOR_KEY}` }];
    let sent = 0;
    for (const [route, operations] of Object.entries(document.paths)) {
      for (const method of METHODS) {
        if (!operations[method]) continue;
        for (const id of [entryIds[0]!, entryIds[entryIds.length - 1]!]) {
          const url = route.replace(/\{[^}]+\}/g, id);
          for (const headers of credentials) {
            const response = await t.request({ method: method.toUpperCase(), url, headers, ...(method === 'get' ? {} : { payload: {} }) });
            expect(response.statusCode, `${method} ${url}`).toBeLessThan(500);
            sent += 1;
          }
        }
      }
    }
    expect(sent).toBeGreaterThan(200);
    expect(await earlierEntries()).toEqual(before);
  });

  it('has no code that updates or deletes audit_log rows', () => {
    const root = path.resolve(import.meta.dirname, '..');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.(ts|sql)$/.test(entry.name) && !entry.name.endsWith('.test.ts')) files.push(full);
      }
    };
    walk(path.join(root, 'src'));
    walk(path.join(root, 'migrations'));
    expect(files.length).toBeGreaterThan(100);
    const writes = /(updateTable|deleteFrom)\(\s*['"]audit_log['"]|\b(UPDATE|DELETE\s+FROM|TRUNCATE(\s+TABLE)?)\s+"?audit_log\b/i;
    const offenders = files.filter((file) => writes.test(fs.readFileSync(file, 'utf8'))).map((file) => path.relative(root, file));
    expect(offenders).toEqual([]);
  });
});
