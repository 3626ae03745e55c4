import { describe, expect, it } from 'vitest';
import { findUnstorableText, MAX_NESTING_DEPTH } from './http-input.js';

function nested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let level = 0; level < depth; level++) value = { a: value };
  return value;
}

describe('findUnstorableText', () => {
  it.each([
    ['plain text', { title: 'Backend API Challenge' }],
    ['non-Latin scripts and emoji (surrogate pairs)', { name: 'Ωμέγα мир 漢字 한국어 🙂👩🏽‍💻 مرحبا' }],
    ['the replacement character itself', { text: 'a\ufffdb' }],
    ['control characters other than NUL', { text: '\u0001\t\r\n\u001f\u007f' }],
    ['numbers, booleans and null', { count: 1, ok: true, none: null, list: [1, 2.5, false] }],
    ['an empty object', {}],
    ['nesting at the limit', nested(MAX_NESTING_DEPTH - 1)],
  ])('passes %s', (_, value) => {
    expect(findUnstorableText(value)).toBeNull();
  });

  it.each([
    ['a NUL in a value', { title: 'a\u0000b' }, { field: 'title', problem: 'nul' }],
    ['a NUL deep in a list', { questions: [{ options: ['ok', '\u0000'] }] }, { field: 'questions.0.options.1', problem: 'nul' }],
    ['a NUL in an object key', { payload: { 'k\u0000': 1 } }, { field: 'payload.k\\u0000', problem: 'nul' }],
    ['a lone high surrogate', { name: 'x\ud800' }, { field: 'name', problem: 'unpaired_surrogate' }],
    ['a lone low surrogate', ['\udfff'], { field: '0', problem: 'unpaired_surrogate' }],
    ['a surrogate in a key', { ['\udc00']: 1 }, { field: '\\udc00', problem: 'unpaired_surrogate' }],
    ['a bare string', 'a\u0000', { field: '', problem: 'nul' }],
    ['nesting beyond the limit', nested(MAX_NESTING_DEPTH + 1), { field: 'a'.repeat(MAX_NESTING_DEPTH).split('').join('.'), problem: 'too_deep' }],
  ])('finds %s', (_, value, expected) => {
    expect(findUnstorableText(value)).toEqual(expected);
  });

  it('walks 100 000 levels of arrays without exhausting the stack', () => {
    const deep = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000)) as unknown;
    expect(findUnstorableText(deep)?.problem).toBe('too_deep');
  });
});
