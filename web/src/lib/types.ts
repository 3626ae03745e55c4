/** Shapes of the API responses the web app reads (see /openapi.json). */

export type Role = 'owner' | 'admin' | 'reviewer' | 'viewer';
export type Difficulty = 'easy' | 'medium' | 'hard';
export type QuestionType = 'single' | 'multiple' | 'text';

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
  lastLoginAt: string | null;
}

export interface Org {
  id: string;
  name: string;
  slug: string;
  subscriptionStatus?: string;
  trialEndsAt?: string | null;
  monthlyAssessmentQuota?: number | null;
}

export interface Me {
  user: User;
  org: Org;
  scopes: string[];
  csrfToken: string;
}

export interface Issue {
  id: string;
  title: string;
  repoUrl: string;
  issueUrl: string | null;
  brief: string;
  labels: string[];
}

export interface Criterion {
  name: string;
  maxPoints: number;
  description: string | null;
}

export interface Rubric {
  id: string;
  name: string;
  criteria: Criterion[];
  totalPoints: number;
  createdAt: string;
}

export type AnswerKey = number | number[] | string | string[];

export interface Question {
  id: string;
  text: string;
  type: QuestionType;
  options: string[];
  answer: AnswerKey;
  category: string;
  difficulty: Difficulty;
  points: number;
  pinnedOptions: number[];
}

export interface AssessmentCase {
  id: string;
  title: string;
  order: number;
  maxScore: number;
  rubric: { criteria: Criterion[] } | null;
}

export interface AssessmentSummary {
  id: string;
  title: string;
  role: string;
  slug: string;
  taskBrief: string | null;
  repoUrl: string | null;
  issueId: string | null;
  issue: Issue | null;
  timeLimitMinutes: number | null;
  expiresInDays: number;
  rubricId: string | null;
  passingScore: number;
  lowPassBand: number;
  maxAttempts: number;
  lockOnPass: boolean;
  showResult: boolean;
  redFlagThreshold: number;
  skills: string[];
  blueprint: Array<{ category: string; difficulty: Difficulty; count: number }> | null;
  questionCount: number;
  caseCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface Assessment extends AssessmentSummary {
  questions: Question[];
  cases: AssessmentCase[];
}

export interface CandidateKey {
  id: string;
  key: string;
  status: string;
  candidateEmail: string | null;
  candidateName: string | null;
  sessionId: string | null;
  expiresAt: string;
  redeemedAt: string | null;
  completedAt: string | null;
  inviteToken?: string;
  createdAt?: string;
}

export interface CandidateRow {
  id: string;
  key: string;
  candidateName: string | null;
  candidateEmail: string | null;
  status: string;
  sessionId: string | null;
  completedAt: string | null;
  redeemedAt: string | null;
  expiresAt: string;
  assessmentId: string;
  assessmentTitle: string;
}

export interface ApiKey {
  id: string;
  name: string;
  mode: 'live' | 'test';
  prefix: string;
  scopes: string[];
  createdAt: string;
  lastUsedAt: string | null;
}

// ---------------------------------------------------------------- results (reference 000)

export interface ResultListItem {
  id: string;
  candidate_id: string | null;
  exam_id: string;
  score: number | null;
  percentile: number | null;
  status: string;
  completed_at: string | null;
  duration_minutes: number | null;
  [extra: string]: unknown;
}

export interface ResultList {
  data: ResultListItem[];
  pagination: { total: number; limit: number; has_more: boolean; next_cursor?: string | null };
}

export interface BreakdownRow {
  score: number;
  correct: number;
  total: number;
}

export interface ResultDetail extends ResultListItem {
  breakdown: {
    by_category: Array<BreakdownRow & { category: string }>;
    by_difficulty: Array<BreakdownRow & { difficulty: string }>;
  };
  strengths: string[];
  weaknesses: string[];
}

export interface ResultAnswer {
  number: number;
  question_id: string;
  question: string;
  type: string;
  options: string[];
  category: string;
  difficulty: string;
  selected: number | number[] | string | string[] | null;
  correct_answer: number | number[] | string | string[] | null;
  is_correct: boolean;
  points: number;
  max_points: number;
  time_spent_seconds: number | null;
}

// ---------------------------------------------------------------- cohort (reference 004)

export interface CohortStats {
  sessionCount: number;
  metrics: {
    avgDurationMs: number | null;
    avgPromptCount: number | null;
    avgCommandFailRate: number | null;
    avgVerifyIntensity: number | null;
    avgManualEditRatio: number | null;
    avgFirstChangeLatencyMs: number | null;
    testPassRate: number | null;
  };
  percentiles?: Record<string, number | null>;
  [extra: string]: unknown;
}
