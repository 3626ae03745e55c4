/**
 * Classical test theory statistics, as pure functions (no I/O). Conventions
 * follow the usual quiz-statistics reports: sample standard deviation (n − 1),
 * adjusted Fisher–Pearson skewness (G1) and excess kurtosis (G2), as in
 * spreadsheet SKEW/KURT; reliability by Cronbach's alpha, which is KR-20 when
 * every item is scored right/wrong.
 */

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Population variance (divides by n). */
export function variance(values: readonly number[]): number | null {
  const m = mean(values);
  if (m === null) return null;
  return values.reduce((sum, value) => sum + (value - m) ** 2, 0) / values.length;
}

/** Sample standard deviation (divides by n − 1); null below two values. */
export function sampleStandardDeviation(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const m = mean(values)!;
  return Math.sqrt(values.reduce((sum, value) => sum + (value - m) ** 2, 0) / (values.length - 1));
}

/** Adjusted Fisher–Pearson skewness G1 (spreadsheet SKEW); null below three values or without spread. */
export function skewness(values: readonly number[]): number | null {
  const n = values.length;
  const s = sampleStandardDeviation(values);
  if (n < 3 || s === null || s === 0) return null;
  const m = mean(values)!;
  const sum = values.reduce((total, value) => total + ((value - m) / s) ** 3, 0);
  return (n / ((n - 1) * (n - 2))) * sum;
}

/** Excess kurtosis G2 (spreadsheet KURT); null below four values or without spread. */
export function kurtosis(values: readonly number[]): number | null {
  const n = values.length;
  const s = sampleStandardDeviation(values);
  if (n < 4 || s === null || s === 0) return null;
  const m = mean(values)!;
  const sum = values.reduce((total, value) => total + ((value - m) / s) ** 4, 0);
  return ((n * (n + 1)) / ((n - 1) * (n - 2) * (n - 3))) * sum - (3 * (n - 1) ** 2) / ((n - 2) * (n - 3));
}

/** Pearson correlation; null when either side has no spread. */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length !== ys.length || xs.length < 2) return null;
  const mx = mean(xs)!;
  const my = mean(ys)!;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let index = 0; index < xs.length; index++) {
    const dx = xs[index]! - mx;
    const dy = ys[index]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}

function covariance(xs: readonly number[], ys: readonly number[]): number {
  const mx = mean(xs)!;
  const my = mean(ys)!;
  return xs.reduce((sum, x, index) => sum + (x - mx) * (ys[index]! - my), 0) / xs.length;
}

/**
 * How close an item's covariance with the rest of the test comes to the most
 * it could be with these marginal distributions (both sorted the same way):
 * 1 means the item orders candidates exactly as the rest of the test does.
 */
export function discriminativeEfficiency(itemScores: readonly number[], restScores: readonly number[]): number | null {
  if (itemScores.length !== restScores.length || itemScores.length < 2) return null;
  const max = covariance(
    [...itemScores].sort((a, b) => a - b),
    [...restScores].sort((a, b) => a - b),
  );
  if (max <= 0) return null;
  return covariance(itemScores, restScores) / max;
}

/**
 * Discrimination index D = facility in the top group − facility in the bottom
 * group, the groups being the top and bottom 27% by total score (at least
 * one candidate each). Ranges from −1 to 1.
 */
export function upperLowerDiscrimination(
  rows: ReadonlyArray<{ total: number; item: number }>,
  maxPoints: number,
  share = 0.27,
): number | null {
  if (rows.length < 2 || maxPoints <= 0) return null;
  const size = Math.max(1, Math.round(rows.length * share));
  const sorted = [...rows].sort((a, b) => a.total - b.total);
  const lower = sorted.slice(0, size);
  const upper = sorted.slice(sorted.length - size);
  return (mean(upper.map((row) => row.item))! - mean(lower.map((row) => row.item))!) / maxPoints;
}

/**
 * Cronbach's alpha of a score matrix (rows = candidates, columns = items),
 * with population variances: k/(k−1) × (1 − Σ item variances / total variance).
 * For right/wrong items this is KR-20. null with fewer than two items or two
 * candidates, or when the totals do not vary.
 */
export function cronbachAlpha(matrix: ReadonlyArray<readonly number[]>): number | null {
  const n = matrix.length;
  const k = matrix[0]?.length ?? 0;
  if (n < 2 || k < 2) return null;
  const totals = matrix.map((row) => row.reduce((sum, value) => sum + value, 0));
  const totalVariance = variance(totals)!;
  if (totalVariance === 0) return null;
  let itemVariances = 0;
  for (let item = 0; item < k; item++) itemVariances += variance(matrix.map((row) => row[item]!))!;
  return (k / (k - 1)) * (1 - itemVariances / totalVariance);
}

/** KR-20 from right/wrong answers (1/0): k/(k−1) × (1 − Σ p·q / total variance). */
export function kr20(matrix: ReadonlyArray<readonly (0 | 1)[]>): number | null {
  const n = matrix.length;
  const k = matrix[0]?.length ?? 0;
  if (n < 2 || k < 2) return null;
  const totals = matrix.map((row) => row.reduce<number>((sum, value) => sum + value, 0));
  const totalVariance = variance(totals)!;
  if (totalVariance === 0) return null;
  let pq = 0;
  for (let item = 0; item < k; item++) {
    const p = matrix.reduce((sum, row) => sum + row[item]!, 0) / n;
    pq += p * (1 - p);
  }
  return (k / (k - 1)) * (1 - pq / totalVariance);
}

/** Standard error of measurement: SD × √(1 − reliability). */
export function standardErrorOfMeasurement(sd: number | null, reliability: number | null): number | null {
  if (sd === null || reliability === null) return null;
  return sd * Math.sqrt(Math.max(0, 1 - reliability));
}

export function rounded(value: number | null, digits = 3): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
