import { ApiError, candidateApiFor } from '../lib/api';
import type {
  CandidateDetails,
  CandidateEventType,
  CandidateInvitation,
  CandidateOverview,
  CandidateSessionBody,
  Redeemed,
  Selection,
} from '../lib/types';
import type { QueuedEvent, SendOutcome } from './event-queue';

/** The candidate's view of the test (no answer keys ever reach it). */

/** The assessment as the test page shows it, with the candidate's name from the invitation and what the key still needs to know. */
export type CandidateAssessment = CandidateOverview['assessment'] & {
  candidateName: string | null;
  candidateEmail: string | null;
  detailsNeeded: CandidateInvitation['detailsNeeded'];
};


/** The current attempt as the test page keeps it: the API's session, with answers and times by question. */
export interface CandidateSession
  extends Pick<
    CandidateSessionBody,
    'id' | 'status' | 'startedAt' | 'deadlineAt' | 'completedAt' | 'questions' | 'cases' | 'parts' | 'attemptNumber' | 'result'
  > {
  answers: Record<string, Selection>;
  /** Time already spent per question, as saved with the answers. */
  timeSpentMs: Record<string, number>;
  /** Server time minus client time when the session was read, to keep the countdown honest. */
  clockSkewMs: number;
}

export function toCandidateSession(session: CandidateSessionBody, receivedAt = Date.now()): CandidateSession {
  const { deadlineAt, remainingSeconds } = session;
  // The server says how long is left; align the local clock with it so a wrong
  // system clock cannot give the candidate more or less time than the server.
  const clockSkewMs = deadlineAt && remainingSeconds !== null ? Date.parse(deadlineAt) - receivedAt - remainingSeconds * 1000 : 0;
  return {
    id: session.id,
    status: session.status,
    startedAt: session.startedAt,
    deadlineAt,
    completedAt: session.completedAt,
    questions: session.questions,
    cases: session.cases,
    parts: session.parts,
    attemptNumber: session.attemptNumber,
    result: session.result,
    answers: Object.fromEntries(session.answers.map((answer) => [answer.questionId, answer.selectedAnswer])),
    timeSpentMs: Object.fromEntries(session.answers.map((answer) => [answer.questionId, answer.timeSpentMs])),
    clockSkewMs,
  };
}

/** An attempt the candidate can still answer (the others are completed, expired or hired). */
export function isOpen(session: CandidateSession): boolean {
  return session.status === 'started';
}

/** The hiring team revoked the key: every call with its token answers 410 `invitation_revoked`. */
export function isWithdrawn(error: unknown): boolean {
  return error instanceof ApiError && error.status === 410 && error.code === 'invitation_revoked';
}

export const candidateApi = {
  redeem(key: string): Promise<Redeemed> {
    return candidateApiFor(null).POST('/v1/candidate/sessions', { body: { key } });
  },
  async overview(token: string): Promise<{ assessment: CandidateAssessment; invitation: CandidateInvitation }> {
    const { assessment, invitation } = await candidateApiFor(token).GET('/v1/candidate/assessment');
    return {
      assessment: {
        ...assessment,
        candidateName: invitation.candidateName,
        candidateEmail: invitation.candidateEmail,
        detailsNeeded: invitation.detailsNeeded,
      },
      invitation,
    };
  },
  /** The current session, or null when the candidate has not started yet. */
  async session(token: string): Promise<CandidateSession | null> {
    try {
      const { session } = await candidateApiFor(token).GET('/v1/candidate/session');
      return toCandidateSession(session);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  },
  /** Starts (or resumes) the attempt; `details` names the candidate when their key was issued without a name. */
  async start(token: string, details: CandidateDetails = {}): Promise<CandidateSession> {
    const { session } = await candidateApiFor(token).POST('/v1/candidate/start', { body: details });
    return toCandidateSession(session);
  },
  async saveAnswer(token: string, questionId: string, selectedAnswer: Selection, timeSpentMs?: number): Promise<void> {
    await candidateApiFor(token).PUT('/v1/candidate/answers/{questionId}', {
      params: { path: { questionId } },
      body: { selectedAnswer, ...(timeSpentMs !== undefined ? { timeSpentMs: Math.round(timeSpentMs) } : {}) },
    });
  },
  /** Hands in the question section (final); the attempt stays open while a task is not handed in. */
  async handInQuestions(token: string): Promise<CandidateSession> {
    const { session } = await candidateApiFor(token).POST('/v1/candidate/submit');
    return toCandidateSession(session);
  },
  /** Ends the attempt now: open parts are handed in as last saved (a task with nothing saved scores 0). */
  async finish(token: string): Promise<CandidateSession> {
    const { session } = await candidateApiFor(token).POST('/v1/candidate/finish');
    return toCandidateSession(session);
  },
  /** Sends one batch of events and classifies the outcome for the queue. */
  async sendEvents(token: string, events: Array<QueuedEvent<CandidateEventType>>, keepalive: boolean): Promise<SendOutcome> {
    try {
      const body = { events: events.map((e) => ({ id: e.clientEventId, type: e.type, occurredAt: e.occurredAt, payload: e.payload })) };
      await candidateApiFor(token).POST('/v1/candidate/events', { body, keepalive });
      return 'sent';
    } catch (error) {
      if (!(error instanceof ApiError) || error.isNetwork || error.status >= 500 || error.status === 429) return 'retry';
      if (error.status === 401 || error.status === 409 || error.status === 410) return 'closed';
      return 'drop';
    }
  },
};
