import { describe, expect, it } from 'vitest';
import { MAX_DELIVERABLE_CHARS, assertDeliverableFits, pickCase } from './cli-candidate-commands.js';
import { promptTextFrom } from './cli-telemetry-commands.js';

const cases = [
  { id: 'case_a', order: 1, title: 'Fix the parser' },
  { id: 'case_b', order: 2, title: 'Add caching' },
];

describe('pickCase', () => {
  it.each([
    [[cases[0]!], undefined, 'case_a'],
    [cases, '2', 'case_b'],
    [cases, ' 1 ', 'case_a'],
    [cases, 'case_b', 'case_b'],
    [[], undefined, null],
  ])('%j with %j → %s', (list, wanted, expected) => {
    expect(pickCase(list, wanted)?.id ?? null).toBe(expected);
  });

  it('asks which task when there are several', () => {
    expect(() => pickCase(cases, undefined)).toThrow(expect.objectContaining({ exitCode: 2, message: expect.stringContaining('--case 2') }));
  });

  it('names the tasks when the one asked for does not exist', () => {
    expect(() => pickCase(cases, '3')).toThrow(/1 \(Fix the parser\), 2 \(Add caching\)/);
    expect(() => pickCase([], '1')).toThrow(/its tasks: none/);
  });
});

describe('assertDeliverableFits', () => {
  it('lets an empty diff and one of exactly the limit through, and refuses one character more', () => {
    expect(() => assertDeliverableFits('')).not.toThrow();
    expect(() => assertDeliverableFits('x'.repeat(MAX_DELIVERABLE_CHARS))).not.toThrow();
    expect(() => assertDeliverableFits('x'.repeat(MAX_DELIVERABLE_CHARS + 1))).toThrow(expect.objectContaining({ code: 'diff_too_large' }));
  });

  it('states the size, the limit and how to get under it', () => {
    expect(() => assertDeliverableFits('x'.repeat(1_234_567), 1_000_000)).toThrow(
      expect.objectContaining({
        exitCode: 1,
        message:
          "Your diff is 1,234,567 characters; a task's deliverable can be at most 1,000,000 characters.\nLeave build output, dependencies and generated files out of it (add them to .gitignore), then run `assay submit` again.",
        details: { characters: 1_234_567, limit: 1_000_000 },
      }),
    );
  });
});

describe('promptTextFrom', () => {
  it.each([
    [['fix', 'the', 'bug'], null, 'fix the bug'],
    [['-'], 'from stdin\n', 'from stdin'],
    [[], '{"session_id":"s","prompt":"hook prompt"}', 'hook prompt'],
    [[], '{"no_prompt":true}', '{"no_prompt":true}'],
    [[], '{not json', '{not json'],
    [[], '', ''],
    [[], null, ''],
  ])('%j with stdin %j → %j', (args, stdin, expected) => {
    expect(promptTextFrom(args, stdin)).toBe(expected);
  });
});
