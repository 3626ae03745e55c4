import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyDatabase, testDialect } from '../helpers/test-db.js';
import { killAllServerProcesses, startServerProcess } from '../helpers/server-process.js';
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhook-receiver.js';
import { CLI_BIN, SERVER_BIN, killAll, runCli, runCliOk } from './cli-processes.js';

/**
 * One attempt of an assessment with questions and two hands-on tasks, handed
 * in part by part: the questions through the candidate API (as the browser
 * does), each task with the real `assay` CLI. A real server process with its
 * worker delivers the webhooks and emails.
 */

const GIT_ENV = { GIT_AUTHOR_NAME: 'Cand', GIT_AUTHOR_EMAIL: 'cand@example.com', GIT_COMMITTER_NAME: 'Cand', GIT_COMMITTER_EMAIL: 'cand@example.com' };

describe(`an attempt handed in part by part with the CLI on ${testDialect()}`, () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  let root: string;
  let server: string;
  let receiver: WebhookReceiver;
  let reviewer: Record<string, string>;
  let assessment: any;
  let serverEnv: Record<string, string>;

  async function api(method: string, url: string, body?: unknown, headers = reviewer): Promise<any> {
    const response = await fetch(`${server}${url}`, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = await response.json();
    if (!response.ok) throw new Error(`${method} ${url} → ${response.status} ${JSON.stringify(data)}`);
    return data;
  }

  beforeAll(async () => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'assay-cli-parts-')));
    cleanups.push(() => fs.rmSync(root, { recursive: true, force: true }));
    const database = await createEmptyDatabase();
    cleanups.push(async () => {
      await new Promise((resolve) => setTimeout(resolve, 200));
      await database.remove();
    });
    const env: Record<string, string> = {
      ASSAY_DATA_DIR: database.file ? path.dirname(database.file) : path.join(root, 'data'),
      ASSAY_WEBHOOK_ALLOW_PRIVATE: '1',
      ASSAY_SECURE_COOKIES: '0',
      ...(database.url ? { DATABASE_URL: database.url } : {}),
    };
    serverEnv = { ...env, ASSAY_DEMO: '0' };
    const org = await runCliOk(['--json', 'org', 'create', '--name', 'Parts Org'], { env: serverEnv, bin: SERVER_BIN });
    reviewer = { authorization: `Bearer ${org.json.apiKey}` };
    const running = startServerProcess({ ...env, ASSAY_WORKER: '1' });
    server = await running.url;

    receiver = await startWebhookReceiver();
    cleanups.push(() => receiver.close());
    await api('POST', '/v1/webhooks', { url: `${receiver.origin}/hooks`, eventTypes: ['session.completed'] });
    assessment = (
      await api('POST', '/v1/assessments', {
        title: 'Widgets, questions and two tasks',
        role: 'Backend Engineer',
        taskBrief: 'Answer the questions, then fix both bugs.',
        timeLimitMinutes: 60,
        questions: [
          { text: 'Which status means Created?', type: 'single', options: ['200', '201', '204'], answer: 1, category: 'http', difficulty: 'easy' },
          { text: 'Default PostgreSQL port?', type: 'text', answer: ['5432'], category: 'databases', difficulty: 'easy' },
        ],
        cases: [
          { title: 'Fix sum()', maxScore: 10 },
          { title: 'Fix product()', maxScore: 10 },
        ],
      })
    ).assessment;
  });

  afterAll(async () => {
    killAll();
    killAllServerProcesses();
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  /** A candidate with a key: the CLI logged in and started in a git folder, and the "browser" holding its own token. */
  async function candidate(name: string) {
    const email = `${name}@example.com`;
    const [key] = (await api('POST', `/v1/assessments/${assessment.id}/keys`, { count: 1, candidateEmails: [email] })).keys;
    const env = { ASSAY_CONFIG_DIR: path.join(root, name, 'config'), ASSAY_HTTP_TIMEOUT_MS: '10000', ...GIT_ENV };
    const workDir = path.join(root, name, 'work');
    fs.mkdirSync(workDir, { recursive: true });
    fs.writeFileSync(path.join(workDir, 'math.js'), 'export const sum = (a, b) => a - b;\nexport const product = (a, b) => a + b;\n');
    await runCliOk(['login', key.key, '--server', server], { env });
    // The key has an email but no name: the start gives it.
    const started = await runCliOk(['--json', 'start', '--dir', workDir, '--name', name], { env });
    const browser = { authorization: `Bearer ${(await api('POST', '/v1/candidate/sessions', { key: key.key }, {})).token}` };
    return {
      sessionId: started.json.session.id as string,
      email,
      cli: (args: string[]) => runCli(args, { env, cwd: workDir }),
      /** `assay <args>` in a terminal (a pty made by script(1)), answering its question with `answer`. */
      inTerminal: (args: string[], answer: string) => {
        const command = [process.execPath, CLI_BIN, ...args].map((word) => `'${word}'`).join(' ');
        const result = spawnSync('script', ['-qec', command, '/dev/null'], {
          cwd: workDir,
          env: { ...process.env, ...env },
          input: `${answer}\n`,
          encoding: 'utf8',
          timeout: 30_000,
        });
        return { code: result.status, output: result.stdout + result.stderr };
      },
      edit: (contents: string) => fs.writeFileSync(path.join(workDir, 'math.js'), contents),
      browser: (method: string, url: string, body?: unknown) => api(method, url, body, browser),
    };
  }

  async function answerEveryQuestion(who: Awaited<ReturnType<typeof candidate>>) {
    const { session } = await who.browser('GET', '/v1/candidate/session');
    for (const question of session.questions) {
      const selectedAnswer = question.type === 'text' ? '5432' : question.options.indexOf('201');
      await who.browser('PUT', `/v1/candidate/answers/${question.id}`, { selectedAnswer });
    }
    return session.questions.length as number;
  }

  it('questions in the browser and each task with `assay submit --case`: one completion, one webhook, one result email', async () => {
    const ada = await candidate('ada');

    ada.edit('export const sum = (a, b) => a + b;\nexport const product = (a, b) => a + b;\n');
    const first = await ada.cli(['--json', 'submit', '--case', '1', '--yes']);
    expect(first.code).toBe(0);
    expect(first.json.session.status).toBe('started');
    expect(first.json.session.parts.map((part: any) => part.state)).toEqual(['open', 'handed_in', 'open']);

    // Case 1 leaves the questions and case 2 open: `assay status` says so, and the browser can still answer.
    const status = await ada.cli(['status']);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/· open\s+the questions/);
    expect(status.stdout).toMatch(/✓ handed in\s+task 1 "Fix sum\(\)"/);
    expect(status.stdout).toMatch(/· open\s+task 2 "Fix product\(\)"/);
    expect(await answerEveryQuestion(ada)).toBe(2);
    const questions = await ada.browser('POST', '/v1/candidate/submit');
    expect(questions.session.status).toBe('started');

    ada.edit('export const sum = (a, b) => a + b;\nexport const product = (a, b) => a * b;\n');
    const second = await ada.cli(['submit', '--case', '2', '--yes']);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/The attempt is complete/);
    const late = await ada.cli(['run', '--', 'true']);
    expect(late.code).not.toBe(0);

    const { session } = await api('GET', `/v1/sessions/${ada.sessionId}`);
    expect(session.status).toBe('completed');
    expect(session.cases.map((item: any) => item.deliverable)).toEqual([expect.stringContaining('+export const sum = (a, b) => a + b;'), expect.stringContaining('+export const product = (a, b) => a * b;')]);
    expect(session.correctCount).toBe(2);

    // Grading both tasks makes the result final: the result email goes out then, once.
    await api('POST', `/v1/sessions/${ada.sessionId}/grades`, { grades: session.cases.map((item: any) => ({ caseId: item.caseId, score: 8 })) });
    await receiver.waitFor(() => receiver.received.some((hook) => hook.body.includes(ada.sessionId)), 20_000);
    let emails: any[] = [];
    await expect
      .poll(async () => {
        emails = (await api('GET', '/v1/emails')).emails.filter((email: any) => email.kind === 'result' && email.to === ada.email);
        return emails.length;
      }, { timeout: 20_000 })
      .toBe(1);
    // Give a duplicate a moment to show up before counting.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const completions = receiver.received.filter((hook) => hook.body.includes(ada.sessionId) && JSON.parse(hook.body).type === 'session.completed');
    expect(completions).toHaveLength(1);
    expect((await api('GET', '/v1/emails')).emails.filter((email: any) => email.kind === 'result' && email.to === ada.email)).toHaveLength(1);
  });

  it('`assay finish` with a task open lists it, hands in what was saved and scores the open task 0', async () => {
    const bo = await candidate('bo');
    bo.edit('export const sum = (a, b) => a + b;\nexport const product = (a, b) => a + b;\n');
    expect((await bo.cli(['submit', '--case', '1', '--yes'])).code).toBe(0);

    // The confirmation lists every part not handed in; "no" changes nothing.
    const declined = bo.inTerminal(['finish'], 'n');
    expect(declined.output).toMatch(/Finish the attempt\? Not handed in yet: the questions \(in the browser\), task 2 "Fix product\(\)"/);
    expect(declined.output).toMatch(/Not finished/);
    expect(declined.code).toBe(1);
    expect((await api('GET', `/v1/sessions/${bo.sessionId}`)).session.status).toBe('started');

    const finished = bo.inTerminal(['finish'], 'y');
    expect(finished.code).toBe(0);
    expect(finished.output).toMatch(/Finished\.[\s\S]*Not handed in: task 2 "Fix product\(\)"/);

    const { session } = await api('GET', `/v1/sessions/${bo.sessionId}`);
    expect(session.status).toBe('completed');
    expect(session.parts.map((part: any) => [part.kind, part.state])).toEqual([
      ['questions', 'handed_in'],
      ['case', 'handed_in'],
      ['case', 'open'],
    ]);
    expect(session.cases[1]).toMatchObject({ deliverable: null, status: 'graded', score: 0, feedback: 'Not handed in' });
    const again = await bo.cli(['--json', 'finish', '--yes']);
    expect(again.json).toMatchObject({ alreadyClosed: true, session: { status: 'completed' } });
  });

  it('`assay-server aggregates rebuild` recomputes the cohort aggregates from the sessions', async () => {
    const statsBefore = (await api('GET', `/v1/assessments/${assessment.id}/cohort-stats`)).cohortStats;
    const rebuilt = await runCliOk(['--json', 'aggregates', 'rebuild'], { env: serverEnv, bin: SERVER_BIN });
    expect(rebuilt.json).toEqual({ assessments: 1, sessions: 2 });
    expect((await api('GET', `/v1/assessments/${assessment.id}/cohort-stats`)).cohortStats).toEqual(statsBefore);
    const unknown = await runCli(['--json', 'aggregates', 'rebuild', '--assessment', 'asmt_nope'], { env: serverEnv, bin: SERVER_BIN });
    expect(unknown.code).toBe(1);
    expect(unknown.json.error.code).toBe('not_found');
  });
});
