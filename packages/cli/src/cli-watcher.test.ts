import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTaskWatcher, isAlwaysIgnored, type FileChange, type TaskWatcher } from './cli-watcher.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function setup(files: Record<string, string>, options: { isIgnored?: (rel: string) => boolean } = {}) {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'assay-watch-')));
  for (const [file, contents] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), contents);
  }
  const changes: Array<Omit<FileChange, 'at'>> = [];
  const watcher: TaskWatcher = createTaskWatcher({
    root,
    debounceMs: 40,
    onChange: (change) => {
      changes.push({ path: change.path, kind: change.kind });
    },
    isIgnored: options.isIgnored,
  });
  watcher.start();
  cleanups.push(() => {
    watcher.close();
    fs.rmSync(root, { recursive: true, force: true });
  });
  const write = (file: string, contents: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), contents);
  };
  return { root, changes, watcher, write };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 250));

describe('isAlwaysIgnored', () => {
  it.each([
    ['src/a.ts', false],
    ['.git/index', true],
    ['node_modules/x/index.js', true],
    ['packages/web/node_modules/y.js', true],
    ['src/.a.ts.swp', true],
    ['src/a.ts~', true],
    ['.#a.ts', true],
    ['#a.ts#', true],
    ['4913', true],
    ['notes.tmp', true],
    ['.gitignore', false],
    ['src/gitlike.ts', false],
  ])('%s → %s', (rel, expected) => {
    expect(isAlwaysIgnored(rel)).toBe(expected);
  });
});

describe('task watcher', () => {
  it('reports a changed file once, however many writes an editor makes', async () => {
    const { changes, write } = setup({ 'src/a.ts': 'one' });
    write('src/a.ts', 'two');
    write('src/a.ts', 'three');
    await settle();
    expect(changes).toEqual([{ path: 'src/a.ts', kind: 'changed' }]);
  });

  it('does not report a save that leaves the content unchanged', async () => {
    const { changes, write } = setup({ 'a.txt': 'same' });
    write('a.txt', 'same');
    await settle();
    expect(changes).toEqual([]);
    write('a.txt', 'different');
    await settle();
    write('a.txt', 'different');
    await settle();
    expect(changes).toEqual([{ path: 'a.txt', kind: 'changed' }]);
  });

  it('reports new files in new folders, and deletions', async () => {
    const { root, changes, write } = setup({ 'old.txt': 'x' });
    write('lib/deep/new.txt', 'hello');
    await settle();
    write('lib/deep/second.txt', 'again');
    fs.rmSync(path.join(root, 'old.txt'));
    await settle();
    expect(changes).toEqual(
      expect.arrayContaining([
        { path: 'lib/deep/new.txt', kind: 'changed' },
        { path: 'lib/deep/second.txt', kind: 'changed' },
        { path: 'old.txt', kind: 'deleted' },
      ]),
    );
    expect(changes).toHaveLength(3);
  });

  it('ignores .git, node_modules, editor temp files and what the filter excludes', async () => {
    const { changes, watcher, write } = setup(
      { '.git/HEAD': 'ref', 'node_modules/x/i.js': '1', 'a.txt': 'a' },
      { isIgnored: (rel) => rel.startsWith('dist/') },
    );
    expect(watcher.watchedFolders()).toBe(1);
    write('.git/HEAD', 'other');
    write('node_modules/x/i.js', '2');
    write('.a.txt.swp', 'swap');
    write('dist/out.js', 'built');
    write('a.txt', 'b');
    await settle();
    expect(changes).toEqual([{ path: 'a.txt', kind: 'changed' }]);
  });

  it('reports nothing after close', async () => {
    const { changes, watcher, write } = setup({ 'a.txt': 'a' });
    watcher.close();
    write('a.txt', 'b');
    await settle();
    expect(changes).toEqual([]);
  });
});
