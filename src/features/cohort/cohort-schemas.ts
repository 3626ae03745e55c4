import { Type } from '@sinclair/typebox';
import { Nullable } from '../../shared/http-schemas.js';

export const CohortStatsQuery = Type.Object(
  {
    sessionId: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 64,
        description: 'Also return this session’s percentile ranks (when the cohort has at least two sessions)',
      }),
    ),
  },
  { additionalProperties: false },
);

const Rate = (description: string) => Nullable(Type.Number({ description }));

export const CohortMetricsObject = Type.Object({
  avgDurationMs: Rate('Mean session duration in milliseconds'),
  avgPromptCount: Rate('Mean number of AI prompts'),
  avgCommandFailRate: Rate('Mean share of failed commands, 0–1'),
  avgVerifyIntensity: Rate('Mean share of verify commands (tests, linters), 0–1'),
  avgManualEditRatio: Rate('Mean share of manual edits, 0–1'),
  avgFirstChangeLatencyMs: Rate('Mean time to the first change in milliseconds'),
  testPassRate: Rate('Mean pass rate of the latest test run, in percent'),
});

const Percentile = Nullable(Type.Number({ minimum: 0, maximum: 1 }));

export const CohortPercentilesObject = Type.Object(
  {
    durationMs: Percentile,
    promptCount: Percentile,
    commandFailRate: Percentile,
    verifyIntensity: Percentile,
    manualEditRatio: Percentile,
    firstChangeLatencyMs: Percentile,
  },
  { description: 'Share (0–1) of the other sessions this one beats; lower commandFailRate ranks higher' },
);

export const CohortStatsResponse = Type.Object({
  cohortStats: Nullable(
    Type.Object({
      sessionCount: Type.Integer(),
      metrics: CohortMetricsObject,
      percentiles: Type.Optional(CohortPercentilesObject),
    }),
  ),
});
