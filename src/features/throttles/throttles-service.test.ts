import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectAgain, createTestDatabase, testDialect, type TestDatabase } from '../../../test/helpers/test-db.js';
import { fixedClock } from '../../shared/clock.js';
import { throttleKey, type ThrottleRule } from './throttles-fns.js';
import { createThrottlesService } from './throttles-service.js';

const MINUTE = 60_000;
const rule = (overLimit: ThrottleRule['overLimit'], max = 3): ThrottleRule => ({ windowMs: MINUTE, max, overLimit });

describe(`throttles on ${testDialect()}`, () => {
  const clock = fixedClock('2026-05-04T09:00:00.000Z');
  let database: TestDatabase;
  let other: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
    other = connectAgain(database);
  });
  afterAll(async () => {
    await other?.drop();
    await database?.drop();
  });

  const service = (db = database) => createThrottlesService({ db: db.db, clock });

  it('counts concurrent hits from two connections once each: every count from 1 to n exactly once', async () => {
    const [one, two] = [service(), service(other)];
    const hits = await Promise.all(Array.from({ length: 40 }, (_, index) => (index % 2 === 0 ? one : two).hit('concurrent', rule('keep-window', 100))));
    expect(hits.map((hit) => hit.current).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, index) => index + 1));
    for (const hit of hits) expect(hit.ttl).toBe(MINUTE);
  });

  it('keeps the window from its first hit, and starts a new one once it has ended', async () => {
    const throttles = service();
    expect(await throttles.hit('window', rule('keep-window'))).toEqual({ current: 1, ttl: MINUTE });
    clock.advance(20_000);
    expect(await throttles.hit('window', rule('keep-window'))).toEqual({ current: 2, ttl: 40_000 });
    clock.advance(39_999);
    expect(await throttles.hit('window', rule('keep-window'))).toEqual({ current: 3, ttl: 1 });
    clock.advance(1);
    expect(await throttles.hit('window', rule('keep-window'))).toEqual({ current: 1, ttl: MINUTE });
  });

  it('restarts the window with every hit over the limit, when asked to', async () => {
    const throttles = service();
    for (let hit = 1; hit <= 3; hit++) await throttles.hit('restart', rule('restart-window'));
    clock.advance(50_000);
    expect(await throttles.hit('restart', rule('restart-window'))).toEqual({ current: 4, ttl: MINUTE });
    clock.advance(50_000);
    expect(await throttles.hit('restart', rule('restart-window'))).toEqual({ current: 5, ttl: MINUTE });
  });

  it('doubles the wait with every hit over the limit under backoff, and forgets it after a quiet wait', async () => {
    const throttles = service();
    for (let hit = 1; hit <= 3; hit++) await throttles.hit('backoff', rule('backoff'));
    expect(await throttles.hit('backoff', rule('backoff'))).toEqual({ current: 4, ttl: MINUTE });
    expect(await throttles.hit('backoff', rule('backoff'))).toEqual({ current: 5, ttl: 2 * MINUTE });
    expect(await throttles.hit('backoff', rule('backoff'))).toEqual({ current: 6, ttl: 4 * MINUTE });
    clock.advance(4 * MINUTE - 1);
    expect((await throttles.hit('backoff', rule('backoff'))).current).toBe(7);
    clock.advance(8 * MINUTE);
    expect(await throttles.hit('backoff', rule('backoff'))).toEqual({ current: 1, ttl: MINUTE });
  });

  it('sees on another connection what one counted (another instance, or the same after a restart)', async () => {
    await service().hit('shared', rule('keep-window'));
    await service().hit('shared', rule('keep-window'));
    const restarted = connectAgain(database);
    try {
      expect((await service(restarted).hit('shared', rule('keep-window'))).current).toBe(3);
    } finally {
      await restarted.drop();
    }
  });

  it('stores a hash of each subject, never the subject', async () => {
    await service().hit('login:account:ada@example.com', rule('keep-window'));
    const rows = await database.db.selectFrom('throttles').select('key').execute();
    expect(rows.map((row) => row.key)).toContain(throttleKey('login:account:ada@example.com'));
    expect(JSON.stringify(rows)).not.toContain('ada@example.com');
  });

  it('the sweep deletes the windows that have ended, and only those', async () => {
    const throttles = service();
    await throttles.hit('ends-soon', { windowMs: 1_000, max: 1, overLimit: 'keep-window' });
    await throttles.hit('ends-later', { windowMs: 10 * MINUTE, max: 1, overLimit: 'keep-window' });
    clock.advance(MINUTE);
    const keys = async () => (await database.db.selectFrom('throttles').select('key').execute()).map((row) => row.key);
    expect(await keys()).toContain(throttleKey('ends-soon'));
    expect(await throttles.sweep()).toBeGreaterThanOrEqual(1);
    expect(await keys()).not.toContain(throttleKey('ends-soon'));
    expect(await keys()).toContain(throttleKey('ends-later'));
    for (const row of await database.db.selectFrom('throttles').select('resets_at').execute()) {
      expect(Date.parse(row.resets_at)).toBeGreaterThan(clock.now().getTime());
    }
  });
});
