import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EventQueue, type KeyValueStorage, type QueuedEvent, type SendOutcome } from '../../web/src/candidate/event-queue.js';

/** The test page's event queue: persisted, batched, retried with backoff, idempotent ids. */

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

function queueWith(outcomes: SendOutcome[], storage = memoryStorage(), batchSize = 2) {
  const batches: QueuedEvent[][] = [];
  const queue = new EventQueue({
    storageKey: 'events',
    storage,
    batchSize,
    flushDelayMs: 100,
    maxBackoffMs: 4_000,
    send: async (events) => {
      batches.push(events);
      return outcomes.shift() ?? 'sent';
    },
  });
  return { queue, batches, storage };
}

describe('EventQueue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('persists every event before sending and sends them in batches after the gathering delay', async () => {
    const { queue, batches, storage } = queueWith([]);
    queue.push('copy', { questionId: 'q1' });
    queue.push('paste');
    queue.push('focus_lost');
    expect(JSON.parse(storage.data.get('events')!)).toHaveLength(3);
    expect(batches).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(batches.map((b) => b.map((e) => e.type))).toEqual([['copy', 'paste'], ['focus_lost']]);
    expect(batches[0]![0]!.payload).toEqual({ questionId: 'q1' });
    expect(queue.pending).toBe(0);
    expect(storage.data.has('events')).toBe(false);
  });

  it('keeps events and retries with doubling backoff while offline, resending the same ids', async () => {
    const { queue, batches } = queueWith(['retry', 'retry', 'retry', 'sent']);
    queue.push('copy');
    await vi.advanceTimersByTimeAsync(100);
    expect(batches).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(batches).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(batches).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(batches).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(4_000);
    expect(batches).toHaveLength(4);
    expect(new Set(batches.map((b) => b[0]!.clientEventId)).size).toBe(1);
    expect(queue.pending).toBe(0);
  });

  it('caps the backoff', async () => {
    const { queue, batches } = queueWith(Array(8).fill('retry'));
    queue.push('copy');
    await vi.advanceTimersByTimeAsync(100 + 1_000 + 2_000 + 4_000 + 4_000 + 4_000);
    expect(batches).toHaveLength(6);
  });

  it('treats a thrown send like a lost connection', async () => {
    const storage = memoryStorage();
    let calls = 0;
    const queue = new EventQueue({
      storageKey: 'events',
      storage,
      flushDelayMs: 10,
      send: async () => {
        calls += 1;
        if (calls === 1) throw new Error('offline');
        return 'sent';
      },
    });
    queue.push('paste');
    await vi.advanceTimersByTimeAsync(10);
    expect(queue.pending).toBe(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(queue.pending).toBe(0);
  });

  it('drops a batch the server refuses as invalid and goes on with the next', async () => {
    const { queue, batches } = queueWith(['drop', 'sent'], memoryStorage(), 1);
    queue.push('copy');
    queue.push('paste');
    await vi.advanceTimersByTimeAsync(100);
    expect(batches.map((b) => b[0]!.type)).toEqual(['copy', 'paste']);
    expect(queue.pending).toBe(0);
  });

  it('forgets everything and stops recording once the session is closed', async () => {
    const { queue, batches, storage } = queueWith(['closed']);
    queue.push('copy');
    queue.push('paste');
    await vi.advanceTimersByTimeAsync(100);
    expect(batches).toHaveLength(1);
    expect(queue.pending).toBe(0);
    expect(storage.data.has('events')).toBe(false);
    queue.push('copy');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(batches).toHaveLength(1);
  });

  it('picks up events left in storage by an earlier page load', async () => {
    const storage = memoryStorage();
    const first = queueWith(['retry'], storage).queue;
    first.push('fullscreen_exit');
    await vi.advanceTimersByTimeAsync(100);
    first.stop();
    const { queue, batches } = queueWith([], storage);
    expect(queue.pending).toBe(1);
    await queue.flush();
    expect(batches[0]![0]!.type).toBe('fullscreen_exit');
    expect(queue.pending).toBe(0);
  });

  it.each([['not json'], ['{"a":1}'], ['[{"type":"copy"}]']])('ignores unreadable stored data %j', (raw) => {
    const storage = memoryStorage();
    storage.data.set('events', raw);
    expect(queueWith([], storage).queue.pending).toBe(0);
  });

  it('notifies subscribers of the pending count', async () => {
    const { queue } = queueWith([]);
    const seen: number[] = [];
    const unsubscribe = queue.subscribe((n) => seen.push(n));
    queue.push('copy');
    await vi.advanceTimersByTimeAsync(100);
    unsubscribe();
    queue.push('paste');
    expect(seen).toEqual([1, 0]);
  });
});
