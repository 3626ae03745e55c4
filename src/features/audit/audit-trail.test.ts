import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR_KEY, createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import { createAssessmentFixture, createResultFixture } from '../../../test/helpers/result-fixtures.js';
import { addTeammateOnTestApp } from '../../../test/helpers/account-mail.js';
import { fixedClock } from '../../shared/clock.js';
import { AUDIT_ACTIONS } from './audit-actions.js';

/**
 * The audit trail of every change, through HTTP as clients make them: each
 * action writes exactly one entry naming its actor (the user or API key, by
 * name) and its resource (by title), from where and when, with before/after
 * for edits, and never a secret; refused requests write none. And the log
 * filters by actor, action, kind and resource.
 */

const PASSWORD = 'correct horse battery staple';

interface Entry {
  id: string;
  actor: { type: string; id: string | null; name: string | null };
  action: string;
  resourceType: string;
  resourceId: string | null;
  resourceTitle: string | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  details: Record<string, unknown> | null;
  changes: { before: Record<string, unknown>; after: Record<string, unknown> } | null;
  createdAt: string;
}

describe('audit trail of every change', () => {
  const clock = fixedClock(new Date());
  let t: TestApp;
  let org: TestOrg;
  /** The API key most changes are made with, and its id. */
  let bot: Record<string, string>;
  let botId: string;
  /** Grace's signed-in browser session. */
  let grace: { id: string; headers: Record<string, string> };
  const secrets: string[] = [PASSWORD];

  beforeAll(async () => {
    t = await createTestApp({ clock, env: { ASSAY_WEBHOOK_ALLOW_PRIVATE: '1' } });
    org = await t.createOrg({ name: 'Audited Org' });
    secrets.push(org.apiKey);
  });
  afterAll(() => t.close());

  /** Every entry of the organization, newest first (through the API, paging to the end). */
  async function allEntries(query = ''): Promise<Entry[]> {
    const entries: Entry[] = [];
    let cursor: string | null = null;
    do {
      const url = `/v1/audit-log?limit=200${query}${cursor ? `&cursor=${cursor}` : ''}`;
      const page = await t.request({ method: 'GET', url, headers: org.headers });
      expect(page.statusCode, page.body).toBe(200);
      entries.push(...(page.data.entries as Entry[]));
      cursor = page.data.nextCursor as string | null;
    } while (cursor);
    return entries;
  }

  /** The one entry of this action on this resource (fails unless there is exactly one). */
  async function onlyEntry(action: string, resourceId: string): Promise<Entry> {
    const entries = await allEntries(`&action=${action}&resourceId=${encodeURIComponent(resourceId)}`);
    expect(entries, `${action} on ${resourceId}`).toHaveLength(1);
    const entry = entries[0]!;
    expect(entry).toMatchObject({ action, resourceId, ip: '127.0.0.1', userAgent: 'audit-test/1.0', requestId: expect.stringMatching(/^req_/) });
    expect(entry.resourceType).toBe(AUDIT_ACTIONS[action as keyof typeof AUDIT_ACTIONS].resourceType);
    expect(entry.createdAt).toBe(clock.now().toISOString());
    return entry;
  }

  async function call(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object, headers: Record<string, string> = bot) {
    const response = await t.request({ method, url, headers: { 'user-agent': 'audit-test/1.0', ...headers }, ...(payload ? { payload } : {}) });
    return response;
  }

  async function ok(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object, headers?: Record<string, string>) {
    const response = await call(method, url, payload, headers);
    expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
    return response.data;
  }

  const operator = { authorization: `Bearer ${OPERATOR_KEY}` };
  const botActor = () => ({ type: 'api_key', id: botId, name: 'Integration bot' });

  describe('organization, API keys and the team', () => {
    it('org.create: the operator created the organization (with its first key)', async () => {
      const [entry] = await allEntries('&action=org.create');
      expect(entry).toMatchObject({
        actor: { type: 'operator', id: null, name: 'operator' },
        resourceType: 'organization',
        resourceId: org.org.id,
        resourceTitle: 'Audited Org',
        details: { slug: org.org.slug, initialApiKey: { name: 'Initial key' } },
      });
    });

    it('api_key.create: named by the key, made by the key that asked, without the secret', async () => {
      const created = await ok('POST', '/v1/api-keys', { name: 'Integration bot', scopes: ['assessments:write', 'assessments:read', 'candidates:write', 'candidates:read', 'webhooks:manage', 'api_keys:manage', 'results:export'] }, org.headers);
      bot = { authorization: `Bearer ${created.key}` };
      botId = created.apiKey.id;
      secrets.push(created.key);
      const entry = await onlyEntry('api_key.create', botId);
      expect(entry.actor).toMatchObject({ type: 'api_key', name: 'Initial key' });
      expect(entry.resourceTitle).toBe('Integration bot');
      expect(entry.details).toEqual({ mode: 'live', scopes: created.apiKey.scopes });
      expect(JSON.stringify(entry)).not.toContain(created.apiKey.prefix);
    });

    it('team_invite.create and team_invite.accept, then user.role_change and user.update: the reviewer by name, roles and names before and after', async () => {
      const { invite, accepted } = await addTeammateOnTestApp(
        t,
        { 'user-agent': 'audit-test/1.0', ...bot },
        { email: 'grace@example.com', name: 'Grace Hopper', password: PASSWORD, role: 'admin' },
      );
      const id = accepted.data.user.id as string;
      expect(await onlyEntry('team_invite.create', invite.id)).toMatchObject({ actor: botActor(), resourceTitle: 'grace@example.com', changes: null });
      const [joined] = await allEntries(`&action=team_invite.accept&resourceId=${invite.id}`);
      expect(joined).toMatchObject({ resourceTitle: 'grace@example.com' });

      clock.advance(1_000);
      await ok('PATCH', `/v1/users/${id}`, { role: 'owner' }, org.headers);
      const roleChange = await onlyEntry('user.role_change', id);
      expect(roleChange.changes).toEqual({ before: { role: 'admin' }, after: { role: 'owner' } });

      clock.advance(1_000);
      await ok('PATCH', `/v1/users/${id}`, { name: 'Grace B. Hopper' });
      const rename = await onlyEntry('user.update', id);
      expect(rename).toMatchObject({ resourceTitle: 'Grace B. Hopper', changes: { before: { name: 'Grace Hopper' }, after: { name: 'Grace B. Hopper' } } });

      // Grace signs in: her own changes are hers, by name.
      const login = await t.request({ method: 'POST', url: '/v1/auth/login', payload: { email: 'grace@example.com', password: PASSWORD } });
      expect(login.statusCode).toBe(200);
      const cookie = (login.cookies as Array<{ name: string; value: string }>).map((c) => `${c.name}=${c.value}`).join('; ');
      grace = { id, headers: { cookie, 'x-csrf-token': login.data.csrfToken as string } };
    });

    it('team_invite.resend and team_invite.revoke: the invited address by name', async () => {
      const invited = await ok('POST', '/v1/users/invites', { email: 'maybe@example.com', role: 'viewer' });
      const inviteId = invited.invite.id as string;
      clock.advance(1_000);
      await ok('POST', `/v1/users/invites/${inviteId}/resend`);
      expect(await onlyEntry('team_invite.resend', inviteId)).toMatchObject({ actor: botActor(), resourceTitle: 'maybe@example.com' });
      clock.advance(1_000);
      await ok('DELETE', `/v1/users/invites/${inviteId}`);
      expect(await onlyEntry('team_invite.revoke', inviteId)).toMatchObject({ actor: botActor(), resourceTitle: 'maybe@example.com' });
    });

    it('user.delete: the removed reviewer stays named in the trail', async () => {
      const { accepted } = await addTeammateOnTestApp(
        t,
        { 'user-agent': 'audit-test/1.0', ...bot },
        { email: 'spare@example.com', name: 'Spare Reviewer', password: PASSWORD, role: 'viewer' },
      );
      const spareId = accepted.data.user.id as string;
      clock.advance(1_000);
      await ok('DELETE', `/v1/users/${spareId}`, undefined, grace.headers);
      const entry = await onlyEntry('user.delete', spareId);
      expect(entry).toMatchObject({ actor: { type: 'user', id: grace.id, name: 'Grace B. Hopper' }, resourceTitle: 'Spare Reviewer', details: { email: 'spare@example.com', role: 'viewer' } });
    });

    it('org.update: the operator changed the quota, before and after', async () => {
      clock.advance(1_000);
      await ok('PATCH', `/v1/admin/orgs/${org.org.id}`, { monthlyAssessmentQuota: 40 }, operator);
      const entry = await onlyEntry('org.update', org.org.id);
      expect(entry).toMatchObject({
        actor: { type: 'operator', name: 'operator' },
        resourceTitle: 'Audited Org',
        changes: { before: { monthlyAssessmentQuota: null }, after: { monthlyAssessmentQuota: 40 } },
      });
    });
  });

  describe('assessments, rubrics, the question bank and candidate keys', () => {
    let assessmentId: string;
    let slug: string;

    it('rubric.create', async () => {
      const created = await ok('POST', '/v1/rubrics', { name: 'Code quality', criteria: [{ name: 'Tests', maxPoints: 6 }, { name: 'Design', maxPoints: 4 }] });
      const entry = await onlyEntry('rubric.create', created.rubric.id as string);
      expect(entry).toMatchObject({ actor: botActor(), resourceTitle: 'Code quality', details: { criteria: ['Tests', 'Design'], totalPoints: 10 } });
    });

    it('question.create and question.delete: one entry per bank question, titled by its text', async () => {
      const created = await ok('POST', '/v1/question-bank/questions', {
        questions: [
          { text: 'Which port does HTTPS use?', type: 'single', options: ['80', '443'], answer: 1, category: 'networks', difficulty: 'easy' },
          { text: `${'A very long question '.repeat(10)}\nwith a second line`, type: 'text', answer: 'yes', category: 'networks', difficulty: 'hard' },
        ],
      });
      const [first, second] = created.questions as Array<{ id: string }>;
      expect((await onlyEntry('question.create', first!.id)).resourceTitle).toBe('Which port does HTTPS use?');
      const long = (await onlyEntry('question.create', second!.id)).resourceTitle!;
      expect(long).toHaveLength(120);
      expect(long.endsWith('…')).toBe(true);

      clock.advance(1_000);
      await ok('DELETE', `/v1/question-bank/questions/${first!.id}`);
      const entry = await onlyEntry('question.delete', first!.id);
      expect(entry).toMatchObject({ actor: botActor(), resourceTitle: 'Which port does HTTPS use?', details: { category: 'networks', difficulty: 'easy' } });

      clock.advance(1_000);
      await ok('POST', `/v1/question-bank/questions/${first!.id}/restore`);
      expect(await onlyEntry('question.restore', first!.id)).toMatchObject({ actor: botActor(), resourceTitle: 'Which port does HTTPS use?' });
      clock.advance(1_000);
      await ok('PATCH', `/v1/question-bank/questions/${first!.id}`, { difficulty: 'medium' });
      expect(await onlyEntry('question.update', first!.id)).toMatchObject({
        actor: botActor(),
        resourceTitle: 'Which port does HTTPS use?',
        changes: { before: { difficulty: 'easy' }, after: { difficulty: 'medium' } },
      });
    });

    it('assessment.create, by a signed-in reviewer', async () => {
      const created = await ok(
        'POST',
        '/v1/assessments',
        {
          title: 'Backend Screen',
          role: 'Backend Engineer',
          taskBrief: 'Build an API.',
          questions: [
            { text: 'Which status means Created?', type: 'single', options: ['200', '201'], answer: 1, category: 'http', difficulty: 'easy' },
            { text: 'Default PostgreSQL port?', type: 'text', answer: ['5432'], category: 'databases', difficulty: 'easy' },
          ],
        },
        grace.headers,
      );
      assessmentId = created.assessment.id as string;
      slug = created.assessment.slug as string;
      const entry = await onlyEntry('assessment.create', assessmentId);
      expect(entry).toMatchObject({
        actor: { type: 'user', id: grace.id, name: 'Grace B. Hopper' },
        resourceTitle: 'Backend Screen',
        details: { slug, questions: 2, cases: 0, blueprint: false },
      });
    });

    it('assessment.update: only what changed, before and after, questions by position', async () => {
      clock.advance(1_000);
      await ok('PATCH', `/v1/assessments/${assessmentId}`, {
        title: 'Backend Screen v2',
        passingScore: 70,
        questions: [
          { text: 'Which status means Created?', type: 'single', options: ['200', '201'], answer: 1, category: 'http', difficulty: 'easy' },
          { text: 'Default PostgreSQL port?', type: 'text', answer: ['5432', '5433'], category: 'databases', difficulty: 'easy' },
        ],
      });
      const entry = await onlyEntry('assessment.update', assessmentId);
      expect(entry.resourceTitle).toBe('Backend Screen v2');
      expect(entry.actor).toEqual(botActor());
      expect(entry.changes).toEqual({
        before: {
          title: 'Backend Screen',
          passingScore: 60,
          'questions[2]': expect.objectContaining({ text: 'Default PostgreSQL port?', answer: ['5432'] }),
        },
        after: {
          title: 'Backend Screen v2',
          passingScore: 70,
          'questions[2]': expect.objectContaining({ text: 'Default PostgreSQL port?', answer: ['5432', '5433'] }),
        },
      });
    });

    it('a refused change writes no entry', async () => {
      const before = (await allEntries()).length;
      expect((await call('PATCH', `/v1/assessments/${assessmentId}`, { slug: 'Not A Slug' })).statusCode).toBe(400);
      expect((await call('PATCH', '/v1/assessments/asmt_unknown', { title: 'x' })).statusCode).toBe(404);
      expect((await call('DELETE', `/v1/assessments/${assessmentId}/keys/key_unknown`)).statusCode).toBe(404);
      expect((await call('DELETE', '/v1/webhooks/wh_unknown')).statusCode).toBe(404);
      expect((await call('DELETE', '/v1/api-keys/apikey_unknown')).statusCode).toBe(404);
      expect((await call('POST', '/v1/users/invites', { email: 'grace@example.com', role: 'viewer' })).statusCode).toBe(409);
      expect((await allEntries()).length).toBe(before);
    });

    let keyId: string;
    it('key.create: one entry per key, named by its candidate, without the key itself', async () => {
      clock.advance(1_000);
      const created = await ok('POST', `/v1/assessments/${assessmentId}/keys`, {
        count: 2,
        candidateEmails: ['ada@example.com', 'alan@example.com'],
        candidateNames: ['Ada Lovelace', 'Alan Turing'],
      });
      const keys = created.keys as Array<{ id: string; key: string; expiresAt: string }>;
      secrets.push(...keys.map((key) => key.key));
      keyId = keys[0]!.id;
      const ada = await onlyEntry('key.create', keys[0]!.id);
      expect(ada).toMatchObject({
        actor: botActor(),
        resourceTitle: 'Ada Lovelace',
        details: { assessmentId, assessmentTitle: 'Backend Screen v2', expiresAt: keys[0]!.expiresAt, emailed: true },
      });
      expect((await onlyEntry('key.create', keys[1]!.id)).resourceTitle).toBe('Alan Turing');

      const anonymous = (await ok('POST', `/v1/assessments/${assessmentId}/keys`, { count: 1 })).keys[0] as { id: string; key: string };
      secrets.push(anonymous.key);
      expect(await onlyEntry('key.create', anonymous.id)).toMatchObject({ resourceTitle: null, details: { emailed: false } });
    });

    it('key.create through the public invite API (reference 001)', async () => {
      clock.advance(1_000);
      const invite = await ok('POST', `/api/v1/public/assessments/${slug}/invites/`, { candidate_email: 'edsger@example.com', candidate_name: 'Edsger Dijkstra' });
      secrets.push(invite.key as string);
      const [entry] = await allEntries('&action=key.create&actor=' + botId + `&from=${encodeURIComponent(clock.now().toISOString())}`);
      expect(entry).toMatchObject({ resourceType: 'key', resourceTitle: 'Edsger Dijkstra', details: { assessmentId } });
      expect(await onlyEntry('key.create', entry!.resourceId!)).toMatchObject({ actor: botActor() });
    });

    it('key.resend, once the minute between invitation emails has passed', async () => {
      clock.advance(2 * 60_000);
      const resent = await ok('POST', `/v1/assessments/${assessmentId}/keys/${keyId}/resend`, {});
      const entry = await onlyEntry('key.resend', keyId);
      expect(entry).toMatchObject({ actor: botActor(), resourceTitle: 'Ada Lovelace', details: { emailId: resent.emailId, to: 'ada@example.com' } });
      // Again at once: 429, and no second entry.
      expect((await call('POST', `/v1/assessments/${assessmentId}/keys/${keyId}/resend`, {})).statusCode).toBe(429);
      await onlyEntry('key.resend', keyId);
    });

    it('key.revoke', async () => {
      clock.advance(1_000);
      await ok('DELETE', `/v1/assessments/${assessmentId}/keys/${keyId}`, undefined, grace.headers);
      const entry = await onlyEntry('key.revoke', keyId);
      expect(entry).toMatchObject({
        actor: { type: 'user', name: 'Grace B. Hopper' },
        resourceTitle: 'Ada Lovelace',
        details: { assessmentId, assessmentTitle: 'Backend Screen v2' },
      });
    });

    it('key.create through Greenhouse send_test names the Greenhouse key', async () => {
      const greenhouse = await ok('POST', '/v1/api-keys', { name: 'Greenhouse', scopes: ['integrations:greenhouse'] }, org.headers);
      secrets.push(greenhouse.key as string);
      clock.advance(1_000);
      const basic = `Basic ${Buffer.from(`${greenhouse.key}:`).toString('base64')}`;
      const sent = await call('POST', '/integrations/greenhouse/send_test', {
        partner_test_id: assessmentId,
        candidate: { first_name: 'Barbara', last_name: 'Liskov', email: 'barbara@example.com', greenhouse_profile_url: 'https://app.greenhouse.io/people/1' },
        url: 'http://127.0.0.1:9/greenhouse/callback',
      }, { authorization: basic });
      expect(sent.statusCode, sent.body).toBe(200);
      const [entry] = await allEntries(`&action=key.create&actor=${greenhouse.apiKey.id}`);
      expect(entry).toMatchObject({ actor: { type: 'api_key', name: 'Greenhouse' }, resourceTitle: 'Barbara Liskov', details: { assessmentTitle: 'Backend Screen v2' } });
    });

    it('assessment.delete: with how many keys it revoked', async () => {
      clock.advance(1_000);
      await ok('DELETE', `/v1/assessments/${assessmentId}`);
      const entry = await onlyEntry('assessment.delete', assessmentId);
      // Alan's, the anonymous one, Edsger's and Barbara's were still live.
      expect(entry).toMatchObject({ actor: botActor(), resourceTitle: 'Backend Screen v2', details: { slug, keysRevoked: 4 } });
    });
  });

  describe('webhooks and integrations', () => {
    let webhookId: string;

    it('webhook.create, webhook.update, webhook.secret_rotate, webhook.test, webhook.redeliver and webhook.delete', async () => {
      const created = await ok('POST', '/v1/webhooks', { url: 'http://127.0.0.1:9/hooks', eventTypes: ['session.completed'], description: 'ATS sync' });
      webhookId = created.webhook.id as string;
      secrets.push(created.secret as string);
      expect(await onlyEntry('webhook.create', webhookId)).toMatchObject({
        actor: botActor(),
        resourceTitle: 'ATS sync',
        details: { url: 'http://127.0.0.1:9/hooks', eventTypes: ['session.completed'], enabled: true },
      });

      clock.advance(1_000);
      await ok('PATCH', `/v1/webhooks/${webhookId}`, { description: 'ATS sync (EU)', eventTypes: ['session.completed', 'invitation.created'] });
      expect((await onlyEntry('webhook.update', webhookId)).changes).toEqual({
        before: { description: 'ATS sync', eventTypes: ['session.completed'] },
        after: { description: 'ATS sync (EU)', eventTypes: ['session.completed', 'invitation.created'] },
      });

      clock.advance(1_000);
      const rotated = await ok('POST', `/v1/webhooks/${webhookId}/rotate-secret`);
      secrets.push(rotated.secret as string);
      expect(await onlyEntry('webhook.secret_rotate', webhookId)).toMatchObject({
        resourceTitle: 'ATS sync (EU)',
        details: { previousSecretExpiresAt: rotated.webhook.previousSecretExpiresAt },
        changes: null,
      });

      clock.advance(1_000);
      const test = await ok('POST', `/v1/webhooks/${webhookId}/test`);
      expect(await onlyEntry('webhook.test', webhookId)).toMatchObject({ details: { deliveryId: test.delivery.id, eventId: test.delivery.eventId } });

      clock.advance(1_000);
      await ok('POST', `/v1/webhooks/${webhookId}/deliveries/${test.delivery.id}/redeliver`);
      expect(await onlyEntry('webhook.redeliver', webhookId)).toMatchObject({ details: { deliveryId: test.delivery.id, eventType: 'webhook.test' } });

      clock.advance(1_000);
      await ok('DELETE', `/v1/webhooks/${webhookId}`);
      expect(await onlyEntry('webhook.delete', webhookId)).toMatchObject({ resourceTitle: 'ATS sync (EU)', details: { url: 'http://127.0.0.1:9/hooks' } });
    });

    it('integration.update: whether the Greenhouse credential is set, never the credential', async () => {
      clock.advance(1_000);
      const credential = 'gh-partner-credential-5f2a';
      secrets.push(credential);
      await ok('PATCH', '/v1/integrations/greenhouse', { patchCredential: credential });
      const entry = await onlyEntry('integration.update', 'greenhouse');
      expect(entry).toMatchObject({
        actor: botActor(),
        resourceTitle: 'Greenhouse',
        details: { setting: 'patchCredential', replaced: false },
        changes: { before: { patchCredentialSet: false }, after: { patchCredentialSet: true } },
      });
    });

    it('api_key.revoke: the revoked key stays named', async () => {
      const spare = await ok('POST', '/v1/api-keys', { name: 'Old exporter', scopes: ['results:read'] }, org.headers);
      secrets.push(spare.key as string);
      clock.advance(1_000);
      await ok('DELETE', `/v1/api-keys/${spare.apiKey.id}`);
      expect(await onlyEntry('api_key.revoke', spare.apiKey.id as string)).toMatchObject({
        actor: botActor(),
        resourceTitle: 'Old exporter',
        details: { mode: 'live', scopes: ['results:read'] },
      });
    });
  });

  describe('grading and decisions', () => {
    it('result.grade, result.decide and decision_email.update: the attempt by candidate and assessment, the template by decision', async () => {
      const assessment = await createAssessmentFixture(t.database.db, clock, org.org.id, { title: 'Task Screen', cases: [{ title: 'Fix the bug', maxScore: 10 }] });
      const result = await createResultFixture(t.database.db, clock, assessment, { candidate: { name: 'Dorothy Vaughan', email: 'dv@example.com' }, caseScores: [null] });
      clock.advance(1_000);
      await ok('POST', `/v1/sessions/${result.sessionId}/grades`, { grades: [{ caseId: assessment.cases[0]!.id, score: 7 }] });
      expect(await onlyEntry('result.grade', result.sessionId)).toMatchObject({ actor: botActor(), resourceTitle: 'Dorothy Vaughan · Task Screen' });

      clock.advance(1_000);
      await ok('POST', `/v1/sessions/${result.sessionId}/decision`, { decision: 'rejected', sendEmail: false });
      expect(await onlyEntry('result.decide', result.sessionId)).toMatchObject({
        actor: botActor(),
        resourceTitle: 'Dorothy Vaughan · Task Screen',
        changes: { before: expect.objectContaining({ decision: null }), after: expect.objectContaining({ decision: 'rejected' }) },
      });

      clock.advance(1_000);
      await ok('PUT', '/v1/decision-emails/hired', { enabled: true, subject: 'Welcome aboard, {{candidateName}}', body: 'We would like to offer you the {{role}} role.' });
      const [template] = await allEntries('&action=decision_email.update');
      expect(template).toMatchObject({ actor: botActor(), action: 'decision_email.update', resourceType: 'decision_email' });
    });
  });

  describe('exports', () => {
    it('result.export names the result by candidate and assessment', async () => {
      const assessment = await createAssessmentFixture(t.database.db, clock, org.org.id, { title: 'Data Screen' });
      const result = await createResultFixture(t.database.db, clock, assessment, { candidate: { name: 'Katherine Johnson', email: 'kj@example.com' } });
      clock.advance(1_000);
      const csv = await call('GET', `/results/${result.sessionId}/export?format=csv`);
      expect(csv.statusCode).toBe(200);
      expect(await onlyEntry('result.export', result.sessionId)).toMatchObject({
        actor: botActor(),
        resourceTitle: 'Katherine Johnson · Data Screen',
        details: { format: 'csv', includeAnswers: false },
      });
    });
  });

  describe('the log', () => {
    it('never holds a secret: no API key, webhook secret, credential, candidate key or password', async () => {
      const rows = await t.database.db.selectFrom('audit_log').selectAll().where('org_id', '=', org.org.id).execute();
      const text = JSON.stringify(rows);
      for (const secret of secrets) expect(text).not.toContain(secret);
      expect(text).not.toContain('$argon2');
      expect(text).not.toMatch(/whsec_/);
    });

    it('records each change once: every change action of the catalog appears, with the counts made above', async () => {
      const counts = new Map<string, number>();
      for (const entry of await allEntries('&kind=change')) counts.set(entry.action, (counts.get(entry.action) ?? 0) + 1);
      const changeActions = Object.entries(AUDIT_ACTIONS).filter(([, info]) => info.kind === 'change').map(([action]) => action);
      expect(Object.fromEntries(counts)).toEqual({
        ...Object.fromEntries(changeActions.map((action) => [action, 1])),
        // Two named keys, an anonymous one, a public invite, a Greenhouse invitation.
        'key.create': 5,
        // The bot, the Greenhouse key, the old exporter.
        'api_key.create': 3,
        // Grace, the spare reviewer and the invitation withdrawn.
        'team_invite.create': 3,
        // Grace and the spare reviewer.
        'team_invite.accept': 2,
        // Two bank questions.
        'question.create': 2,
      });
    });

    it('filters by actor, action, kind and resource', async () => {
      const byBot = await allEntries(`&actor=${botId}`);
      expect(byBot.length).toBeGreaterThan(10);
      expect(byBot.every((entry) => entry.actor.id === botId && entry.actor.name === 'Integration bot')).toBe(true);

      const byGrace = await allEntries(`&actor=${grace.id}&actorType=user`);
      expect(byGrace.map((entry) => entry.action).sort()).toEqual(['assessment.create', 'key.revoke', 'team_invite.accept', 'user.delete']);

      const reads = await allEntries('&kind=read');
      expect(reads.map((entry) => entry.action)).toEqual(['result.export']);
      const changes = await allEntries('&kind=change');
      expect(changes.some((entry) => entry.action === 'result.export')).toBe(false);
      expect(changes.length + reads.length).toBe((await allEntries()).length);

      const webhooks = await allEntries('&resourceType=webhook');
      expect(new Set(webhooks.map((entry) => entry.action))).toEqual(
        new Set(['webhook.create', 'webhook.update', 'webhook.secret_rotate', 'webhook.test', 'webhook.redeliver', 'webhook.delete']),
      );
      const oneWebhook = await allEntries(`&resourceType=webhook&resourceId=${webhooks[0]!.resourceId}&action=webhook.update`);
      expect(oneWebhook).toHaveLength(1);

      const operatorOnly = await allEntries('&actorType=operator');
      expect(operatorOnly.map((entry) => entry.action).sort()).toEqual(['org.create', 'org.update']);
      expect((await t.request({ method: 'GET', url: '/v1/audit-log?kind=edits', headers: org.headers })).statusCode).toBe(400);
    });

    it('serves the catalog of actions the filters take', async () => {
      const catalog = await t.request({ method: 'GET', url: '/v1/audit-log/actions', headers: org.headers });
      expect(catalog.statusCode).toBe(200);
      expect(catalog.data.actions).toContainEqual({ action: 'assessment.update', kind: 'change', resourceType: 'assessment', label: expect.any(String) });
      expect(catalog.data.actions).toContainEqual({ action: 'result.read', kind: 'read', resourceType: 'result', label: expect.any(String) });
      expect(catalog.data.actions).toHaveLength(Object.keys(AUDIT_ACTIONS).length);
      expect(catalog.data.resourceTypes).toEqual(expect.arrayContaining(['assessment', 'key', 'webhook', 'api_key', 'user', 'organization', 'result']));
      const documented = await t.request({ method: 'GET', url: '/openapi.json' });
      const action = documented.data.paths['/v1/audit-log'].get.parameters.find((parameter: { name: string }) => parameter.name === 'action');
      for (const name of Object.keys(AUDIT_ACTIONS)) expect(action.description).toContain(`\`${name}\``);
      // Another organization sees none of it.
      const other = await t.createOrg();
      const foreign = await t.request({ method: 'GET', url: `/v1/audit-log?actor=${botId}`, headers: other.headers });
      expect(foreign.data.entries).toEqual([]);
    });
  });
});
