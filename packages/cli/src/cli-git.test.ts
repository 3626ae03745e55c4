import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BASELINE_REF, cloneFolderName, diffSinceBase, prepareTaskFolder } from './cli-git.js';

const folders: string[] = [];
const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' };

function tempFolder(): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'assay-git-')));
  folders.push(dir);
  return dir;
}
function run(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8' }).trim();
}
function write(dir: string, file: string, contents: string) {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), contents);
}
function repoWith(files: Record<string, string>): string {
  const dir = tempFolder();
  run(dir, 'init', '-q');
  for (const [file, contents] of Object.entries(files)) write(dir, file, contents);
  run(dir, 'add', '-A');
  run(dir, 'commit', '-q', '-m', 'initial');
  return dir;
}

afterEach(() => {
  for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('prepareTaskFolder', () => {
  it('initialises a plain folder and commits a baseline', async () => {
    const dir = tempFolder();
    write(dir, 'a.txt', 'one\n');
    const prepared = await prepareTaskFolder(dir);
    expect(prepared).toMatchObject({ dir, initialized: true });
    expect(run(dir, 'rev-parse', 'HEAD')).toBe(prepared.baseCommit);
    expect(run(dir, 'show', '--name-only', '--format=%s', 'HEAD')).toBe('Assay baseline\n\na.txt');
  });

  it('uses HEAD of a clean repository and does not move the branch', async () => {
    const dir = repoWith({ 'a.txt': 'one\n' });
    const head = run(dir, 'rev-parse', 'HEAD');
    const prepared = await prepareTaskFolder(path.join(dir));
    expect(prepared).toEqual({ dir, baseCommit: head, initialized: false });
  });

  it('uses the repository root when started in a subfolder', async () => {
    const dir = repoWith({ 'src/a.txt': 'one\n' });
    const prepared = await prepareTaskFolder(path.join(dir, 'src'));
    expect(prepared.dir).toBe(dir);
  });

  it('snapshots a dirty work tree without touching HEAD or the index', async () => {
    const dir = repoWith({ 'a.txt': 'one\n' });
    const head = run(dir, 'rev-parse', 'HEAD');
    write(dir, 'a.txt', 'one changed\n');
    write(dir, 'new.txt', 'new\n');
    const prepared = await prepareTaskFolder(dir);
    expect(prepared.baseCommit).not.toBe(head);
    expect(run(dir, 'rev-parse', 'HEAD')).toBe(head);
    expect(run(dir, 'rev-parse', BASELINE_REF)).toBe(prepared.baseCommit);
    expect(run(dir, 'status', '--porcelain')).toBe('M a.txt\n?? new.txt'); // ' M' (unstaged) with the leading space trimmed
    // The pre-existing changes are part of the baseline, so the diff starts empty.
    expect((await diffSinceBase(dir, prepared.baseCommit)).patch).toBe('');
  });

  it('refuses a path that is not a folder', async () => {
    await expect(prepareTaskFolder(path.join(tempFolder(), 'missing'))).rejects.toMatchObject({ code: 'not_a_folder' });
  });
});

describe('diffSinceBase', () => {
  it('covers edits, new files, deletions and commits made after the start, never ignored files or node_modules', async () => {
    const dir = repoWith({ 'a.txt': 'one\n', 'gone.txt': 'bye\n', '.gitignore': 'build/\n' });
    const { baseCommit } = await prepareTaskFolder(dir);
    write(dir, 'a.txt', 'one\ntwo\n');
    write(dir, 'src/new.txt', 'fresh\n');
    fs.rmSync(path.join(dir, 'gone.txt'));
    write(dir, 'build/out.js', 'ignored\n');
    write(dir, 'node_modules/pkg/index.js', 'vendored\n');
    write(dir, 'committed.txt', 'later\n');
    run(dir, 'add', 'committed.txt');
    run(dir, 'commit', '-q', '-m', 'candidate commit');

    const diff = await diffSinceBase(dir, baseCommit);
    expect(diff).toMatchObject({ filesChanged: 4, insertions: 3, deletions: 1 });
    expect(diff.patch).toContain('diff --git a/a.txt b/a.txt');
    expect(diff.patch).toContain('+two');
    expect(diff.patch).toContain('diff --git a/src/new.txt b/src/new.txt');
    expect(diff.patch).toContain('deleted file mode');
    expect(diff.patch).toContain('+later');
    expect(diff.patch).not.toContain('ignored');
    expect(diff.patch).not.toContain('vendored');
    // The candidate's own index is untouched: new.txt is still untracked.
    expect(run(dir, 'status', '--porcelain')).toContain('?? src/');
  });

  it('is empty when nothing changed', async () => {
    const dir = repoWith({ 'a.txt': 'one\n' });
    const { baseCommit } = await prepareTaskFolder(dir);
    expect(await diffSinceBase(dir, baseCommit)).toEqual({ patch: '', filesChanged: 0, insertions: 0, deletions: 0 });
  });

  it('fails clearly when the starting commit is gone', async () => {
    const dir = repoWith({ 'a.txt': 'one\n' });
    await expect(diffSinceBase(dir, '0123456789abcdef0123456789abcdef01234567')).rejects.toMatchObject({ code: 'base_missing' });
  });
});

describe('cloneFolderName', () => {
  it.each([
    ['https://github.com/acme/widgets.git', 'widgets'],
    ['https://github.com/acme/widgets', 'widgets'],
    ['https://github.com/acme/widgets/', 'widgets'],
    ['git@github.com:acme/widgets.git', 'widgets'],
    ['/srv/repos/widgets.git', 'widgets'],
    ['widgets', 'widgets'],
    ['', 'task'],
  ])('%s → %s', (url, expected) => {
    expect(cloneFolderName(url)).toBe(expected);
  });
});
