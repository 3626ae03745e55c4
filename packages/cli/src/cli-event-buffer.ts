import fs from 'node:fs';
import path from 'node:path';
import { monotonicFactory } from 'ulid';
import { ensurePrivateDir, writePrivateFile } from './cli-config-store.js';
import { withFileLock } from './cli-file-lock.js';

const ulid = monotonicFactory();

export type CliEventType = 'command' | 'test_run' | 'prompt' | 'edit';

/** One telemetry event as buffered on disk and sent to the server. */
export interface BufferedEvent {
  /** Generated once, when the event happens; the server ignores a second copy. */
  clientEventId: string;
  type: CliEventType;
  occurredAt: string;
  payload: Record<string, unknown>;
}

/** What the server said about one batch. */
export type BatchOutcome =
  /** Stored (or already stored: `duplicates` of them): remove them from the buffer. */
  | { kind: 'accepted'; duplicates?: number }
  /** Not now (offline, 5xx, rate limit): keep them for the next command. */
  | { kind: 'retry'; reason: string }
  /** Never acceptable (e.g. the session is closed): set aside, with the reason. */
  | { kind: 'rejected'; reason: string };

export type SendBatch = (events: BufferedEvent[]) => Promise<BatchOutcome>;

export interface FlushResult {
  sent: number;
  /** Of those sent, how many the server already had (a repeat after a lost answer). */
  duplicates: number;
  pending: number;
  rejected: number;
  /** Why the rest stayed pending, when it did. */
  retryReason: string | null;
  rejectReason: string | null;
}

export const EVENTS_FILE = 'events.jsonl';
export const REJECTED_FILE = 'events.rejected.jsonl';
const DEFAULT_BATCH_SIZE = 200;

export function newClientEventId(): string {
  return `cli_${ulid()}`;
}

function parseLines(raw: string): BufferedEvent[] {
  const events: BufferedEvent[] = [];
  for (const line of raw.split('\n')) {
    if (!line.trim()) continue;
    try {
      const event = JSON.parse(line) as BufferedEvent;
      if (event && typeof event.clientEventId === 'string' && typeof event.type === 'string') events.push(event);
    } catch {
      // A line torn by a crash mid-append cannot be recovered; the rest can.
    }
  }
  return events;
}

/**
 * The on-disk event buffer: append-only JSONL in the config dir. Every event
 * gets its client event id when it is recorded, so sending it twice (a flush
 * that succeeded on the server but timed out here, two processes flushing at
 * once) never counts it twice: the server keeps one copy per id. A flush
 * removes only what the server acknowledged, under a lock shared with
 * appenders, so an event appended during a flush is never lost.
 */
export function createEventBuffer(dir: string, options: { batchSize?: number } = {}) {
  const file = path.join(dir, EVENTS_FILE);
  const rejectedFile = path.join(dir, REJECTED_FILE);
  const lockFile = path.join(dir, 'events.lock');
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;

  function readAll(): BufferedEvent[] {
    try {
      return parseLines(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  /** Rewrites the buffer without the given ids (called under the lock). */
  function remove(ids: Set<string>): void {
    const remaining = readAll().filter((event) => !ids.has(event.clientEventId));
    writePrivateFile(file, remaining.map((event) => `${JSON.stringify(event)}\n`).join(''));
  }

  function appendTo(target: string, events: BufferedEvent[]): void {
    ensurePrivateDir(dir);
    const fd = fs.openSync(target, 'a', 0o600);
    try {
      fs.writeSync(fd, events.map((event) => `${JSON.stringify(event)}\n`).join(''));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  }

  return {
    file,
    /** Records an event durably (fsync'd) before anything is sent. */
    async append(type: CliEventType, payload: Record<string, unknown>, occurredAt: Date = new Date()): Promise<BufferedEvent> {
      const event: BufferedEvent = { clientEventId: newClientEventId(), type, occurredAt: occurredAt.toISOString(), payload };
      ensurePrivateDir(dir);
      await withFileLock(lockFile, () => appendTo(file, [event]));
      return event;
    },
    pending(): BufferedEvent[] {
      return readAll();
    },
    /** Sends pending events in batches, oldest first; stops at the first batch to retry. */
    async flush(send: SendBatch): Promise<FlushResult> {
      ensurePrivateDir(dir);
      const snapshot = await withFileLock(lockFile, readAll);
      let sent = 0;
      let duplicates = 0;
      let rejected = 0;
      let retryReason: string | null = null;
      let rejectReason: string | null = null;
      for (let start = 0; start < snapshot.length; start += batchSize) {
        const batch = snapshot.slice(start, start + batchSize);
        const outcome = await send(batch);
        if (outcome.kind === 'retry') {
          retryReason = outcome.reason;
          break;
        }
        const ids = new Set(batch.map((event) => event.clientEventId));
        await withFileLock(lockFile, () => {
          if (outcome.kind === 'rejected') appendTo(rejectedFile, batch);
          remove(ids);
        });
        if (outcome.kind === 'accepted') {
          sent += batch.length;
          duplicates += outcome.duplicates ?? 0;
        } else {
          rejected += batch.length;
          rejectReason = outcome.reason;
        }
      }
      const pending = (await withFileLock(lockFile, readAll)).length;
      return { sent, duplicates, pending, rejected, retryReason, rejectReason };
    },
    /** Drops every pending event (only on the candidate's explicit request). */
    async discard(): Promise<number> {
      return withFileLock(lockFile, () => {
        const count = readAll().length;
        fs.rmSync(file, { force: true });
        return count;
      });
    },
  };
}

export type EventBuffer = ReturnType<typeof createEventBuffer>;
