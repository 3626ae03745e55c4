import { Type } from '@sinclair/typebox';

/** Reference 003 (OpenAPI 3.0): GET /v1/score. */

export const ScoreQuery = Type.Object(
  {
    candidateIds: Type.Optional(Type.String({ maxLength: 8000, description: 'List of candidate ids separated by comma (at most 100)' })),
    assessmentIds: Type.Optional(Type.String({ maxLength: 8000, description: 'List of assessment ids separated by comma (at most 100)' })),
  },
  { additionalProperties: false },
);

export const ScoreHeaders = Type.Object({
  instance: Type.Optional(Type.String({ maxLength: 200, description: 'Name of the instance: the organization slug of the API key; another value answers 400' })),
});

const NonEmpty = (description: string, example: string) => Type.String({ minLength: 1, description, examples: [example] });

export const CategoryScoreDto = Type.Object(
  {
    name: NonEmpty('Name of the category', 'Speaking'),
    score: NonEmpty('Score in percentage', '25'),
  },
  { additionalProperties: false },
);

export const ScoreResponseDto = Type.Object(
  {
    candidateId: NonEmpty('Candidate id', 'cand_01J…'),
    assessmentId: NonEmpty('Assessment id', 'asmt_01J…'),
    assessmentName: NonEmpty('Assessment name', 'Assessment Name'),
    assessmentStatus: Type.Union([Type.Literal('INVITED'), Type.Literal('IN_PROGRESS'), Type.Literal('COMPLETED')], { description: 'Assessment status' }),
    scoreStatus: Type.Union([Type.Literal('PENDING'), Type.Literal('LOW_PASS'), Type.Literal('PASS'), Type.Literal('FAIL')], {
      description: 'Score status',
    }),
    completion: NonEmpty('Completion in percentage', '100'),
    totalScore: NonEmpty('Total score in percentage', '35'),
    typingSpeed: NonEmpty('Typing Speed in words per minute', '85'),
    categoryScores: Type.Array(CategoryScoreDto, { description: 'List of category scores' }),
    redFlag: Type.Boolean({ description: "Candidate's proctoring report contains a red flag" }),
    started: NonEmpty('Date time of the beginning of the assessment (0001-01-01… when not started)', '2025-01-17T20:39:25.5810000+00:00'),
    finished: NonEmpty('Date time of the end of the assessment (0001-01-01… when not finished)', '2025-01-17T20:39:25.5810000+00:00'),
  },
  { additionalProperties: false },
);

export const ScoreResponse = Type.Array(ScoreResponseDto, { description: 'List of scores and candidates' });
