import { describe, expect, it } from 'vitest';
import { parseJsonValue, questionOrderOf } from './stored-json.js';

describe('parseJsonValue', () => {
  it.each<[string | null, unknown]>([
    [null, null],
    ['2', 2],
    ['[0,3]', [0, 3]],
    ['"Paris"', 'Paris'],
    ['["A","B"]', ['A', 'B']],
    ['null', null],
    // Not JSON: the text itself, never an exception.
    ['Paris', 'Paris'],
    ['', ''],
    ['[1,', '[1,'],
  ])('%j → %j', (json, value) => {
    expect(parseJsonValue(json)).toEqual(value);
  });
});

describe('questionOrderOf', () => {
  it.each<[string, string[]]>([
    ['[{"questionId":"q_2","optionOrder":[1,0]},{"questionId":"q_1","optionOrder":[]}]', ['q_2', 'q_1']],
    ['["q_2","q_1"]', ['q_2', 'q_1']],
    ['[{"id":"q_3"}]', ['q_3']],
    // Entries without a readable id are left out, not turned into "undefined".
    ['[{"questionId":7},null,3,{"optionOrder":[0]},"q_1"]', ['q_1']],
    ['[]', []],
    ['{"questionId":"q_1"}', []],
    ['not json', []],
    ['', []],
  ])('%s → %j', (json, ids) => {
    expect(questionOrderOf(json)).toEqual(ids);
  });
});
