import { describe, expect, it } from 'vitest';
import { createGroupCommit } from './group-commit.js';

/** A commit that records its batches and can be told to fail the batch holding a given row. */
function recordingCommit(failOn: (row: number) => boolean = () => false) {
  const batches: number[][] = [];
  return {
    batches,
    async commit(rows: number[]) {
      await new Promise((resolve) => setTimeout(resolve, 2));
      if (rows.some(failOn)) throw new Error(`batch with ${rows.join(',')} rolled back`);
      batches.push(rows);
    },
  };
}

describe('group commit', () => {
  it('commits concurrent writes together: fewer commits than writes, every write acknowledged once committed', async () => {
    const target = recordingCommit();
    const group = createGroupCommit<number>((rows) => target.commit(rows), { maxBatch: 100 });
    const writes = Array.from({ length: 40 }, (_, index) => index);
    await Promise.all(writes.map((row) => group.add(row)));
    expect(target.batches.flat().sort((a, b) => a - b)).toEqual(writes);
    expect(group.stats).toEqual({ writes: 40, commits: target.batches.length, failures: 0 });
    expect(target.batches.length).toBeLessThan(writes.length);
  });

  it('gathers the next batch while a commit is in flight and keeps batches within maxBatch', async () => {
    const target = recordingCommit();
    const group = createGroupCommit<number>((rows) => target.commit(rows), { maxBatch: 8 });
    const first = Promise.all(Array.from({ length: 20 }, (_, index) => group.add(index)));
    await new Promise((resolve) => setTimeout(resolve, 1));
    const second = Promise.all(Array.from({ length: 5 }, (_, index) => group.add(100 + index)));
    await Promise.all([first, second]);
    expect(target.batches.every((batch) => batch.length <= 8)).toBe(true);
    expect(target.batches.flat()).toHaveLength(25);
    expect(group.stats.commits).toBe(target.batches.length);
  });

  it('answers every write of a failed batch with its error and acknowledges none of them', async () => {
    const target = recordingCommit((row) => row === 3);
    const group = createGroupCommit<number>((rows) => target.commit(rows), { maxBatch: 100 });
    const outcomes = await Promise.allSettled(Array.from({ length: 10 }, (_, index) => group.add(index)));
    expect(outcomes.map((outcome) => outcome.status)).toEqual(Array(10).fill('rejected'));
    expect(target.batches).toEqual([]);
    expect(group.stats).toEqual({ writes: 0, commits: 0, failures: 1 });

    // The writer goes on after a failure.
    await group.add(42);
    expect(target.batches).toEqual([[42]]);
  });
});
