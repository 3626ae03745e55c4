import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import { createAssessment, createKeys } from '../../../test/helpers/assessment-fixtures.js';
import { redeem } from '../../../test/helpers/candidate-kit.js';

/** The organization's decision emails over HTTP: defaults, validation, saving (audited), preview for a result, isolation. */
describe('decision emails', () => {
  let t: TestApp;
  let org: TestOrg;
  let other: TestOrg;
  let sessionId: string;
  let openSessionId: string;

  const list = (headers = org.headers) => t.request({ method: 'GET', url: '/v1/decision-emails', headers });
  const save = (decision: string, payload: object, headers = org.headers) =>
    t.request({ method: 'PUT', url: `/v1/decision-emails/${decision}`, headers, payload });
  const preview = (payload: object, headers = org.headers) => t.request({ method: 'POST', url: '/v1/decision-emails/preview', headers, payload });

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.createOrg({ name: 'Templates & Co' });
    other = await t.createOrg();
    const assessment = await createAssessment(t, org, {
      title: 'Backend <Screen>',
      role: 'API Engineer',
      questions: [{ text: 'Pick A', type: 'single', options: ['A', 'B'], answer: 0, category: 'c', difficulty: 'easy' }],
    });
    const [key, openKey] = await createKeys(t, org, assessment.id, {
      count: 2,
      candidateEmails: ['noor@example.com', 'open@example.com'],
      candidateNames: ['Noor', 'Open'],
    });
    const candidate = await redeem(t, key.key);
    const started = await t.request({ method: 'POST', url: '/v1/candidate/start', headers: candidate.headers });
    await t.request({ method: 'POST', url: '/v1/candidate/submit', headers: candidate.headers });
    sessionId = started.data.session.id;
    const open = await redeem(t, openKey.key);
    openSessionId = (await t.request({ method: 'POST', url: '/v1/candidate/start', headers: open.headers })).data.session.id;
  });
  afterAll(() => t.close());

  it('starts from built-in texts, both off, and lists the placeholders', async () => {
    const response = await list();
    expect(response.statusCode).toBe(200);
    expect(response.data.templates.map((item: { decision: string; enabled: boolean; customized: boolean }) => [item.decision, item.enabled, item.customized])).toEqual([
      ['hired', false, false],
      ['rejected', false, false],
    ]);
    expect(response.data.templates[1].body).toContain('{{candidateName}}');
    expect(response.data.placeholders.map((item: { token: string }) => item.token)).toEqual(['{{candidateName}}', '{{assessmentTitle}}', '{{role}}', '{{organizationName}}']);
  });

  it('saves a template, audited with what changed; another organization still has its own defaults', async () => {
    const response = await save('rejected', { enabled: true, subject: 'News from {{organizationName}}', body: 'Hello {{candidateName}},\n\nThank you.' });
    expect(response.statusCode).toBe(200);
    expect(response.data.template).toMatchObject({ decision: 'rejected', enabled: true, customized: true, subject: 'News from {{organizationName}}', updatedBy: expect.any(String) });
    expect((await list()).data.templates[1]).toMatchObject({ enabled: true, subject: 'News from {{organizationName}}' });
    expect((await list(other.headers)).data.templates[1]).toMatchObject({ enabled: false, customized: false });

    const entries = await t.database.db.selectFrom('audit_log').selectAll().where('org_id', '=', org.org.id).where('action', '=', 'decision_email.update').execute();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ resource_type: 'decision_email', resource_id: 'rejected', resource_title: 'Rejected email', actor_type: 'api_key' });
    const changes = JSON.parse(entries[0]!.changes!);
    expect(changes.before.enabled).toBe(false);
    expect(changes.after).toMatchObject({ enabled: true, subject: 'News from {{organizationName}}' });
  });

  it('refuses unknown placeholders and stray braces, naming every problem at once, and saves nothing', async () => {
    const response = await save('hired', { enabled: true, subject: 'Hi {{firstName}}', body: 'Dear {{candidateName}, welcome {{team}}' });
    expect(response.statusCode).toBe(400);
    const fields = response.data.error.details.map((detail: { field: string }) => detail.field);
    expect(fields).toEqual(['subject', 'body', 'body']);
    expect(response.data.error.details[0].message).toMatch(/unknown placeholder \{\{firstName\}\}/);
    expect((await list()).data.templates[0]).toMatchObject({ enabled: false, customized: false });
  });

  it.each([
    ['an unknown decision', 'maybe', { enabled: true, subject: 's', body: 'b' }],
    ['a subject on two lines', 'hired', { enabled: true, subject: 'one\ntwo', body: 'b' }],
    ['an empty body', 'hired', { enabled: true, subject: 's', body: '' }],
    ['a missing enabled flag', 'hired', { subject: 's', body: 'b' }],
  ])('400 for %s', async (_name, decision, payload) => {
    expect((await save(decision, payload)).statusCode).toBe(400);
  });

  it('previews any text for the candidate of a result, without sending anything', async () => {
    const before = await t.database.db.selectFrom('emails').select('id').where('org_id', '=', org.org.id).execute();
    const response = await preview({ sessionId, subject: '{{role}} at {{organizationName}}', body: 'Dear {{candidateName}},\n\nAbout {{assessmentTitle}}.' });
    expect(response.statusCode).toBe(200);
    expect(response.data.email).toMatchObject({
      to: 'noor@example.com',
      subject: 'API Engineer at Templates & Co',
      text: 'Dear Noor,\n\nAbout Backend <Screen>.\n',
    });
    expect(response.data.email.html).toContain('About Backend &lt;Screen&gt;.');
    expect(await t.database.db.selectFrom('emails').select('id').where('org_id', '=', org.org.id).execute()).toHaveLength(before.length);
  });

  it("404 for an unknown, another organization's or unfinished attempt; 400 for a bad placeholder", async () => {
    const text = { subject: 'Hi', body: 'Hello' };
    expect((await preview({ sessionId: 'res_nope', ...text })).statusCode).toBe(404);
    expect((await preview({ sessionId, ...text }, other.headers)).statusCode).toBe(404);
    expect((await preview({ sessionId: openSessionId, ...text })).statusCode).toBe(404);
    expect((await preview({ sessionId, subject: 'Hi {{nope}}', body: 'Hello' })).statusCode).toBe(400);
  });

  it('reading needs candidates:read, saving candidates:write', async () => {
    const reader = await t.request({ method: 'POST', url: '/v1/api-keys', headers: org.headers, payload: { name: 'reader', scopes: ['candidates:read'] } });
    const headers = { authorization: `Bearer ${reader.data.key}` };
    expect((await list(headers)).statusCode).toBe(200);
    expect((await save('hired', { enabled: false, subject: 's', body: 'b' }, headers)).statusCode).toBe(403);
    const none = await t.request({ method: 'POST', url: '/v1/api-keys', headers: org.headers, payload: { name: 'none', scopes: ['results:export'] } });
    expect((await list({ authorization: `Bearer ${none.data.key}` })).statusCode).toBe(403);
  });
});
