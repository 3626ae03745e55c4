import { ApiError, candidateRequest } from '../lib/api';
import type { QueuedEvent, SendOutcome } from './event-queue';

/** The candidate's view of the test (no answer keys ever reach it). */

export type Selection = number | number[] | string;

export interface CandidateQuestion {
  id: string;
  text: string;
  type: 'single' | 'multiple' | 'text';
  options: string[];
  category: string;
  difficulty: string;
  points: number;
}

export interface CandidateAssessment {
  id: string;
  title: string;
  role: string;
  taskBrief: string | null;
  repoUrl: string | null;
  timeLimitMinutes: number | null;
  questionCount: number;
  passingScore?: number;
  maxAttempts?: number;
  attemptsLeft?: number | null;
  rules?: string[];
  cases?: Array<{ id: string; title: string; order: number; maxScore: number }>;
  orgName?: string | null;
  showResult?: boolean;
  candidateName?: string | null;
  [extra: string]: unknown;
}

export interface CandidateResult {
  percentage: number | null;
  passed: boolean | null;
  scoreStatus?: string | null;
  correctCount?: number | null;
  totalQuestions?: number | null;
  message?: string | null;
}

export interface CandidateSession {
  id: string;
  status: string;
  startedAt: string;
  deadlineAt: string | null;
  completedAt: string | null;
  questions: CandidateQuestion[];
  answers: Record<string, Selection>;
  /** Time already spent per question, as saved with the answers. */
  timeSpentMs: Record<string, number>;
  attemptNumber?: number;
  result: CandidateResult | null;
  /** Server time minus client time when the session was read, to keep the countdown honest. */
  clockSkewMs: number;
}

export interface CandidateInvitation {
  id: string;
  status: string;
  candidateName: string | null;
  candidateEmail: string | null;
  expiresAt: string;
  attemptsUsed: number;
  attemptsLeft: number;
  isLocked: boolean;
  /** The current (latest) attempt, or null before the first start. */
  sessionId: string | null;
}

export interface Redeemed {
  token: string;
  assessment: CandidateAssessment;
  invitation: CandidateInvitation;
}

type Raw = Record<string, unknown>;

function answersOf(raw: unknown): Record<string, Selection> {
  if (!raw) return {};
  if (Array.isArray(raw)) {
    const map: Record<string, Selection> = {};
    for (const item of raw as Raw[]) {
      const id = (item.questionId ?? item.question_id) as string | undefined;
      const selected = (item.selectedAnswer ?? item.selected) as Selection | undefined;
      if (id && selected !== undefined && selected !== null) map[id] = selected;
    }
    return map;
  }
  return raw as Record<string, Selection>;
}

function resultOf(raw: Raw): CandidateResult | null {
  const result = (raw.result ?? null) as Raw | null;
  if (!result) return null;
  return {
    percentage: (result.percentage ?? null) as number | null,
    passed: (result.passed ?? null) as boolean | null,
    scoreStatus: (result.scoreStatus ?? null) as string | null,
    correctCount: (result.correctAnswers ?? result.correctCount ?? null) as number | null,
    totalQuestions: (result.totalQuestions ?? null) as number | null,
    message: (result.message ?? null) as string | null,
  };
}

export function normalizeSession(body: Raw, receivedAt = Date.now()): CandidateSession {
  const raw = (body.session ?? body) as Raw;
  const deadlineAt = (raw.deadlineAt ?? null) as string | null;
  const remainingSeconds = raw.remainingSeconds as number | null | undefined;
  // The server says how long is left; align the local clock with it so a wrong
  // system clock cannot give the candidate more or less time than the server.
  const clockSkewMs =
    deadlineAt && typeof remainingSeconds === 'number' ? Date.parse(deadlineAt) - receivedAt - remainingSeconds * 1000 : 0;
  return {
    id: raw.id as string,
    status: raw.status as string,
    startedAt: raw.startedAt as string,
    deadlineAt,
    completedAt: (raw.completedAt ?? null) as string | null,
    questions: ((raw.questions ?? []) as CandidateQuestion[]).map((q) => ({ ...q, options: q.options ?? [] })),
    answers: answersOf(raw.answers),
    timeSpentMs: Object.fromEntries(
      (Array.isArray(raw.answers) ? (raw.answers as Raw[]) : [])
        .filter((a) => typeof a.timeSpentMs === 'number')
        .map((a) => [a.questionId as string, a.timeSpentMs as number]),
    ),
    attemptNumber: raw.attemptNumber as number | undefined,
    result: resultOf(raw),
    clockSkewMs,
  };
}

export function isOpen(session: CandidateSession): boolean {
  return session.status === 'in_progress' || session.status === 'started';
}

export const candidateApi = {
  async redeem(key: string): Promise<Redeemed> {
    return candidateRequest<Redeemed>(null, '/v1/candidate/sessions', { method: 'POST', body: { key } });
  },
  async overview(token: string): Promise<{ assessment: CandidateAssessment; invitation: CandidateInvitation }> {
    const body = await candidateRequest<{ assessment: CandidateAssessment; invitation: CandidateInvitation }>(token, '/v1/candidate/assessment');
    return { assessment: { ...body.assessment, candidateName: body.invitation?.candidateName ?? null }, invitation: body.invitation };
  },
  /** The current session, or null when the candidate has not started yet. */
  async session(token: string): Promise<CandidateSession | null> {
    try {
      const body = await candidateRequest<Raw>(token, '/v1/candidate/session');
      if (!body || (body.session === null && !('id' in body))) return null;
      return normalizeSession(body);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  },
  async start(token: string): Promise<CandidateSession> {
    return normalizeSession(await candidateRequest<Raw>(token, '/v1/candidate/start', { method: 'POST', body: {} }));
  },
  async saveAnswer(token: string, questionId: string, selectedAnswer: Selection, timeSpentMs?: number): Promise<void> {
    await candidateRequest(token, `/v1/candidate/answers/${encodeURIComponent(questionId)}`, {
      method: 'PUT',
      body: { selectedAnswer, ...(timeSpentMs !== undefined ? { timeSpentMs: Math.round(timeSpentMs) } : {}) },
    });
  },
  async submit(token: string): Promise<CandidateSession | null> {
    const body = await candidateRequest<Raw>(token, '/v1/candidate/submit', { method: 'POST', body: {} });
    return body && (body.session || body.id) ? normalizeSession(body) : null;
  },
  /** Sends one batch of events and classifies the outcome for the queue. */
  async sendEvents(token: string, events: QueuedEvent[], keepalive: boolean): Promise<SendOutcome> {
    try {
      const body = { events: events.map((e) => ({ id: e.clientEventId, type: e.type, occurredAt: e.occurredAt, payload: e.payload })) };
      await candidateRequest(token, '/v1/candidate/events', { method: 'POST', body, keepalive });
      return 'sent';
    } catch (error) {
      if (!(error instanceof ApiError) || error.isNetwork || error.status >= 500 || error.status === 429) return 'retry';
      if (error.status === 401 || error.status === 409 || error.status === 410) return 'closed';
      return 'drop';
    }
  },
};
