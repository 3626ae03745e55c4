/**
 * Group commit: writes that arrive together are committed together. Each
 * `add` waits for the commit that holds its write and fails when that commit
 * fails, so a caller that answers after `await add(…)` never acknowledges a
 * write that was rolled back. While one commit is in flight the next batch
 * gathers; a batch holds at most `maxBatch` writes.
 *
 * With durable commits (SQLite `synchronous=FULL`, PostgreSQL's default) a
 * commit costs an fsync; concurrent audited reads then share one fsync instead
 * of paying one each.
 */

export interface GroupCommitStats {
  /** Writes committed. */
  writes: number;
  /** Commits (batches) that succeeded. */
  commits: number;
  /** Batches that failed (every write in them was answered with the error). */
  failures: number;
}

export interface GroupCommit<Row> {
  /** Resolves once `row` is committed; rejects with the commit's error. */
  add(row: Row): Promise<void>;
  /** Waits until nothing is pending. */
  drain(): Promise<void>;
  readonly stats: Readonly<GroupCommitStats>;
}

interface Pending<Row> {
  row: Row;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export function createGroupCommit<Row>(commit: (rows: Row[]) => Promise<void>, options: { maxBatch: number }): GroupCommit<Row> {
  const stats: GroupCommitStats = { writes: 0, commits: 0, failures: 0 };
  let queue: Pending<Row>[] = [];
  let running: Promise<void> | null = null;

  async function run(): Promise<void> {
    // Let the writes of this turn of the event loop join the first batch.
    await new Promise<void>((resolve) => setImmediate(resolve));
    while (queue.length > 0) {
      const batch = queue.slice(0, options.maxBatch);
      queue = queue.slice(batch.length);
      try {
        await commit(batch.map((item) => item.row));
        stats.commits += 1;
        stats.writes += batch.length;
        for (const item of batch) item.resolve();
      } catch (error) {
        stats.failures += 1;
        for (const item of batch) item.reject(error);
      }
    }
    running = null;
  }

  return {
    add(row) {
      const done = new Promise<void>((resolve, reject) => queue.push({ row, resolve, reject }));
      running ??= run();
      return done;
    },
    async drain() {
      while (running) await running;
    },
    stats,
  };
}
