import { Type } from '@sinclair/typebox';
import { Nullable } from '../../shared/http-schemas.js';

export const ItemAnalysisQuery = Type.Object(
  {
    attempts: Type.Optional(
      Type.Union([Type.Literal('first'), Type.Literal('all')], { default: 'first', description: 'first (default): first attempts only; all: every attempt' }),
    ),
  },
  { additionalProperties: false },
);

const Stat = (description: string) => Nullable(Type.Number({ description }));

export const ItemAnalysisResponse = Type.Object({
  itemAnalysis: Type.Object({
    assessmentId: Type.String(),
    attempts: Type.Union([Type.Literal('first'), Type.Literal('all')]),
    sessionCount: Type.Integer({ description: 'Submitted sessions analysed' }),
    test: Type.Object({
      itemCount: Type.Integer({ description: 'Questions every analysed session was shown (the reliability is over these)' }),
      mean: Stat('Mean score, percent of question points'),
      median: Stat('Median score, percent'),
      standardDeviation: Stat('Sample standard deviation of the scores, percent'),
      skewness: Stat('Adjusted Fisher–Pearson skewness (G1)'),
      kurtosis: Stat('Excess kurtosis (G2)'),
      reliability: Stat("Cronbach's alpha (KR-20 for right/wrong items)"),
      reliabilityMethod: Nullable(Type.Union([Type.Literal('KR-20'), Type.Literal('cronbach-alpha')])),
      standardError: Stat('Standard error of measurement: SD × √(1 − reliability), percent'),
    }),
    items: Type.Array(
      Type.Object({
        questionId: Type.String(),
        position: Type.Integer(),
        text: Type.String(),
        type: Type.String(),
        category: Type.String(),
        difficulty: Type.String(),
        maxPoints: Type.Number(),
        responses: Type.Integer({ description: 'Sessions that answered it' }),
        unanswered: Type.Integer({ description: 'Sessions shown it that left it blank' }),
        facilityIndex: Stat('Mean points ÷ max points, 0–1 (higher = easier)'),
        standardDeviation: Stat('Sample SD of the item points'),
        discriminationIndex: Stat('Facility in the top 27% − facility in the bottom 27% by total score, −1 to 1'),
        itemRestCorrelation: Stat('Correlation of the item with the rest of the test'),
        discriminativeEfficiency: Stat('Item–rest covariance ÷ the largest possible for these distributions'),
        optionCounts: Type.Array(
          Type.Object({ option: Type.Integer(), text: Type.String(), count: Type.Integer(), correct: Type.Boolean() }),
          { description: 'How often each option was chosen (choice questions)' },
        ),
      }),
    ),
  }),
});
