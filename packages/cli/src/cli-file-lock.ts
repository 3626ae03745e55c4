import fs from 'node:fs';

export interface FileLockOptions {
  /** Give up after this long (ms). */
  timeoutMs?: number;
  /** A lock older than this (ms) was left by a crashed process and is broken. */
  staleMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function ownerIsGone(lockFile: string): boolean {
  try {
    const pid = Number(fs.readFileSync(lockFile, 'utf8').trim());
    if (!Number.isInteger(pid) || pid <= 0) return false;
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Runs fn while holding an exclusive lock file (created with O_EXCL), so that
 * several `assay` processes (a watcher and a `run`) can share the event
 * buffer. Locks are held for milliseconds; a lock whose process died, or that
 * is older than staleMs, is broken.
 */
export async function withFileLock<T>(lockFile: string, fn: () => T | Promise<T>, options: FileLockOptions = {}): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const staleMs = options.staleMs ?? 30_000;
  const giveUpAt = Date.now() + timeoutMs;
  let fd: number | null = null;
  while (fd === null) {
    try {
      fd = fs.openSync(lockFile, 'wx', 0o600);
      fs.writeSync(fd, String(process.pid));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let stale = false;
      try {
        stale = Date.now() - fs.statSync(lockFile).mtimeMs > staleMs || ownerIsGone(lockFile);
      } catch {
        continue; // released between our open and stat
      }
      if (stale) {
        fs.rmSync(lockFile, { force: true });
        continue;
      }
      if (Date.now() > giveUpAt) throw new Error(`Timed out waiting for the lock ${lockFile}`);
      await sleep(15);
    }
  }
  try {
    return await fn();
  } finally {
    fs.closeSync(fd);
    fs.rmSync(lockFile, { force: true });
  }
}
