import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CliError, EXIT } from './cli-errors.js';

export interface GitResult {
  stdout: string;
  stderr: string;
}

/** Runs git and returns its output; a non-zero exit becomes a CliError naming the command. */
export function git(args: string[], options: { cwd: string; env?: Record<string, string> }): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      { cwd: options.cwd, env: { ...process.env, ...options.env }, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
            reject(new CliError('git is not installed or not on PATH; install git and try again', EXIT.failure, 'git_missing'));
            return;
          }
          const detail = stderr.trim().split('\n').slice(-3).join(' ');
          reject(new CliError(`git ${args[0]} failed: ${detail || error.message}`, EXIT.failure, 'git_failed'));
          return;
        }
        resolve({ stdout, stderr });
      },
    );
  });
}

async function tryGit(args: string[], cwd: string): Promise<string | null> {
  try {
    return (await git(args, { cwd })).stdout.trim();
  } catch (error) {
    if (error instanceof CliError && error.code === 'git_missing') throw error;
    return null;
  }
}

/** The top folder of the git work tree containing dir, or null when dir is not in one. */
export function findRepoRoot(dir: string): Promise<string | null> {
  return tryGit(['rev-parse', '--show-toplevel'], dir);
}

/** Author settings for commits Assay makes, so they work on machines without a git identity. */
async function identityEnv(cwd: string): Promise<Record<string, string>> {
  const email = await tryGit(['config', 'user.email'], cwd);
  const name = await tryGit(['config', 'user.name'], cwd);
  const env: Record<string, string> = {};
  if (!email) Object.assign(env, { GIT_AUTHOR_EMAIL: 'assay@localhost', GIT_COMMITTER_EMAIL: 'assay@localhost' });
  if (!name) Object.assign(env, { GIT_AUTHOR_NAME: 'Assay', GIT_COMMITTER_NAME: 'Assay' });
  return env;
}

/** Never part of a deliverable, even when the repository forgot to ignore it. */
const ALWAYS_EXCLUDED = [':(exclude,glob)**/node_modules/**'];

/**
 * Stages the whole work tree (tracked changes, deletions and new files that
 * .gitignore does not exclude) into a throw-away index, so the candidate's own
 * index and branch are never touched.
 */
async function withWorkTreeIndex<T>(repo: string, from: string | null, fn: (env: Record<string, string>) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-index-'));
  const env = { GIT_INDEX_FILE: path.join(dir, 'index') };
  try {
    if (from) await git(['read-tree', from], { cwd: repo, env });
    await git(['add', '--all', '--', '.', ...ALWAYS_EXCLUDED], { cwd: repo, env });
    return await fn(env);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const BASELINE_REF = 'refs/assay/baseline';

export interface PreparedTask {
  /** The work tree root: the folder the diff covers. */
  dir: string;
  /** The commit the deliverable diff is taken against. */
  baseCommit: string;
  /** True when Assay ran `git init` because the folder was not a repository. */
  initialized: boolean;
}

/**
 * Records the starting point of a task folder. Not a repository: `git init`
 * and commit everything as the baseline. A repository: the baseline is HEAD,
 * or, when the work tree already differs from HEAD, a snapshot commit of the
 * work tree (kept under refs/assay/baseline, the branch is not moved).
 */
export async function prepareTaskFolder(folder: string): Promise<PreparedTask> {
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    throw new CliError(`${folder} is not a folder`, EXIT.usage, 'not_a_folder');
  }
  const existing = await findRepoRoot(folder);
  const dir = existing ?? path.resolve(folder);
  const initialized = existing === null;
  if (initialized) await git(['init', '--quiet'], { cwd: dir });
  const env = await identityEnv(dir);
  const head = await tryGit(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], dir);
  if (initialized || head === null) {
    await git(['add', '--all', '--', '.', ...ALWAYS_EXCLUDED], { cwd: dir });
    await git(['-c', 'commit.gpgsign=false', 'commit', '--quiet', '--no-verify', '--allow-empty', '-m', 'Assay baseline'], {
      cwd: dir,
      env,
    });
    const baseCommit = (await git(['rev-parse', 'HEAD'], { cwd: dir })).stdout.trim();
    return { dir, baseCommit, initialized };
  }
  const headTree = (await git(['rev-parse', 'HEAD^{tree}'], { cwd: dir })).stdout.trim();
  const tree = await withWorkTreeIndex(dir, 'HEAD', async (indexEnv) => (await git(['write-tree'], { cwd: dir, env: indexEnv })).stdout.trim());
  if (tree === headTree) return { dir, baseCommit: head, initialized };
  const snapshot = (
    await git(['commit-tree', tree, '-p', head, '-m', 'Assay baseline (work tree at start)'], { cwd: dir, env })
  ).stdout.trim();
  await git(['update-ref', BASELINE_REF, snapshot], { cwd: dir });
  return { dir, baseCommit: snapshot, initialized };
}

export interface TaskDiff {
  /** Unified diff (binary files as git binary patches) of the work tree against the base commit. */
  patch: string;
  filesChanged: number;
  insertions: number;
  deletions: number;
}

/** The candidate's work: everything in the task folder that differs from the starting commit. */
export async function diffSinceBase(dir: string, baseCommit: string): Promise<TaskDiff> {
  const exists = await tryGit(['cat-file', '-e', `${baseCommit}^{commit}`], dir);
  if (exists === null) {
    throw new CliError(`The starting commit ${baseCommit.slice(0, 12)} is missing from ${dir}`, EXIT.failure, 'base_missing');
  }
  return withWorkTreeIndex(dir, baseCommit, async (env) => {
    const patch = (await git(['diff', '--cached', '--binary', '--no-color', '--no-ext-diff', '--no-renames', baseCommit], { cwd: dir, env })).stdout;
    const numstat = (await git(['diff', '--cached', '--numstat', '--no-renames', baseCommit], { cwd: dir, env })).stdout;
    let filesChanged = 0;
    let insertions = 0;
    let deletions = 0;
    for (const line of numstat.split('\n')) {
      const match = /^(\d+|-)\t(\d+|-)\t/.exec(line);
      if (!match) continue;
      filesChanged += 1;
      if (match[1] !== '-') insertions += Number(match[1]);
      if (match[2] !== '-') deletions += Number(match[2]);
    }
    return { patch, filesChanged, insertions, deletions };
  });
}

/** `git clone url dir` with git's own progress on stderr. */
export function cloneRepository(url: string, dir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['clone', '--', url, dir], { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', (error) =>
      reject(
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? new CliError('git is not installed or not on PATH; install git and try again', EXIT.failure, 'git_missing')
          : error,
      ),
    );
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new CliError(`git clone ${url} failed (exit code ${code})`, EXIT.failure, 'clone_failed')),
    );
  });
}

/** The folder `git clone` would create for a URL: `https://x/org/repo.git` → `repo`. */
export function cloneFolderName(url: string): string {
  const trimmed = url.replace(/[/\\]+$/, '').replace(/\.git$/, '');
  const name = trimmed.slice(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf(':'), trimmed.lastIndexOf('\\')) + 1);
  return name || 'task';
}
