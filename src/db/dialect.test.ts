import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSqliteDialect, withStatementCache } from './dialect.js';

describe('SQLite statement cache', () => {
  const open: SQLite.Database[] = [];
  afterEach(() => {
    for (const database of open.splice(0)) if (database.open) database.close();
  });

  function database() {
    const db = new SQLite(':memory:');
    open.push(db);
    db.exec('create table t (id integer primary key, name text)');
    db.prepare('insert into t (name) values (?), (?), (?)').run('a', 'b', 'c');
    return db;
  }

  it('prepares each SQL text once and hands the same statement out again', () => {
    const db = database();
    const prepare = vi.spyOn(db, 'prepare');
    const cached = withStatementCache(db);
    const first = cached.prepare('select name from t where id = ?');
    const second = cached.prepare('select name from t where id = ?');
    expect(second).toBe(first);
    expect(second.get(2)).toEqual({ name: 'b' });
    cached.prepare('select count(*) as n from t');
    expect(prepare).toHaveBeenCalledTimes(2);
  });

  it('never hands out a statement that is still iterating', () => {
    const cached = withStatementCache(database());
    const iterating = cached.prepare('select name from t order by id').iterate() as IterableIterator<{ name: string }>;
    expect(iterating.next().value).toEqual({ name: 'a' });
    const again = cached.prepare('select name from t order by id');
    expect(again.all()).toEqual([{ name: 'a' }, { name: 'b' }, { name: 'c' }]);
    expect(iterating.next().value).toEqual({ name: 'b' });
    iterating.return?.();
  });

  it('sees a schema change made after the statement was cached', () => {
    const db = database();
    const cached = withStatementCache(db);
    expect(cached.prepare('select * from t where id = 1').get()).toEqual({ id: 1, name: 'a' });
    db.exec("alter table t add column role text not null default 'x'");
    expect(cached.prepare('select * from t where id = 1').get()).toEqual({ id: 1, name: 'a', role: 'x' });
  });

  it('keeps at most 500 statements, dropping the least recently used', () => {
    const db = database();
    const prepare = vi.spyOn(db, 'prepare');
    const cached = withStatementCache(db);
    const hot = cached.prepare('select 0 as n');
    for (let n = 1; n <= 600; n++) {
      cached.prepare(`select ${n} as n`);
      if (n % 100 === 0) expect(cached.prepare('select 0 as n')).toBe(hot);
    }
    expect(prepare).toHaveBeenCalledTimes(601);
    cached.prepare('select 600 as n');
    expect(prepare).toHaveBeenCalledTimes(601);
    cached.prepare('select 1 as n');
    expect(prepare).toHaveBeenCalledTimes(602);
  });
});

describe('SQLite durability', () => {
  it('opens files in WAL mode with synchronous=FULL: a commit is on disk before it returns', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-durability-'));
    const { database } = createSqliteDialect(path.join(dir, 'assay.db'));
    try {
      expect(database.pragma('journal_mode', { simple: true })).toBe('wal');
      // 2 = FULL (0 OFF, 1 NORMAL, 3 EXTRA).
      expect(database.pragma('synchronous', { simple: true })).toBe(2);
    } finally {
      database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
