import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createEventBuffer, type BufferedEvent, type SendBatch } from './cli-event-buffer.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-buffer-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fake server that stores by client event id, like the real one. */
function fakeServer() {
  const stored = new Map<string, BufferedEvent>();
  const batches: number[] = [];
  const send: SendBatch = async (events) => {
    batches.push(events.length);
    let duplicates = 0;
    for (const event of events) {
      if (stored.has(event.clientEventId)) duplicates += 1;
      else stored.set(event.clientEventId, event);
    }
    return { kind: 'accepted', duplicates };
  };
  return { stored, batches, send };
}

describe('event buffer', () => {
  it('records events durably, each with its own client id, in a private file', async () => {
    const buffer = createEventBuffer(tempDir());
    const a = await buffer.append('prompt', { length: 5 }, new Date('2026-04-01T09:00:00Z'));
    const b = await buffer.append('command', { exitCode: 0, durationMs: 12, isVerify: true });
    expect(a.clientEventId).not.toBe(b.clientEventId);
    expect(a).toMatchObject({ type: 'prompt', occurredAt: '2026-04-01T09:00:00.000Z', payload: { length: 5 } });
    expect(buffer.pending()).toEqual([a, b]);
    expect(fs.statSync(buffer.file).mode & 0o777).toBe(0o600);
  });

  it('flushes in batches, oldest first, and empties the buffer', async () => {
    const buffer = createEventBuffer(tempDir(), { batchSize: 2 });
    for (let i = 0; i < 5; i += 1) await buffer.append('prompt', { i });
    const server = fakeServer();
    expect(await buffer.flush(server.send)).toEqual({ sent: 5, duplicates: 0, pending: 0, rejected: 0, retryReason: null, rejectReason: null });
    expect(server.batches).toEqual([2, 2, 1]);
    expect([...server.stored.values()].map((event) => event.payload.i)).toEqual([0, 1, 2, 3, 4]);
    expect(buffer.pending()).toEqual([]);
    expect(await buffer.flush(server.send)).toMatchObject({ sent: 0, pending: 0 });
    expect(server.batches).toEqual([2, 2, 1]);
  });

  it('keeps everything not acknowledged when the server is unreachable, and sends it later', async () => {
    const buffer = createEventBuffer(tempDir(), { batchSize: 2 });
    for (let i = 0; i < 3; i += 1) await buffer.append('prompt', { i });
    const server = fakeServer();
    let calls = 0;
    const flaky: SendBatch = async (events) => {
      calls += 1;
      if (calls === 2) return { kind: 'retry', reason: 'connect ECONNREFUSED' };
      return server.send(events);
    };
    expect(await buffer.flush(flaky)).toMatchObject({ sent: 2, pending: 1, retryReason: 'connect ECONNREFUSED' });
    expect(buffer.pending().map((event) => event.payload.i)).toEqual([2]);
    expect(await buffer.flush(server.send)).toMatchObject({ sent: 1, pending: 0 });
    expect(server.stored.size).toBe(3);
  });

  it('sends the same ids again after a lost acknowledgement, so the server can drop the copies', async () => {
    const buffer = createEventBuffer(tempDir());
    await buffer.append('prompt', {});
    const server = fakeServer();
    // The server stored the batch but the answer never arrived.
    const lostAnswer: SendBatch = async (events) => {
      await server.send(events);
      return { kind: 'retry', reason: 'socket hang up' };
    };
    await buffer.flush(lostAnswer);
    const firstIds = [...server.stored.keys()];
    expect(await buffer.flush(server.send)).toMatchObject({ sent: 1, duplicates: 1, pending: 0 });
    expect([...server.stored.keys()]).toEqual(firstIds);
    expect(server.batches).toEqual([1, 1]);
  });

  it('sets rejected batches aside with the reason instead of retrying them forever', async () => {
    const dir = tempDir();
    const buffer = createEventBuffer(dir);
    await buffer.append('prompt', {});
    const result = await buffer.flush(async () => ({ kind: 'rejected', reason: 'session_closed' }));
    expect(result).toEqual({ sent: 0, duplicates: 0, pending: 0, rejected: 1, retryReason: null, rejectReason: 'session_closed' });
    expect(fs.readFileSync(path.join(dir, 'events.rejected.jsonl'), 'utf8')).toContain('"type":"prompt"');
  });

  it('never loses an event appended while a flush is in flight', async () => {
    const buffer = createEventBuffer(tempDir());
    await buffer.append('prompt', { n: 1 });
    const server = fakeServer();
    const slow: SendBatch = async (events) => {
      await buffer.append('prompt', { n: 2 });
      return server.send(events);
    };
    expect(await buffer.flush(slow)).toMatchObject({ sent: 1, pending: 1 });
    expect(buffer.pending().map((event) => event.payload.n)).toEqual([2]);
  });

  it('skips a line torn by a crash and keeps the others', async () => {
    const buffer = createEventBuffer(tempDir());
    await buffer.append('prompt', { n: 1 });
    fs.appendFileSync(buffer.file, '{"clientEventId":"cli_x","ty');
    fs.appendFileSync(buffer.file, '\n');
    await buffer.append('prompt', { n: 2 });
    expect(buffer.pending().map((event) => event.payload.n)).toEqual([1, 2]);
  });

  it('discards on request', async () => {
    const buffer = createEventBuffer(tempDir());
    await buffer.append('prompt', {});
    await buffer.append('prompt', {});
    expect(await buffer.discard()).toBe(2);
    expect(buffer.pending()).toEqual([]);
  });

  it('is shared safely by several processes appending while another flushes', async () => {
    const dir = tempDir();
    const here = path.dirname(fileURLToPath(import.meta.url));
    const script = `
      import { createEventBuffer } from ${JSON.stringify(path.join(here, 'cli-event-buffer.ts'))};
      const buffer = createEventBuffer(process.argv[1]);
      for (let i = 0; i < 40; i += 1) await buffer.append('prompt', { writer: process.argv[2], i });
    `;
    const writers = ['a', 'b', 'c'].map(
      (name) =>
        new Promise<number | null>((resolve, reject) => {
          const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, dir, name], {
            stdio: ['ignore', 'ignore', 'inherit'],
          });
          child.on('error', reject);
          child.on('close', resolve);
        }),
    );
    const buffer = createEventBuffer(dir, { batchSize: 7 });
    const server = fakeServer();
    let done = false;
    const all = Promise.all(writers).then((codes) => {
      done = true;
      return codes;
    });
    while (!done) {
      await buffer.flush(server.send);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(await all).toEqual([0, 0, 0]);
    await buffer.flush(server.send);
    expect(buffer.pending()).toEqual([]);
    const keys = [...server.stored.values()].map((event) => `${event.payload.writer}${event.payload.i}`);
    expect(new Set(keys).size).toBe(120);
    expect(keys.length).toBe(120);
  });
});
