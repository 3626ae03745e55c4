import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline/promises';
import type { Command } from 'commander';
import { maskKey, type LoginState } from './cli-config-store.js';
import { contextOf, flushAll, flushPending, type CliContext } from './cli-context.js';
import { CliError, EXIT, usageError } from './cli-errors.js';
import { cloneFolderName, cloneRepository, diffSinceBase, prepareTaskFolder } from './cli-git.js';
import { createApiClient, dataOf, normalizeServerUrl, type Answer, type ApiClient } from './cli-http.js';
import { formatDuration } from './cli-output.js';

const KEY_FORMAT = /^PST-[A-Z0-9]{4}-[A-Z0-9]{4}$/;

type Overview = Answer<'/v1/candidate/assessment', 'get'>;
type CandidateInvitation = Overview['invitation'];
type CandidateSession = Answer<'/v1/candidate/session', 'get'>['session'];

function normalizeKey(raw: string): string {
  const key = raw.trim().toUpperCase();
  if (!KEY_FORMAT.test(key)) throw usageError(`"${raw}" is not a candidate key; keys look like PST-ABCD-1234`);
  return key;
}

function timeLeft(deadlineAt: string | null | undefined, now = Date.now()): string | null {
  if (!deadlineAt) return null;
  const ms = Date.parse(deadlineAt) - now;
  return ms > 0 ? `${formatDuration(ms)} left (until ${deadlineAt})` : `time is up (deadline was ${deadlineAt})`;
}

async function confirm(question: string): Promise<boolean> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(`${question} [y/N] `)).trim());
  } finally {
    rl.close();
  }
}

async function login(
  context: CliContext,
  rawKey: string,
  options: { server?: string; name?: string; email?: string; discardPending?: boolean },
) {
  const key = normalizeKey(rawKey);
  const previous = context.store.readLogin();
  const serverInput = options.server ?? process.env.ASSAY_SERVER ?? previous?.server;
  if (!serverInput) throw usageError('Which Assay server? Pass --server https://assay.example.com (or set ASSAY_SERVER)');
  const server = normalizeServerUrl(serverInput);

  if (context.buffer.pending().length > 0) {
    if (previous) await flushPending(context, previous, { quiet: true });
    const left = context.buffer.pending().length;
    if (left > 0 && !options.discardPending) {
      throw new CliError(
        `${left} event(s) of the previous login are not uploaded yet. Run \`assay sync\` when the server is reachable, or pass --discard-pending to drop them.`,
        EXIT.failure,
        'events_pending',
      );
    }
    if (left > 0) context.output.warn(`dropped ${await context.buffer.discard()} event(s) of the previous login`);
  }

  const client = createApiClient({ server });
  const body = { key, ...(options.name ? { name: options.name } : {}), ...(options.email ? { email: options.email } : {}) };
  const answer = await dataOf(client.api.POST('/v1/candidate/sessions', { body }));
  const state: LoginState = {
    server,
    token: answer.token,
    keyHint: maskKey(key),
    assessment: { id: answer.assessment.id, title: answer.assessment.title },
    loggedInAt: new Date().toISOString(),
    // Logging in again to the same attempt (a new token) keeps its task folder and baseline.
    task: previous?.task && previous.task.sessionId === answer.invitation.sessionId ? previous.task : null,
    submittedAt: previous?.task && previous.task.sessionId === answer.invitation.sessionId ? previous.submittedAt : null,
  };
  context.store.writeLogin(state);
  const { token: _token, ...shown } = answer;
  context.output.result({ server, configFile: context.store.file('login.json'), ...shown }, () =>
    [
      `Logged in to ${server} with ${state.keyHint} for "${answer.assessment.title}".`,
      'Next: `assay task` to read the brief, then `assay start` in your task folder (or `assay start --clone`).',
    ].join('\n'),
  );
}

/** The current attempt, or null before the first start. */
async function currentSession(client: ApiClient, invitation: CandidateInvitation): Promise<CandidateSession | null> {
  if (!invitation.sessionId) return null;
  return (await dataOf(client.api.GET('/v1/candidate/session'))).session;
}

async function showTask(context: CliContext) {
  const state = context.store.requireLogin();
  await flushPending(context, state);
  const client = context.client(state);
  const { assessment, invitation } = await dataOf(client.api.GET('/v1/candidate/assessment'));
  const session = await currentSession(client, invitation);
  const repoUrl = assessment.repoUrl ?? assessment.issue?.repoUrl ?? null;
  const data = {
    assessment,
    invitation,
    session: session
      ? { id: session.id, status: session.status, startedAt: session.startedAt, deadlineAt: session.deadlineAt, remainingSeconds: session.remainingSeconds }
      : null,
    repoUrl,
    task: state.task,
  };
  context.output.result(data, () => {
    const lines = [`${assessment.title} — ${assessment.role}`];
    if (repoUrl) lines.push(`Repository: ${repoUrl}`);
    if (assessment.issue) lines.push(`Issue: ${assessment.issue.title}${assessment.issue.issueUrl ? ` (${assessment.issue.issueUrl})` : ''}`);
    if (assessment.timeLimitMinutes) lines.push(`Time limit: ${assessment.timeLimitMinutes} minutes`);
    if (assessment.cases.length > 0) lines.push(`Tasks: ${assessment.cases.map((item) => `${item.order}. ${item.title}`).join('; ')}`);
    if (!session) lines.push(`Status: not started — the clock starts with \`assay start\` (${assessment.attemptsLeft} attempt(s) left)`);
    else if (session.status === 'started') lines.push(`Status: in progress, ${timeLeft(session.deadlineAt) ?? 'no time limit'}`);
    else lines.push(`Status: ${session.status}${session.result ? ` — ${session.result.message}` : ''}`);
    if (state.task) lines.push(`Task folder: ${state.task.dir} (baseline ${state.task.baseCommit.slice(0, 12)})`);
    const brief = assessment.taskBrief;
    if (brief) lines.push('', brief);
    if (assessment.rules.length > 0) lines.push('', 'Rules:', ...assessment.rules.map((rule) => `  - ${rule}`));
    return lines.join('\n');
  });
}

async function start(context: CliContext, options: { clone?: boolean; dir?: string }) {
  let state = context.store.requireLogin();
  await flushPending(context, state);
  if (state.task) {
    throw new CliError(
      `The task is already started in ${state.task.dir}. Use \`assay task\` to see the time left.`,
      EXIT.failure,
      'already_started',
    );
  }
  const client = context.client(state);
  let folder = path.resolve(options.dir ?? '.');
  if (options.clone) {
    const { assessment } = await dataOf(client.api.GET('/v1/candidate/assessment'));
    const repoUrl = assessment.repoUrl ?? assessment.issue?.repoUrl ?? null;
    if (!repoUrl) throw new CliError('This assessment has no repository to clone; run `assay start` in your own folder', EXIT.failure, 'no_repository');
    folder = path.resolve(options.dir ?? cloneFolderName(repoUrl));
    if (fs.existsSync(folder) && fs.readdirSync(folder).length > 0) {
      throw new CliError(`${folder} already exists and is not empty; pass --dir to clone elsewhere`, EXIT.failure, 'folder_not_empty');
    }
    context.output.progress(`Cloning ${repoUrl} into ${folder}…`);
    await cloneRepository(repoUrl, folder);
  }
  context.output.progress(`Recording the starting point of ${folder}…`);
  const prepared = await prepareTaskFolder(folder);
  if (prepared.initialized) context.output.progress(`${prepared.dir} was not a git repository: initialised one and committed a baseline.`);

  const { session } = await dataOf(client.api.POST('/v1/candidate/start'));
  if (session.status !== 'started') {
    throw new CliError(`This attempt is ${session.status}; there is nothing to start`, EXIT.failure, 'session_closed');
  }
  state = context.store.updateLogin((current) => ({
    ...current,
    task: {
      dir: prepared.dir,
      baseCommit: prepared.baseCommit,
      sessionId: session.id,
      startedAt: session.startedAt,
      deadlineAt: session.deadlineAt,
    },
  }));
  const sessionView = { id: session.id, status: session.status, startedAt: session.startedAt, deadlineAt: session.deadlineAt, remainingSeconds: session.remainingSeconds };
  context.output.result({ session: sessionView, task: state.task }, () =>
    [
      `Started. ${timeLeft(session.deadlineAt) ?? 'No time limit.'}`,
      `Task folder: ${prepared.dir} (baseline ${prepared.baseCommit.slice(0, 12)})`,
      'Run commands with `assay run -- <command>`, keep `assay watch` running to record edits,',
      'and finish with `assay submit`.',
    ].join('\n'),
  );
}

/** The server keeps deliverables up to this many characters. */
const MAX_DELIVERABLE_CHARS = 2_000_000;

/** The case the diff is handed in for: --case (its order or id), else the only case. */
export function pickCase<T extends { id: string; order: number; title: string }>(cases: T[], wanted: string | undefined): T | null {
  if (wanted !== undefined) {
    const found = cases.find((item) => item.id === wanted || String(item.order) === wanted.trim());
    if (!found) {
      const known = cases.map((item) => `${item.order} (${item.title})`).join(', ') || 'none';
      throw usageError(`No task "${wanted}" in this assessment; its tasks: ${known}`);
    }
    return found;
  }
  if (cases.length === 0) return null;
  if (cases.length === 1) return cases[0]!;
  const known = cases.map((item) => `  --case ${item.order}   ${item.title}`).join('\n');
  throw usageError(`This assessment has ${cases.length} tasks; say which one the diff is for:\n${known}`);
}

async function submit(context: CliContext, options: { yes?: boolean; case?: string }) {
  const state = context.store.requireTask();
  const client = context.client(state);
  await flushAll(context, state);
  if (state.submittedAt) {
    // Submitting is idempotent on the server too: show what was submitted.
    const { session } = await dataOf(client.api.GET('/v1/candidate/session'));
    const data = { session: { id: session.id, status: session.status, completedAt: session.completedAt, result: session.result }, alreadySubmitted: true };
    context.output.result(data, `Already submitted at ${state.submittedAt}.${session.result ? ` ${session.result.message}` : ''}`);
    return;
  }
  const { assessment } = await dataOf(client.api.GET('/v1/candidate/assessment'));
  const target = pickCase(assessment.cases, options.case);
  const diff = await diffSinceBase(state.task.dir, state.task.baseCommit);
  if (diff.patch.length > MAX_DELIVERABLE_CHARS) {
    throw new CliError(
      `The diff has ${diff.patch.length.toLocaleString('en')} characters, more than the ${MAX_DELIVERABLE_CHARS.toLocaleString('en')} the server keeps. Add build output and dependencies to .gitignore and try again.`,
      EXIT.failure,
      'diff_too_large',
    );
  }
  const summary = `${diff.filesChanged} file(s) changed, +${diff.insertions} −${diff.deletions}`;
  if (!target) context.output.warn('this assessment has no hands-on task to attach the diff to; submitting without it');
  if (!options.yes) {
    if (!process.stdin.isTTY) throw usageError('Submitting is final: pass --yes to confirm when not running in a terminal');
    const what = target ? `your work on "${target.title}" (${summary})` : 'the assessment';
    if (!(await confirm(`Submit ${what}? This is final.`))) throw new CliError('Not submitted.', EXIT.failure, 'cancelled');
  }
  if (target) {
    context.output.progress(`Uploading the diff for "${target.title}" (${summary})…`);
    const timeSpentSeconds = Math.max(0, Math.round((Date.now() - Date.parse(state.task.startedAt)) / 1000));
    await dataOf(client.api.PUT('/v1/candidate/cases/{caseId}', { params: { path: { caseId: target.id } }, body: { deliverable: diff.patch, timeSpentSeconds } }));
  }
  context.output.progress('Submitting…');
  const { session } = await dataOf(client.api.POST('/v1/candidate/submit'));
  context.store.updateLogin((current) => ({ ...current, submittedAt: session.completedAt ?? new Date().toISOString() }));
  const data = {
    session: { id: session.id, status: session.status, completedAt: session.completedAt, result: session.result },
    case: target ? { id: target.id, title: target.title } : null,
    diff: { filesChanged: diff.filesChanged, insertions: diff.insertions, deletions: diff.deletions, characters: diff.patch.length },
  };
  context.output.result(data, () =>
    [`Submitted${target ? ` (${summary})` : ''}.`, session.result?.message ?? '', 'You can close this terminal.'].filter(Boolean).join('\n'),
  );
}

async function status(context: CliContext) {
  const state = context.store.readLogin();
  if (state) await flushPending(context, state, { quiet: true });
  const pending = context.buffer.pending().length;
  const data = {
    configDir: context.store.dir,
    loggedIn: state !== null,
    server: state?.server ?? null,
    key: state?.keyHint ?? null,
    assessment: state?.assessment ?? null,
    task: state?.task ?? null,
    submittedAt: state?.submittedAt ?? null,
    pendingEvents: pending,
  };
  context.output.result(data, () => {
    if (!state) return `Not logged in (config: ${context.store.dir}). ${pending} event(s) pending.`;
    return [
      `Logged in to ${state.server} with ${state.keyHint}${state.assessment ? ` for "${state.assessment.title}"` : ''}.`,
      state.task
        ? `Task folder: ${state.task.dir}; ${timeLeft(state.task.deadlineAt) ?? 'no time limit'}`
        : 'Task not started.',
      state.submittedAt ? `Submitted at ${state.submittedAt}.` : `${pending} event(s) waiting to be uploaded.`,
    ].join('\n');
  });
}

async function logout(context: CliContext, options: { discardPending?: boolean }) {
  const state = context.store.readLogin();
  if (state && context.buffer.pending().length > 0) {
    try {
      await flushAll(context, state);
    } catch (error) {
      if (!options.discardPending) throw error;
      context.output.warn(`dropped ${await context.buffer.discard()} event(s) that could not be uploaded`);
    }
  }
  context.store.clearLogin();
  context.output.result({ loggedOut: true }, 'Logged out; the candidate token was removed from this machine.');
}

export function registerCandidateCommands(program: Command): void {
  program
    .command('login')
    .description('Log in with your candidate key; the token is stored in your config folder (mode 0600)')
    .argument('<key>', 'your candidate key, PST-XXXX-XXXX')
    .option('--server <url>', 'the Assay server (default: $ASSAY_SERVER, or the last one used)')
    .option('--name <name>', 'your name, when the key was issued without one')
    .option('--email <email>', 'your email (for the result email), when the key was issued without one')
    .option('--discard-pending', 'drop events of a previous login that could not be uploaded')
    .action(async (key: string, options, command: Command) => login(contextOf(command), key, options));

  program
    .command('task')
    .description('Show the assessment: brief, repository, issue and time left')
    .action(async (_options, command: Command) => showTask(contextOf(command)));

  program
    .command('start')
    .description('Start the session (the clock starts) and record the task folder and its starting commit')
    .option('--clone', "clone the assessment's repository first")
    .option('--dir <path>', 'the task folder (default: the current folder, or the repository name with --clone)')
    .action(async (options, command: Command) => start(contextOf(command), options));

  program
    .command('submit')
    .description('Upload the diff of the task folder against its starting commit, then submit (final)')
    .option('--case <order|id>', 'the task the diff is for (needed when the assessment has several)')
    .option('-y, --yes', 'do not ask for confirmation')
    .action(async (options, command: Command) => submit(contextOf(command), options));

  program
    .command('status')
    .description('Show the login, the task folder and how many events wait to be uploaded')
    .action(async (_options, command: Command) => status(contextOf(command)));

  program
    .command('logout')
    .description('Upload what is pending and remove the candidate token from this machine')
    .option('--discard-pending', 'log out even if some events cannot be uploaded')
    .action(async (options, command: Command) => logout(contextOf(command), options));
}

