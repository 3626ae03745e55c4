/** A session (attempt) as GET /v1/sessions/:id returns it. */

export interface SessionCase {
  caseId: string;
  title: string;
  order: number;
  score: number | null;
  maxScore: number;
  status: 'pending' | 'graded';
  grades: Array<{ name: string; points: number }> | null;
  feedback: string | null;
  deliverable: string | null;
  timeSpentSeconds: number | null;
  gradedAt: string | null;
  gradedBy: string | null;
}

interface GroupScore {
  score: number;
  correct: number;
  total: number;
}

export interface SessionDetail {
  id: string;
  assessmentId: string;
  invitationId: string;
  candidateId: string | null;
  attemptNumber: number;
  status: 'started' | 'completed' | 'expired' | 'hired';
  closedReason: 'submitted' | 'deadline' | null;
  startedAt: string;
  deadlineAt: string | null;
  completedAt: string | null;
  score: number | null;
  maxScore: number | null;
  percentage: number | null;
  passed: boolean | null;
  scoreStatus: 'PENDING' | 'PASS' | 'LOW_PASS' | 'FAIL';
  correctCount: number | null;
  totalQuestions: number;
  breakdown: {
    byCategory: Array<GroupScore & { category: string }>;
    byDifficulty: Array<GroupScore & { difficulty: string }>;
  } | null;
  strengths: string[];
  weaknesses: string[];
  violationCounts: { fullscreen_violations: number; copy_paste_violations: number };
  focusLostCount: number;
  redFlag: boolean;
  metrics: {
    durationMs: number | null;
    promptCount: number;
    commandCount: number;
    commandFailRate: number | null;
    verifyIntensity: number | null;
    manualEditRatio: number | null;
    firstChangeLatencyMs: number | null;
    testPassRate: number | null;
    typingSpeedWpm: number | null;
  };
  cases: SessionCase[];
  decision: 'hired' | 'rejected' | null;
  decidedAt: string | null;
  decidedBy: string | null;
}

export interface SessionEvent {
  id: string;
  type: string;
  occurredAt: string;
  payload: Record<string, unknown>;
}
