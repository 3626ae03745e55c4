import { expect } from 'vitest';

/**
 * The example responses of the reference documents (shared/reference/*.txt),
 * copied verbatim, and a comparator that checks a real response against one:
 * the same field names at every level of nesting, and the same JSON types.
 */

/** 000 — GET /results */
export const EXAMPLE_000_LIST = {
  data: [
    {
      id: 'result_ghi789',
      candidate_id: 'cand_xyz789',
      exam_id: 'exam_abc123',
      score: 87.5,
      percentile: 82,
      status: 'passed',
      completed_at: '2024-02-12T09:15:00Z',
      duration_minutes: 58,
    },
  ],
  pagination: { total: 89, limit: 20, has_more: true },
};

/** 000 — GET /results/{result_id} */
export const EXAMPLE_000_DETAIL = {
  id: 'result_ghi789',
  candidate_id: 'cand_xyz789',
  exam_id: 'exam_abc123',
  score: 87.5,
  percentile: 82,
  status: 'passed',
  completed_at: '2024-02-12T09:15:00Z',
  duration_minutes: 58,
  breakdown: {
    by_category: [
      { category: 'Algorithms', score: 90, correct: 9, total: 10 },
      { category: 'System Design', score: 85, correct: 17, total: 20 },
    ],
    by_difficulty: [
      { difficulty: 'easy', score: 95, correct: 19, total: 20 },
      { difficulty: 'medium', score: 88, correct: 22, total: 25 },
      { difficulty: 'hard', score: 60, correct: 3, total: 5 },
    ],
  },
  strengths: ['Data Structures', 'Algorithms', 'Problem Solving'],
  weaknesses: ['System Design', 'Database Optimization'],
};

/** 001 — GET /api/v1/public/assessments/:slug/results/ */
export const EXAMPLE_001_LIST = {
  next: 'https://app.praxicraft.io/api/v1/public/assessments/senior-backend-screen/results/?cursor=cD0yMDI1LTA0...',
  previous: null,
  results: [
    {
      candidate_email: 'jane@example.com',
      candidate_name: 'Jane Doe',
      role: 'Senior Backend Engineer',
      status: 'completed',
      score_percentage: 85.0,
      passed: true,
      time_spent_seconds: 4460,
      violation_counts: { fullscreen_violations: 0, copy_paste_violations: 2 },
      started_at: '2025-03-15T14:00:00Z',
      completed_at: '2025-03-15T15:20:00Z',
      invite_token: 'c7b3e2a1-...',
    },
  ],
};

/** 001 — GET /api/v1/public/invites/:token/result/ */
export const EXAMPLE_001_DETAIL = {
  candidate_email: 'jane@example.com',
  candidate_name: 'Jane Doe',
  assessment: 'Senior Backend Engineer Screen',
  status: 'completed',
  score: 255,
  max_score: 300,
  score_percentage: 85.0,
  passed: true,
  passing_score: 70,
  started_at: '2025-03-15T14:00:00Z',
  completed_at: '2025-03-15T15:20:00Z',
  violation_counts: { fullscreen_violations: 0, copy_paste_violations: 2 },
  detailed_report_url: 'https://app.praxicraft.io/api/v1/assess/assessments/senior-backend-screen/results/...',
  cases: [
    { case_order: 1, case_title: 'Query Optimization', score: 100, max_score: 100, status: 'correct', time_spent_seconds: 820 },
    { case_order: 2, case_title: 'ETL Pipeline', score: 100, max_score: 100, status: 'correct', time_spent_seconds: 1540 },
    { case_order: 3, case_title: 'Data Modeling', score: 55, max_score: 100, status: 'incorrect', time_spent_seconds: 2100 },
  ],
};

/** 004 — GET /v1/assessments/:id/cohort-stats */
export const EXAMPLE_004_COHORT = {
  cohortStats: {
    sessionCount: 12,
    metrics: {
      avgDurationMs: 4320000,
      avgPromptCount: 38.5,
      avgCommandFailRate: 0.142,
      avgVerifyIntensity: 0.61,
      avgManualEditRatio: 0.33,
      avgFirstChangeLatencyMs: 180000,
      testPassRate: 75,
    },
    percentiles: {
      durationMs: 0.727,
      promptCount: 0.455,
      commandFailRate: 0.818,
      verifyIntensity: 0.636,
      manualEditRatio: 0.727,
      firstChangeLatencyMs: 0.364,
    },
  },
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

export interface ShapeOptions {
  /** Paths (`data[].score`) whose value may also be null where the example shows a value. */
  nullable?: string[];
  /** Paths whose example value is null but whose real value has this type. */
  nullExampleTypes?: Record<string, string>;
  /** Paths of fields our response adds beside the documented ones. */
  extra?: string[];
}

/**
 * Asserts that `actual` has exactly the example's field names at every level
 * (plus the declared extras) and the same JSON type in every field. Arrays are
 * compared item by item against the example's first item.
 */
export function expectShape(actual: unknown, example: unknown, options: ShapeOptions = {}, path = ''): void {
  const label = path || '(root)';
  const exampleType = typeOf(example);
  const actualType = typeOf(actual);
  if (actualType === 'null' && (exampleType === 'null' || options.nullable?.includes(path))) return;
  if (exampleType === 'null') {
    const expected = options.nullExampleTypes?.[path];
    expect(expected, `${label}: example is null; declare its type`).toBeDefined();
    expect(actualType, `${label} type`).toBe(expected);
    return;
  }
  expect(actualType, `${label} type`).toBe(exampleType);
  if (exampleType === 'array') {
    const template = (example as unknown[])[0];
    if (template === undefined) return;
    for (const item of actual as unknown[]) expectShape(item, template, options, `${path}[]`);
    return;
  }
  if (exampleType === 'object') {
    const exampleKeys = Object.keys(example as object);
    const extras = (options.extra ?? []).filter((extra) => extra.startsWith(path ? `${path}.` : '') && !extra.slice(path ? path.length + 1 : 0).includes('.'));
    const allowed = new Set([...exampleKeys, ...extras.map((extra) => extra.slice(path ? path.length + 1 : 0))]);
    const actualKeys = Object.keys(actual as object);
    expect(actualKeys.filter((key) => !allowed.has(key)), `${label}: fields not in the reference`).toEqual([]);
    expect(exampleKeys.filter((key) => !actualKeys.includes(key)), `${label}: reference fields missing`).toEqual([]);
    for (const key of exampleKeys) {
      expectShape((actual as Record<string, unknown>)[key], (example as Record<string, unknown>)[key], options, path ? `${path}.${key}` : key);
    }
  }
}

export const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
