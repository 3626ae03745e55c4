import { describe, expect, it } from 'vitest';
import {
  cronbachAlpha,
  discriminativeEfficiency,
  kr20,
  kurtosis,
  mean,
  median,
  pearson,
  rounded,
  sampleStandardDeviation,
  skewness,
  standardErrorOfMeasurement,
  upperLowerDiscrimination,
  variance,
} from './item-analysis-fns.js';

/** Four candidates × three right/wrong items, a Guttman pattern: KR-20 = 1.5 × (1 − 0.625 / 1.25) = 0.75. */
const GUTTMAN: (0 | 1)[][] = [
  [1, 1, 1],
  [1, 1, 0],
  [1, 0, 0],
  [0, 0, 0],
];
const EXCEL_SAMPLE = [3, 4, 5, 2, 3, 4, 5, 6, 4, 7];

describe('descriptive statistics', () => {
  it.each([
    ['mean', mean, [2, 4, 4, 4, 5, 5, 7, 9], 5],
    ['mean of nothing', mean, [], null],
    ['median, odd count', median, [3, 1, 2], 2],
    ['median, even count', median, [4, 1, 3, 2], 2.5],
    ['median of nothing', median, [], null],
    ['population variance', variance, [2, 4, 4, 4, 5, 5, 7, 9], 4],
    ['sample SD', sampleStandardDeviation, [2, 4, 4, 4, 5, 5, 7, 9], 2.138],
    ['sample SD of one value', sampleStandardDeviation, [5], null],
    // The spreadsheet reference values: SKEW(...) = 0.359543, KURT(...) = -0.151799637.
    ['skewness G1 (spreadsheet SKEW)', skewness, EXCEL_SAMPLE, 0.36],
    ['excess kurtosis G2 (spreadsheet KURT)', kurtosis, EXCEL_SAMPLE, -0.152],
    ['skewness of a symmetric sample', skewness, [1, 2, 3, 4, 5], 0],
    ['kurtosis of 1..5', kurtosis, [1, 2, 3, 4, 5], -1.2],
    ['skewness of a long right tail', skewness, [1, 1, 1, 1, 10], 2.236],
    ['skewness without spread', skewness, [4, 4, 4], null],
    ['kurtosis of three values', kurtosis, [1, 2, 3], null],
  ] as const)('%s', (_name, fn, values, expected) => {
    expect(rounded((fn as (v: readonly number[]) => number | null)(values), 3)).toBe(expected);
  });
});

describe('reliability', () => {
  it.each([
    ['KR-20 of a Guttman pattern', () => kr20(GUTTMAN), 0.75],
    ["Cronbach's alpha equals KR-20 on right/wrong items", () => cronbachAlpha(GUTTMAN), 0.75],
    ['alpha of two perfectly agreeing items', () => cronbachAlpha([[2, 3], [4, 5], [6, 7]]), 1],
    ['alpha of two opposed items is negative', () => cronbachAlpha([[1, 0], [0, 1], [1, 0], [0, 1], [1, 1]]), -4],
    ['alpha when the totals do not vary', () => cronbachAlpha([[1, 0], [0, 1], [1, 0], [0, 1]]), null],
    ['alpha needs two items', () => cronbachAlpha([[1], [0]]), null],
    ['alpha needs two candidates', () => cronbachAlpha([[1, 1]]), null],
    ['KR-20 without spread in totals', () => kr20([[1, 0], [0, 1]]), null],
  ])('%s', (_name, compute, expected) => {
    expect(rounded(compute(), 3)).toBe(expected);
  });

  it.each([
    [10, 0.75, 5],
    [10, 1, 0],
    [10, null, null],
    [null, 0.5, null],
    [10, 1.2, 0],
  ])('SEM(sd %p, reliability %p) = %p', (sd, reliability, expected) => {
    expect(standardErrorOfMeasurement(sd, reliability)).toBe(expected);
  });
});

describe('item discrimination', () => {
  it.each([
    ['perfect agreement', [1, 2, 3], [2, 4, 6], 1],
    ['perfect disagreement', [1, 2, 3], [3, 2, 1], -1],
    ['item of the Guttman pattern vs the rest', [1, 1, 1, 0], [2, 1, 0, 0], 0.522],
    ['an item nobody got right has no correlation', [0, 0, 0], [1, 2, 3], null],
    ['different lengths', [1, 2], [1], null],
  ])('pearson: %s', (_name, xs, ys, expected) => {
    expect(rounded(pearson(xs, ys), 3)).toBe(expected);
  });

  it.each([
    ['orders like the rest of the test', [0, 1, 1, 0], [1, 3, 2, 0], 1],
    ['orders against it', [1, 0, 0, 1], [1, 3, 2, 0], -1],
    ['no spread in the item', [1, 1, 1, 1], [1, 3, 2, 0], null],
  ])('discriminative efficiency: %s', (_name, item, rest, expected) => {
    expect(rounded(discriminativeEfficiency(item, rest), 3)).toBe(expected);
  });

  const ten = Array.from({ length: 10 }, (_, index) => index + 1);
  it.each([
    ['only the top three right', ten.map((total) => ({ total, item: total >= 8 ? 1 : 0 })), 1, 1],
    ['only the bottom three right', ten.map((total) => ({ total, item: total <= 3 ? 1 : 0 })), 1, -1],
    ['everyone right', ten.map((total) => ({ total, item: 2 })), 2, 0],
    ['half the points in the top group', ten.map((total) => ({ total, item: total >= 8 ? 1 : 0 })), 2, 0.5],
    ['one candidate', [{ total: 1, item: 1 }], 1, null],
    ['a zero-point item', ten.map((total) => ({ total, item: 0 })), 0, null],
  ])('upper-lower discrimination: %s', (_name, rows, maxPoints, expected) => {
    expect(rounded(upperLowerDiscrimination(rows, maxPoints), 3)).toBe(expected);
  });
});
