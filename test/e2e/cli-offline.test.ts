import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_BIN, SERVER_BIN, freePort, killAll, runCli } from './cli-processes.js';

/**
 * The real binary with no server listening: commands still run, their events
 * are kept on disk, and nothing that needs the server pretends to succeed.
 */
describe('assay CLI without a reachable server', () => {
  let root: string;
  let configDir: string;
  let taskDir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'assay-cli-offline-')));
    configDir = path.join(root, 'config');
    taskDir = path.join(root, 'task');
    fs.mkdirSync(taskDir);
    fs.writeFileSync(path.join(taskDir, 'README.md'), 'task\n');
    execFileSync('git', ['init', '-q'], { cwd: taskDir });
    env = { ASSAY_CONFIG_DIR: configDir, ASSAY_HTTP_TIMEOUT_MS: '2000' };
    const port = await freePort();
    // A login as `assay login` + `assay start` would have left it.
    fs.mkdirSync(configDir, { recursive: true, mode: 0o700 });
    fs.writeFileSync(
      path.join(configDir, 'login.json'),
      JSON.stringify({
        server: `http://127.0.0.1:${port}`,
        token: 'cst_offline',
        keyHint: 'PST-ABCD-****',
        assessment: { id: 'asmt_1', title: 'Offline' },
        loggedInAt: new Date().toISOString(),
        task: { dir: taskDir, baseCommit: 'HEAD', sessionId: 'res_1', startedAt: new Date().toISOString(), deadlineAt: null },
        submittedAt: null,
      }),
      { mode: 0o600 },
    );
  });
  afterAll(() => {
    killAll();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const pending = () =>
    fs.existsSync(path.join(configDir, 'events.jsonl'))
      ? fs
          .readFileSync(path.join(configDir, 'events.jsonl'), 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line))
      : [];

  it('runs the command with live output, exits with its code and keeps the event', async () => {
    const result = await runCli(['run', '--', process.execPath, '-e', 'console.log("building"); process.exit(3)'], { env, cwd: taskDir });
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('building\n');
    expect(result.stderr).toMatch(/recorded .*exit 3.*kept offline/);
    expect(pending()).toEqual([
      expect.objectContaining({ type: 'command', payload: expect.objectContaining({ exitCode: 3, isVerify: false }) }),
    ]);
    expect(pending()[0].payload.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('records a verify command and the test summary it printed', async () => {
    const script = 'console.log("Tests:       1 failed, 3 passed, 4 total"); process.exit(1)';
    const result = await runCli(['--json', 'run', '--verify', '--', process.execPath, '-e', script], { env, cwd: taskDir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Tests:       1 failed, 3 passed, 4 total');
    const events = pending();
    expect(events.map((event) => event.type)).toEqual(['command', 'command', 'test_run']);
    expect(events[1].payload).toMatchObject({ exitCode: 1, isVerify: true });
    expect(events[2].payload).toMatchObject({ passed: 3, total: 4, format: 'jest' });
    const summary = JSON.parse(result.stdout.trim().split('\n').at(-1)!);
    expect(summary).toMatchObject({ exitCode: 1, isVerify: true, testRun: { passed: 3, total: 4 }, pendingEvents: 3 });
  });

  it('answers 127 for a command that does not exist, and records it as failed', async () => {
    const result = await runCli(['run', '--', 'assay-no-such-command-xyz'], { env, cwd: taskDir });
    expect(result.code).toBe(127);
    expect(pending().at(-1)).toMatchObject({ type: 'command', payload: { exitCode: 127 } });
  });

  it('records prompts from arguments and from a hook on stdin', async () => {
    expect((await runCli(['prompt', 'write', 'a', 'test'], { env })).code).toBe(0);
    expect((await runCli(['prompt'], { env, input: JSON.stringify({ session_id: 'x', prompt: 'fix the parser' }) })).code).toBe(0);
    const prompts = pending().filter((event) => event.type === 'prompt');
    expect(prompts.map((event) => event.payload.text)).toEqual(['write a test', 'fix the parser']);
  });

  it('gives every event its own client id, and keeps the buffer private', () => {
    const ids = pending().map((event) => event.clientEventId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(fs.statSync(path.join(configDir, 'events.jsonl')).mode & 0o777).toBe(0o600);
  });

  it('refuses to submit while events cannot be uploaded, and changes nothing', async () => {
    const before = pending().length;
    const result = await runCli(['--json', 'submit', '--yes'], { env });
    expect(result.code).toBe(4);
    expect(result.json.error.code).toBe('events_pending');
    expect(pending()).toHaveLength(before);
  });

  it('reports the pending events in status and sync', async () => {
    const status = await runCli(['--json', 'status'], { env });
    expect(status.code).toBe(0);
    expect(status.json).toMatchObject({ loggedIn: true, pendingEvents: pending().length, key: 'PST-ABCD-****' });
    expect(status.json).not.toHaveProperty('token');
    const sync = await runCli(['sync'], { env });
    expect(sync.code).toBe(4);
  });

  it('answers usage errors with exit code 2 and a JSON error with --json', async () => {
    const noCommand = await runCli(['--json', 'run'], { env });
    expect(noCommand.code).toBe(2);
    const badKey = await runCli(['--json', 'login', 'nope'], { env });
    expect(badKey.code).toBe(2);
    expect(badKey.json).toEqual({ error: { code: 'usage', message: expect.stringContaining('PST-ABCD-1234') } });
    const unknown = await runCli(['frobnicate'], { env });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");
  });
});

describe('assay CLI before login', () => {
  it('answers exit code 3 with a hint', async () => {
    const configDir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-cli-nologin-'));
    try {
      const result = await runCli(['run', '--', 'true'], { env: { ASSAY_CONFIG_DIR: configDir } });
      expect(result.code).toBe(3);
      expect(result.stderr).toContain('assay login');
    } finally {
      fs.rmSync(configDir, { recursive: true, force: true });
    }
  });
});

describe('the binaries and a reader that stops early', () => {
  it.each([
    ['assay', CLI_BIN],
    ['assay-server', SERVER_BIN],
  ])('`%s --help | head -1` exits 0 without a stack trace', async (_name, bin) => {
    const child = spawn(process.execPath, [bin, '--help'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Our end closed before the help is written, as `head -1` leaves a pipe: every write meets EPIPE.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|at /);
    expect(code).toBe(0);
  });
});
