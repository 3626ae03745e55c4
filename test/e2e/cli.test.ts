import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEmptyDatabase, testDialect } from '../helpers/test-db.js';
import { SERVER_BIN, freePort, installPackedCli, killAll, runCli, runCliOk, serveFolder, startCli, type Background } from './cli-processes.js';

/**
 * The `assay` binary end to end: an operator creates an organization with the
 * CLI, a real server runs as a child process on a fresh database, a reviewer
 * creates a hands-on assessment through the API, and a candidate works on a
 * real git repository from the terminal. The server is stopped half-way and
 * started again: what was recorded meanwhile arrives once, and a repeated
 * upload is not counted twice.
 */

const GIT_ENV = { GIT_AUTHOR_NAME: 'Upstream', GIT_AUTHOR_EMAIL: 'up@example.com', GIT_COMMITTER_NAME: 'Upstream', GIT_COMMITTER_EMAIL: 'up@example.com' };

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' });
}

function write(dir: string, file: string, contents: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), contents);
}

/** A small Node project with a bug: one of its four tests fails. */
function createUpstreamRepo(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  write(dir, 'package.json', `${JSON.stringify({ name: 'widget', private: true, type: 'module', scripts: { test: 'node --test' } }, null, 2)}\n`);
  write(dir, 'src/sum.js', 'export function sum(a, b) {\n  return a - b;\n}\n');
  write(
    dir,
    'test/sum.test.js',
    [
      "import { test } from 'node:test';",
      "import assert from 'node:assert/strict';",
      "import { sum } from '../src/sum.js';",
      "test('zero', () => assert.equal(sum(0, 0), 0));",
      "test('identity', () => assert.equal(sum(5, 0), 5));",
      "test('another identity', () => assert.equal(sum(7, 0), 7));",
      "test('adds', () => assert.equal(sum(2, 2), 4));",
      '',
    ].join('\n'),
  );
  write(dir, '.gitignore', 'node_modules/\n');
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'widget with a bug');
}

describe(`assay CLI against a real server on ${testDialect()}`, () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterAll(async () => {
    killAll();
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('records a hands-on task from the terminal; a server restart loses nothing and counts nothing twice', async () => {
    const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'assay-cli-e2e-')));
    cleanups.push(() => fs.rmSync(root, { recursive: true, force: true }));
    const database = await createEmptyDatabase();
    cleanups.push(async () => {
      // Give the killed server a moment to drop its connections before the database is dropped.
      await new Promise((resolve) => setTimeout(resolve, 200));
      await database.remove();
    });

    const dataDir = database.file ? path.dirname(database.file) : path.join(root, 'data');
    const port = await freePort();
    const server = `http://127.0.0.1:${port}`;
    const serverEnv: Record<string, string> = {
      ASSAY_DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      PORT: String(port),
      ASSAY_DEMO: '0',
      ASSAY_WORKER: '0',
      ASSAY_SECURE_COOKIES: '0',
      LOG_LEVEL: 'info',
      ...(database.url ? { DATABASE_URL: database.url } : {}),
    };
    const candidateEnv = { ASSAY_CONFIG_DIR: path.join(root, 'config'), ASSAY_HTTP_TIMEOUT_MS: '5000', ...GIT_ENV };
    const workDir = path.join(root, 'work');

    // The candidate installs the packed CLI package into an empty folder, without install scripts:
    // nothing native, no database driver, no server or web toolchain comes with it.
    const cli = installPackedCli(path.join(root, 'laptop'));
    const installed = cli.installedFiles();
    expect(installed).toContain('assay-cli/dist/cli.js');
    expect(installed.filter((file) => file.endsWith('.node'))).toEqual([]);
    const topLevel = new Set(installed.map((file) => file.split('/')[0]));
    for (const forbidden of ['better-sqlite3', 'pg', 'fastify', 'pdfkit', 'vite', 'react', 'kysely', 'typescript']) {
      expect(topLevel.has(forbidden), forbidden).toBe(false);
    }
    const help = await runCliOk(['--help'], { env: candidateEnv, bin: cli.bin });
    expect(help.stdout).toMatch(/Usage: assay/);
    expect(help.stdout).toMatch(/submit/);
    expect(help.stdout).not.toMatch(/^\s+(serve|migrate|org|demo)\b/m);

    // Operator: create the organization with assay-server (migrates the empty database first).
    const org = await runCliOk(['--json', 'org', 'create', '--name', 'CLI Test Org'], { env: serverEnv, bin: SERVER_BIN });
    expect(org.json.apiKey).toMatch(/^ct_live_/);
    const reviewer = { authorization: `Bearer ${org.json.apiKey}`, 'content-type': 'application/json' };

    let serving: Background = startCli(['serve'], { env: serverEnv, bin: SERVER_BIN });
    await serving.waitFor(/Assay listening on/);

    async function api(method: string, url: string, body?: unknown): Promise<any> {
      const response = await fetch(`${server}${url}`, { method, headers: reviewer, body: body === undefined ? undefined : JSON.stringify(body) });
      const data = await response.json();
      if (!response.ok) throw new Error(`${method} ${url} → ${response.status} ${JSON.stringify(data)}`);
      return data;
    }

    // Reviewer: a hands-on assessment on a repository, and a key.
    const upstream = path.join(root, 'upstream');
    createUpstreamRepo(upstream);
    const published = path.join(root, 'published');
    fs.mkdirSync(published);
    git(root, 'clone', '-q', '--bare', upstream, path.join(published, 'widget.git'));
    git(path.join(published, 'widget.git'), 'update-server-info');
    const gitServer = await serveFolder(published);
    cleanups.push(() => gitServer.close());
    const repoUrl = `${gitServer.url}/widget.git`;
    const { assessment } = await api('POST', '/v1/assessments', {
      title: 'Fix the widget',
      role: 'Backend Engineer',
      taskBrief: 'Make the failing test pass.',
      repoUrl,
      timeLimitMinutes: 60,
      cases: [{ title: 'Fix sum()', maxScore: 10, description: 'sum(2, 3) answers -1.\nMake `npm test` pass.' }],
    });
    // Issued without a name: the start asks for the candidate's name and email.
    const [key] = (await api('POST', `/v1/assessments/${assessment.id}/keys`, { count: 1 })).keys;

    // Candidate: log in, read the task, clone and start.
    const login = await runCliOk(['--json', 'login', key.key, '--server', server], { env: candidateEnv, bin: cli.bin });
    expect(login.json).toMatchObject({ server, assessment: { id: assessment.id, title: 'Fix the widget' } });
    expect(login.json).not.toHaveProperty('token');
    const loginFile = path.join(candidateEnv.ASSAY_CONFIG_DIR, 'login.json');
    expect(fs.statSync(loginFile).mode & 0o777).toBe(0o600);
    expect(JSON.parse(fs.readFileSync(loginFile, 'utf8')).token).toMatch(/^cst_/);

    const task = await runCliOk(['--json', 'task'], { env: candidateEnv, bin: cli.bin });
    expect(task.json).toMatchObject({ repoUrl, session: null, assessment: { taskBrief: 'Make the failing test pass.' } });

    const human = await runCliOk(['task'], { env: candidateEnv, bin: cli.bin });
    expect(human.stdout).toContain('Task 1: Fix sum() (10 points) — hand in with `assay submit --case 1`\n  sum(2, 3) answers -1.\n  Make `npm test` pass.');
    expect(human.stdout).toContain('assay start --name "Your Name" --email you@example.com');

    // Refused before anything is cloned, so the same command works once the details are given.
    const nameless = await runCli(['--json', 'start', '--clone', '--dir', workDir], { env: candidateEnv, bin: cli.bin });
    expect(nameless.code).toBe(2);
    expect(JSON.parse(nameless.stdout).error).toMatchObject({ code: 'candidate_details_required' });
    expect(fs.existsSync(workDir) ? fs.readdirSync(workDir) : []).toEqual([]);
    const started = await runCliOk(['--json', 'start', '--clone', '--dir', workDir, '--name', 'Ada Lovelace', '--email', 'ada@example.com'], {
      env: candidateEnv,
      bin: cli.bin,
    });
    const keyAfter = (await api('GET', `/v1/assessments/${assessment.id}/keys`)).keys[0];
    expect(keyAfter).toMatchObject({ candidateName: 'Ada Lovelace', candidateEmail: 'ada@example.com' });
    const baseCommit = git(upstream, 'rev-parse', 'HEAD').trim();
    expect(started.json.task).toMatchObject({ dir: workDir, baseCommit });
    expect(fs.readFileSync(path.join(workDir, 'src/sum.js'), 'utf8')).toContain('a - b');

    // Two manual edits while the server is up; the watcher uploads them itself.
    const manual = startCli(['--json', 'watch', '--flush-seconds', '0.3'], { env: candidateEnv, bin: cli.bin });
    await manual.waitFor(/"event":"watching"/);
    write(workDir, 'src/sum.js', 'export function sum(a, b) {\n  return a + b;\n}\n');
    const firstEdit = JSON.parse((await manual.waitFor(/^\{"event":"edit".*"file":"src\/sum\.js".*$/m))[0]);
    write(workDir, 'NOTES.md', 'Fixed the sign in sum().\n');
    await manual.waitFor(/"file":"NOTES\.md"/);
    expect(await manual.stop('SIGINT')).toBe(0);
    expect(manual.stdout()).toMatch(/\{"event":"stopped","edits":2,"pendingEvents":0\}/);

    // The server goes away in the middle of the work.
    expect(await serving.stop('SIGTERM')).toBe(0);

    // Offline: a failing verify command, a prompt and an AI edit are recorded and kept on disk.
    git(workDir, 'stash', '-q', '--include-untracked'); // back to the buggy code for one run…
    const failing = await runCli(['--json', 'run', '--', 'npm', 'test'], { env: candidateEnv, bin: cli.bin, cwd: workDir, timeoutMs: 60_000 });
    git(workDir, 'stash', 'pop', '-q'); // …and the fix back.
    expect(failing.code).toBe(1);
    expect(failing.stderr).toMatch(/recorded `npm test`: exit 1, .*verify, 3\/4 tests passed \(kept offline/);
    await runCliOk(['prompt', 'why does sum(2, 2) fail?'], { env: candidateEnv, bin: cli.bin });
    const ai = startCli(['--json', 'watch', '--source', 'ai', '--flush-seconds', '0.3'], { env: candidateEnv, bin: cli.bin });
    await ai.waitFor(/"event":"watching"/);
    write(workDir, 'test/extra.test.js', "import { test } from 'node:test';\ntest('more', () => {});\n");
    await ai.waitFor(/"file":"test\/extra\.test\.js"/);
    expect(await ai.stop('SIGINT')).toBe(0);
    const buffered = fs
      .readFileSync(path.join(candidateEnv.ASSAY_CONFIG_DIR, 'events.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean);
    expect(buffered.map((line) => JSON.parse(line).type)).toEqual(['command', 'test_run', 'prompt', 'edit']);

    // Back online: the next command uploads what waited, then its own events.
    serving = startCli(['serve'], { env: serverEnv, bin: SERVER_BIN });
    await serving.waitFor(/Assay listening on/);
    const passing = await runCli(['--json', 'run', '--', process.execPath, '-e', 'console.log("lint ok")'], { env: candidateEnv, bin: cli.bin, cwd: workDir });
    expect(passing.code).toBe(0);
    expect(passing.stdout).toContain('lint ok');
    const summary = JSON.parse(passing.stdout.trim().split('\n').at(-1)!);
    expect(summary).toMatchObject({ exitCode: 0, isVerify: false, testRun: null, pendingEvents: 0 });

    // An upload whose answer was lost is sent again: the server keeps one copy.
    fs.writeFileSync(path.join(candidateEnv.ASSAY_CONFIG_DIR, 'events.jsonl'), `${buffered.join('\n')}\n`);
    const resent = await runCliOk(['--json', 'sync'], { env: candidateEnv, bin: cli.bin });
    expect(resent.json).toMatchObject({ sent: 4, duplicates: 4, pending: 0 });

    // A prompt from an AI tool's hook, on stdin.
    await runCliOk(['prompt'], { env: candidateEnv, bin: cli.bin, input: JSON.stringify({ hook_event_name: 'UserPromptSubmit', prompt: 'add a test' }) });

    const submitted = await runCliOk(['--json', 'submit', '--yes'], { env: candidateEnv, bin: cli.bin });
    expect(submitted.json).toMatchObject({ session: { status: 'completed' }, case: { title: 'Fix sum()' }, diff: { filesChanged: 3 } });

    // Reviewer: the session's metrics and the diff, exactly.
    const sessionId = started.json.session.id;
    const { session } = await api('GET', `/v1/sessions/${sessionId}`);
    expect(session.status).toBe('completed');
    const expectedLatency = Date.parse(firstEdit.occurredAt) - Date.parse(session.startedAt);
    expect(expectedLatency).toBeGreaterThan(0);
    expect(session.metrics).toMatchObject({
      promptCount: 2,
      commandCount: 2,
      commandFailRate: 0.5,
      verifyIntensity: 0.5,
      manualEditRatio: 0.6667,
      firstChangeLatencyMs: expectedLatency,
      testPassRate: 75,
    });

    git(workDir, 'add', '-A');
    const expectedDiff = git(workDir, 'diff', '--cached', '--binary', '--no-color', '--no-renames', baseCommit);
    expect(expectedDiff).toContain('-  return a - b;\n+  return a + b;');
    expect(expectedDiff).toContain('+++ b/NOTES.md');
    expect(expectedDiff).toContain('+++ b/test/extra.test.js');
    expect(session.cases).toHaveLength(1);
    expect(session.cases[0]).toMatchObject({ title: 'Fix sum()', deliverable: expectedDiff });

    const { cohortStats } = await api('GET', `/v1/assessments/${assessment.id}/cohort-stats?sessionId=${sessionId}`);
    expect(cohortStats).toMatchObject({
      sessionCount: 1,
      metrics: {
        avgPromptCount: 2,
        avgCommandFailRate: 0.5,
        avgVerifyIntensity: 0.5,
        avgManualEditRatio: 0.667,
        avgFirstChangeLatencyMs: expectedLatency,
        testPassRate: 75,
      },
    });

    // Submitting again changes nothing; later commands are refused clearly.
    const again = await runCliOk(['--json', 'submit', '--yes'], { env: candidateEnv, bin: cli.bin });
    expect(again.json).toMatchObject({ alreadySubmitted: true, session: { id: sessionId } });
    const late = await runCli(['run', '--', 'true'], { env: candidateEnv, bin: cli.bin });
    expect(late.code).toBe(1);
    expect(late.stderr).toContain('submitted');

    expect(await serving.stop('SIGTERM')).toBe(0);
  }, 120_000);
});
