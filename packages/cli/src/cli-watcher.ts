import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Folders that are never the candidate's work. */
const IGNORED_FOLDERS = new Set(['.git', 'node_modules', '.hg', '.svn']);
/** Editors' swap, backup and atomic-save files. */
const EDITOR_TEMP = [/\.sw[a-p]x?$/, /~$/, /^\.#/, /^#.*#$/, /^4913$/, /\.tmp$/, /\.crswap$/];

/** True for paths the watcher never reports (relative to the task folder, `/`-separated). */
export function isAlwaysIgnored(relativePath: string): boolean {
  const parts = relativePath.split(/[\\/]/);
  if (parts.some((part) => IGNORED_FOLDERS.has(part))) return true;
  const name = parts[parts.length - 1] ?? '';
  return EDITOR_TEMP.some((pattern) => pattern.test(name));
}

export interface FileChange {
  /** Relative to the task folder, with `/` separators. */
  path: string;
  kind: 'changed' | 'deleted';
  at: Date;
}

export interface TaskWatcherOptions {
  root: string;
  onChange(change: FileChange): void | Promise<void>;
  /** Extra filter (e.g. .gitignore); called only for paths not always ignored. */
  isIgnored?(relativePath: string): boolean | Promise<boolean>;
  /** Changes to one file within this window are one edit (editors write in several steps). */
  debounceMs?: number;
  onError?(error: Error): void;
}

/** Files above this size are compared by size and time instead of content. */
const HASH_LIMIT_BYTES = 2 * 1024 * 1024;

/** What a file's content is now, or null when it is gone. */
function fingerprint(file: string): string | null {
  try {
    const stat = fs.statSync(file);
    if (stat.size > HASH_LIMIT_BYTES) return `size:${stat.size}:${stat.mtimeMs}`;
    return createHash('sha1').update(fs.readFileSync(file)).digest('hex');
  } catch {
    return null;
  }
}

/**
 * Watches a task folder recursively (one non-recursive fs.watch per folder,
 * so ignored trees like node_modules cost nothing) and reports each file that
 * really changed: a save that leaves the content as it was is not an edit.
 */
export function createTaskWatcher(options: TaskWatcherOptions) {
  const root = path.resolve(options.root);
  const debounceMs = options.debounceMs ?? 250;
  const watchers = new Map<string, fs.FSWatcher>();
  const timers = new Map<string, NodeJS.Timeout>();
  /** Content hash at the last reported change (or when first seen). */
  const known = new Map<string, string | null>();
  let closed = false;

  const relative = (absolute: string) => path.relative(root, absolute).split(path.sep).join('/');

  function fail(error: unknown) {
    options.onError?.(error instanceof Error ? error : new Error(String(error)));
  }

  /** Watches a folder and everything below it; returns the files found (for folders that appear later). */
  function watchTree(dir: string, found: string[]): void {
    if (closed || watchers.has(dir)) return;
    const rel = relative(dir);
    if (rel && isAlwaysIgnored(rel)) return;
    let entries: fs.Dirent[];
    try {
      const watcher = fs.watch(dir, { persistent: true }, (_event, name) => {
        if (name) schedule(path.join(dir, name.toString()));
      });
      watcher.on('error', () => unwatch(dir));
      watchers.set(dir, watcher);
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') fail(error);
      return;
    }
    for (const entry of entries) {
      const child = path.join(dir, entry.name);
      if (entry.isDirectory()) watchTree(child, found);
      else if (entry.isFile()) found.push(child);
    }
  }

  function unwatch(dir: string) {
    for (const [watched, watcher] of watchers) {
      if (watched === dir || watched.startsWith(`${dir}${path.sep}`)) {
        watcher.close();
        watchers.delete(watched);
      }
    }
  }

  function schedule(absolute: string) {
    if (closed) return;
    const rel = relative(absolute);
    if (!rel || rel.startsWith('..') || isAlwaysIgnored(rel)) return;
    clearTimeout(timers.get(absolute));
    timers.set(
      absolute,
      setTimeout(() => {
        timers.delete(absolute);
        settle(absolute, new Date()).catch(fail);
      }, debounceMs),
    );
  }

  async function report(absolute: string, kind: FileChange['kind'], at: Date) {
    const rel = relative(absolute);
    if (options.isIgnored && (await options.isIgnored(rel))) return;
    const hash = kind === 'deleted' ? null : fingerprint(absolute);
    if (known.has(absolute) && known.get(absolute) === hash) return;
    known.set(absolute, hash);
    if (!closed) await options.onChange({ path: rel, kind, at });
  }

  async function settle(absolute: string, at: Date) {
    let stat: fs.Stats | null = null;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (stat?.isDirectory()) {
      // A new folder: watch it, and report the files already in it.
      const found: string[] = [];
      watchTree(absolute, found);
      for (const file of found) await report(file, 'changed', at);
      return;
    }
    if (stat?.isFile()) {
      await report(absolute, 'changed', at);
      return;
    }
    if (!stat) {
      if (watchers.has(absolute)) {
        unwatch(absolute);
        return;
      }
      // Only a file we have seen can be deleted (editors' temp files vanish too).
      if (known.has(absolute) && known.get(absolute) !== null) await report(absolute, 'deleted', at);
    }
  }

  return {
    /** Starts watching; files present now are the baseline (not edits). */
    start() {
      const found: string[] = [];
      watchTree(root, found);
      for (const file of found) known.set(file, fingerprint(file));
    },
    watchedFolders: () => watchers.size,
    close() {
      closed = true;
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}

export type TaskWatcher = ReturnType<typeof createTaskWatcher>;
