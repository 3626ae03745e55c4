import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnswerSaver, answerLengthProblem, type AnswerStorage, type SaveOutcome, type SaveStatus } from '../../web/src/candidate/answer-saver.js';

/** The candidate page's autosave, where an answer meets the length limit. */

function memoryStorage(): AnswerStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

const LIMIT = 10;

function saverWith(outcomes: SaveOutcome[] = [], storage = memoryStorage()) {
  const sent: Array<[string, string]> = [];
  const statuses: Array<{ status: SaveStatus; problem: string | null }> = [];
  const saver = new AnswerSaver<string>({
    storageKey: 'answers',
    storage,
    debounceMs: 100,
    problemOf: (_questionId, value) => answerLengthProblem(value, LIMIT),
    save: (questionId, value) => {
      sent.push([questionId, value]);
      return Promise.resolve(outcomes.shift() ?? 'saved');
    },
    onStatus: (status, _savedAt, problem) => statuses.push({ status, problem }),
  });
  return { saver, sent, statuses, storage, last: () => statuses.at(-1) };
}

describe('answerLengthProblem', () => {
  it.each([
    ['', 10_000, null],
    ['x'.repeat(10_000), 10_000, null],
    ['x'.repeat(10_001), 10_000, 'Answers can be at most 10,000 characters; this one has 10,001'],
    ['x'.repeat(123_456), 10_000, 'Answers can be at most 10,000 characters; this one has 123,456'],
    // Counted as the server counts a string: UTF-16 code units (an emoji is two).
    ['😀'.repeat(6), 11, 'Answers can be at most 11 characters; this one has 12'],
    [3, 1, null],
  ])('%# → %j', (value, limit, problem) => {
    expect(answerLengthProblem(value, limit)).toBe(problem);
  });
});

describe('AnswerSaver and the answer length limit', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('holds an answer over the limit: not sent, said why, kept locally, and sent once shortened', async () => {
    const { saver, sent, storage, last } = saverWith();
    saver.set('q1', 'short');
    await vi.advanceTimersByTimeAsync(100);
    expect(sent).toEqual([['q1', 'short']]);

    saver.set('q1', 'x'.repeat(LIMIT + 1));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sent).toHaveLength(1);
    expect(saver.status).toBe('error');
    expect(last()).toEqual({ status: 'error', problem: 'Answers can be at most 10 characters; this one has 11' });
    expect(JSON.parse(storage.data.get('answers')!)).toEqual({ q1: 'x'.repeat(LIMIT + 1) });
    expect(await saver.flush()).toBe(false);

    saver.set('q1', 'x'.repeat(LIMIT));
    await vi.advanceTimersByTimeAsync(100);
    expect(sent.at(-1)).toEqual(['q1', 'x'.repeat(LIMIT)]);
    expect(saver.status).toBe('saved');
    expect(saver.problem).toBeNull();
    expect(storage.data.has('answers')).toBe(false);
    expect(await saver.flush()).toBe(true);
  });

  it('does not send the valid answer still waiting when a longer one replaces it', async () => {
    const { saver, sent } = saverWith();
    saver.set('q1', 'valid');
    saver.set('q1', 'much too long');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(sent).toEqual([]);
  });

  it('restores a held answer after a reload as held, never sending it', async () => {
    const storage = memoryStorage();
    storage.setItem('answers', JSON.stringify({ q1: 'much too long', q2: 'fine' }));
    const { saver, sent } = saverWith([], storage);
    expect(saver.unsaved()).toEqual({ q1: 'much too long', q2: 'fine' });
    expect(await saver.flush()).toBe(false);
    expect(sent).toEqual([['q2', 'fine']]);
    expect(saver.problem).toBe('Answers can be at most 10 characters; this one has 13');
  });

  it("says the server's reason for a refusal, until the answer changes", async () => {
    const { saver, last } = saverWith([{ rejected: 'The question section was already handed in' }]);
    saver.set('q1', 'answer');
    await vi.advanceTimersByTimeAsync(100);
    expect(last()).toEqual({ status: 'error', problem: 'The question section was already handed in' });
    saver.set('q1', 'answer 2');
    expect(saver.problem).toBeNull();
  });
});
