import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline/promises';
import type { Command } from 'commander';
import { maskKey, type LoginState } from './cli-config-store.js';
import { contextOf, flushAll, flushPending, type CliContext } from './cli-context.js';
import { CliError, EXIT, usageError } from './cli-errors.js';
import { cloneFolderName, cloneRepository, diffSinceBase, prepareTaskFolder } from './cli-git.js';
import { ApiError, createApiClient, dataOf, normalizeServerUrl, type Answer, type ApiClient } from './cli-http.js';
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

/** Text indented by two spaces, line by line (a task's description under its heading). */
function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => (line ? `  ${line}` : line))
    .join('\n');
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
      ...(answer.invitation.detailsNeeded.length > 0 && answer.invitation.sessionId === null
        ? [`Your key was issued without your ${answer.invitation.detailsNeeded.join(' and ')}: ${startHint(answer.invitation.detailsNeeded)}.`]
        : []),
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
    if (!session) {
      lines.push(`Status: not started — the clock starts with \`assay start\` (${assessment.attemptsLeft} attempt(s) left)`);
      const missing = invitation.detailsNeeded;
      if (missing.length > 0) lines.push(`Your key was issued without your ${missing.join(' and ')}: ${startHint(missing)}.`);
    } else if (session.status === 'started') lines.push(`Status: in progress, ${timeLeft(session.deadlineAt) ?? 'no time limit'}`);
    else lines.push(`Status: ${session.status}${session.result ? ` — ${session.result.message}` : ''}`);
    if (state.task) lines.push(`Task folder: ${state.task.dir} (baseline ${state.task.baseCommit.slice(0, 12)})`);
    const brief = assessment.taskBrief;
    if (brief) lines.push('', brief);
    for (const item of assessment.cases) {
      const heading = `Task ${item.order}: ${item.title} (${item.maxScore} points) — hand in with \`assay submit --case ${item.order}\``;
      lines.push('', heading, ...(item.description ? [indent(item.description)] : []));
    }
    if (assessment.rules.length > 0) lines.push('', 'Rules:', ...assessment.rules.map((rule) => `  - ${rule}`));
    return lines.join('\n');
  });
}

type CandidateDetail = CandidateInvitation['detailsNeeded'][number];

/** "start with `assay start --name "Your Name" --email you@example.com`": how to give what the key lacks. */
function startHint(missing: readonly CandidateDetail[]): string {
  const flags = [missing.includes('name') ? '--name "Your Name"' : '', missing.includes('email') ? '--email you@example.com' : ''].filter(Boolean);
  return `start with \`assay start ${flags.join(' ')}\``;
}

/** Why the start needs the candidate's name (and email), and the flags that give them. */
function detailsRequired(missing: readonly CandidateDetail[], details?: unknown): CliError {
  return new CliError(
    `This key was issued without your ${missing.join(' and ')}: ${startHint(missing)}`,
    EXIT.usage,
    'candidate_details_required',
    details ?? missing.map((field) => ({ field, message: 'is required' })),
  );
}

/**
 * The start, with the candidate's name and email when given. A key issued
 * without a name is refused until they are (400 candidate_details_required).
 */
async function startAttempt(client: ApiClient, options: { name?: string; email?: string }) {
  const body = { ...(options.name ? { name: options.name } : {}), ...(options.email ? { email: options.email } : {}) };
  try {
    return await dataOf(client.api.POST('/v1/candidate/start', { body }));
  } catch (error) {
    if (error instanceof ApiError && error.code === 'candidate_details_required') {
      const fields = Array.isArray(error.details) ? (error.details as Array<{ field?: string }>).map((detail) => detail.field) : [];
      throw detailsRequired((['name', 'email'] as const).filter((field) => fields.includes(field)), error.details);
    }
    throw error;
  }
}

async function start(context: CliContext, options: { clone?: boolean; dir?: string; name?: string; email?: string }) {
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
  const { assessment, invitation } = await dataOf(client.api.GET('/v1/candidate/assessment'));
  // Asked before anything is cloned or recorded, so a second try starts from a clean folder.
  const missing = invitation.detailsNeeded.filter((field) => !options[field]?.trim());
  if (missing.length > 0 && invitation.sessionId === null) throw detailsRequired(missing);
  let folder = path.resolve(options.dir ?? '.');
  if (options.clone) {
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

  const { session } = await startAttempt(client, options);
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

/** The server keeps deliverables up to this many characters (its `limits.deliverableCharacters`). */
export const MAX_DELIVERABLE_CHARS = 2_000_000;

/** Refuses, before uploading, a diff the server would refuse: the error states the limit and how to get under it. */
export function assertDeliverableFits(patch: string, limit = MAX_DELIVERABLE_CHARS): void {
  if (patch.length <= limit) return;
  throw new CliError(
    [
      `Your diff is ${patch.length.toLocaleString('en')} characters; a task's deliverable can be at most ${limit.toLocaleString('en')} characters.`,
      'Leave build output, dependencies and generated files out of it (add them to .gitignore), then run `assay submit` again.',
    ].join('\n'),
    EXIT.failure,
    'diff_too_large',
    { characters: patch.length, limit },
  );
}

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

type Part = CandidateSession['parts'][number];

/** "Questions (in the browser)", "2. Add caching": a part as the candidate knows it. */
function partLabel(part: Part, session: CandidateSession): string {
  if (part.kind === 'questions') return 'the questions (in the browser)';
  const order = session.cases.find((item) => item.id === part.id)?.order;
  return order === undefined ? `"${part.title}"` : `task ${order} "${part.title}"`;
}

function openParts(session: CandidateSession): Part[] {
  return session.parts.filter((part) => part.state === 'open');
}

/** What is left after a hand-in, and how to go on. */
function whatRemains(session: CandidateSession): string {
  if (session.status !== 'started') return `The attempt is complete.${session.result ? ` ${session.result.message}` : ''} You can close this terminal.`;
  const open = openParts(session);
  const nextCase = open.find((part) => part.kind === 'case');
  const order = nextCase ? session.cases.find((item) => item.id === nextCase.id)?.order : undefined;
  return [
    `Still open: ${open.map((part) => partLabel(part, session)).join(', ')}.`,
    order !== undefined ? `Hand in the next task with \`assay submit --case ${order}\`, or end the attempt with \`assay finish\`.` : 'End the attempt with `assay finish` when you are done.',
  ].join('\n');
}

function sessionSummary(session: CandidateSession) {
  return { id: session.id, status: session.status, completedAt: session.completedAt, parts: session.parts, result: session.result };
}

/** Remembers a closed attempt: recording commands stop, `assay status` says so. */
function rememberIfClosed(context: CliContext, session: CandidateSession): void {
  if (session.status === 'started') return;
  context.store.updateLogin((current) => ({ ...current, submittedAt: current.submittedAt ?? session.completedAt ?? new Date().toISOString() }));
}

async function submit(context: CliContext, options: { yes?: boolean; case?: string }) {
  const state = context.store.requireTask();
  const client = context.client(state);
  await flushAll(context, state);
  const { session: before } = await dataOf(client.api.GET('/v1/candidate/session'));
  if (before.status !== 'started') {
    rememberIfClosed(context, before);
    context.output.result({ session: sessionSummary(before), alreadySubmitted: true }, `This attempt is closed (${before.status}).${before.result ? ` ${before.result.message}` : ''}`);
    return;
  }
  const target = pickCase(before.cases, options.case);
  if (!target) {
    throw new CliError('This assessment has no hands-on task to hand in; end the attempt with `assay finish`.', EXIT.failure, 'no_task');
  }
  const part = before.parts.find((item) => item.id === target.id);
  if (part?.state === 'handed_in') {
    context.output.result(
      { session: sessionSummary(before), case: { id: target.id, title: target.title }, alreadyHandedIn: true },
      `"${target.title}" was handed in already (${part.handedInAt}).\n${whatRemains(before)}`,
    );
    return;
  }
  const diff = await diffSinceBase(state.task.dir, state.task.baseCommit);
  assertDeliverableFits(diff.patch);
  const summary = `${diff.filesChanged} file(s) changed, +${diff.insertions} −${diff.deletions}`;
  if (!options.yes) {
    if (!process.stdin.isTTY) throw usageError('Handing in is final: pass --yes to confirm when not running in a terminal');
    if (!(await confirm(`Hand in your work on "${target.title}" (${summary})? This is final for this task.`))) {
      throw new CliError('Not handed in.', EXIT.failure, 'cancelled');
    }
  }
  context.output.progress(`Handing in the diff for "${target.title}" (${summary})…`);
  const timeSpentSeconds = Math.max(0, Math.round((Date.now() - Date.parse(state.task.startedAt)) / 1000));
  const { session } = await dataOf(
    client.api.POST('/v1/candidate/cases/{caseId}/submit', { params: { path: { caseId: target.id } }, body: { deliverable: diff.patch, timeSpentSeconds } }),
  );
  rememberIfClosed(context, session);
  const data = {
    session: sessionSummary(session),
    case: { id: target.id, title: target.title },
    diff: { filesChanged: diff.filesChanged, insertions: diff.insertions, deletions: diff.deletions, characters: diff.patch.length },
  };
  context.output.result(data, () => [`Handed in "${target.title}" (${summary}).`, whatRemains(session)].join('\n'));
}

async function finish(context: CliContext, options: { yes?: boolean }) {
  const state = context.store.requireLogin();
  const client = context.client(state);
  await flushAll(context, state);
  const { session: before } = await dataOf(client.api.GET('/v1/candidate/session'));
  if (before.status === 'started') {
    const open = openParts(before);
    if (!options.yes) {
      if (!process.stdin.isTTY) throw usageError('Finishing is final: pass --yes to confirm when not running in a terminal');
      const question = open.length
        ? `Finish the attempt? Not handed in yet: ${open.map((part) => partLabel(part, before)).join(', ')}. They are handed in as last saved; a task with nothing saved scores 0.`
        : 'Finish the attempt?';
      if (!(await confirm(question))) throw new CliError('Not finished.', EXIT.failure, 'cancelled');
    }
    context.output.progress('Finishing…');
  }
  const { session } = await dataOf(client.api.POST('/v1/candidate/finish'));
  rememberIfClosed(context, session);
  const notHandedIn = openParts(session);
  context.output.result({ session: sessionSummary(session), alreadyClosed: before.status !== 'started' }, () =>
    [
      before.status === 'started' ? 'Finished.' : `This attempt was closed already (${session.status}).`,
      notHandedIn.length ? `Not handed in: ${notHandedIn.map((part) => partLabel(part, session)).join(', ')}.` : '',
      session.result?.message ?? '',
      'You can close this terminal.',
    ]
      .filter(Boolean)
      .join('\n'),
  );
}

/** The attempt as the server has it, or why it could not be read (status works offline too). */
async function attemptForStatus(context: CliContext, state: LoginState): Promise<{ session: CandidateSession | null; problem: string | null }> {
  if (!state.task) return { session: null, problem: null };
  try {
    return { session: (await dataOf(context.client(state).api.GET('/v1/candidate/session'))).session, problem: null };
  } catch (error) {
    return { session: null, problem: error instanceof Error ? error.message : String(error) };
  }
}

async function status(context: CliContext) {
  const state = context.store.readLogin();
  if (state) await flushPending(context, state, { quiet: true });
  const pending = context.buffer.pending().length;
  const attempt = state ? await attemptForStatus(context, state) : { session: null, problem: null };
  if (state && attempt.session) rememberIfClosed(context, attempt.session);
  const submittedAt = context.store.readLogin()?.submittedAt ?? null;
  const data = {
    configDir: context.store.dir,
    loggedIn: state !== null,
    server: state?.server ?? null,
    key: state?.keyHint ?? null,
    assessment: state?.assessment ?? null,
    task: state?.task ?? null,
    submittedAt,
    session: attempt.session ? sessionSummary(attempt.session) : null,
    parts: attempt.session?.parts ?? null,
    pendingEvents: pending,
  };
  context.output.result(data, () => {
    if (!state) return `Not logged in (config: ${context.store.dir}). ${pending} event(s) pending.`;
    const lines = [
      `Logged in to ${state.server} with ${state.keyHint}${state.assessment ? ` for "${state.assessment.title}"` : ''}.`,
      state.task ? `Task folder: ${state.task.dir}; ${timeLeft(state.task.deadlineAt) ?? 'no time limit'}` : 'Task not started.',
    ];
    const session = attempt.session;
    if (session) {
      lines.push(session.status === 'started' ? 'Parts:' : `The attempt is closed (${session.status}). Parts:`);
      for (const part of session.parts) {
        lines.push(`  ${part.state === 'handed_in' ? '✓ handed in' : session.status === 'started' ? '· open     ' : '✗ not handed in'}  ${partLabel(part, session)}`);
      }
    } else if (attempt.problem) {
      lines.push(`The attempt could not be read from the server (${attempt.problem}).`);
    }
    lines.push(submittedAt ? `Closed at ${submittedAt}.` : `${pending} event(s) waiting to be uploaded.`);
    return lines.join('\n');
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
    .option('--name <name>', 'your name, when the key was issued without one (asked before the first start)')
    .option('--email <email>', 'your email, when the key was issued without one')
    .action(async (options, command: Command) => start(contextOf(command), options));

  program
    .command('submit')
    .description('Hand in one task: the diff of the task folder against its starting commit (final for that task)')
    .option('--case <order|id>', 'the task the diff is for (needed when the assessment has several)')
    .option('-y, --yes', 'do not ask for confirmation')
    .action(async (options, command: Command) => submit(contextOf(command), options));

  program
    .command('finish')
    .description('End the attempt now: what is not handed in yet is handed in as last saved (lists it first)')
    .option('-y, --yes', 'do not ask for confirmation')
    .action(async (options, command: Command) => finish(contextOf(command), options));

  program
    .command('status')
    .description('Show the login, the task folder, every part of the attempt and whether it is handed in')
    .action(async (_options, command: Command) => status(contextOf(command)));

  program
    .command('logout')
    .description('Upload what is pending and remove the candidate token from this machine')
    .option('--discard-pending', 'log out even if some events cannot be uploaded')
    .action(async (options, command: Command) => logout(contextOf(command), options));
}

