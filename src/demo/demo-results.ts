import type { Db } from '../db/database.js';
import type { Clock } from '../shared/clock.js';
import { takeUrlBase } from '../shared/take-url.js';
import { createCandidateFlowService } from '../features/candidate-flow/candidate-flow-service.js';
import type { CandidatePrincipal } from '../features/sessions/sessions-attempts.js';
import { createCandidateAttemptService, type EventInput } from '../features/sessions/sessions-candidate.js';
import { auditContextOutsideRequest } from '../features/audit/audit-context.js';
import type { AuditContext } from '../features/audit/audit-service.js';
import { createInvitationsService } from '../features/invitations/invitations-service.js';
import { createSessionsService } from '../features/sessions/sessions-service.js';
import type { CreateAssessmentBody } from '../features/assessments/assessments-schemas.js';
import type { Config } from '../config.js';
import type { DemoPastCandidate } from './demo-content.js';

type DemoQuestion = NonNullable<CreateAssessmentBody['questions']>[number];
type DemoCase = NonNullable<CreateAssessmentBody['cases']>[number];

const MINUTE = 60_000;
const DAY = 86_400_000;

/** A clock the demo moves by hand, so that scripted attempts happen on past days. */
function scriptedClock(start: number): Clock & { set(at: number): void } {
  let current = start;
  return {
    now: () => new Date(current),
    set(at: number) {
      current = at;
    },
  };
}

/** What a candidate who answers `question` right (or wrong) selects, as indexes into the options in the order shown. */
export function scriptedSelection(question: DemoQuestion, shownOptions: readonly string[], right: boolean): number | number[] | string {
  if (question.type === 'text') return right ? String(question.answer) : 'repeatable read';
  const correct = (Array.isArray(question.answer) ? question.answer : [question.answer]) as number[];
  const shown = (original: number) => shownOptions.indexOf(question.options![original]!);
  if (question.type === 'multiple') {
    // Wrong: only the first of the right options, which is not the full set.
    return (right ? correct : correct.slice(0, 1)).map(shown).sort((a, b) => a - b);
  }
  if (right) return shown(correct[0]!);
  const wrong = question.options!.findIndex((_option, index) => !correct.includes(index));
  return shown(wrong);
}

function caseDiff(title: string, author: string): string {
  const file = title.toLowerCase().includes('rate') ? 'src/plugins/rate-limit.ts' : 'src/routes/tasks/index.ts';
  return [
    `diff --git a/${file} b/${file}`,
    `--- a/${file}`,
    `+++ b/${file}`,
    '@@ -1,3 +1,6 @@',
    `+// ${title} (${author})`,
    ' import fp from "fastify-plugin";',
    '+',
    '+export const LIMIT = 10;',
    '',
  ].join('\n');
}

/** The demo's changes are in the organization's audit trail too, made by "Demo data". */
export function demoAuditContext(orgId: string): AuditContext {
  return auditContextOutsideRequest(orgId, { type: 'system', id: null, name: 'Demo data' });
}

export interface DemoResultsDeps {
  /** The seed's transaction, joined (see joinTransaction). */
  db: Db;
  clock: Clock;
  config: Pick<Config, 'publicUrl' | 'port'>;
}

/**
 * Plays each past candidate through the same services the API uses — a key,
 * its redemption, start, answers, proctoring and terminal events, the task
 * deliverables, submit — on a clock set to their day, then grades and decides
 * as a reviewer would. Scores, metrics and cohort aggregates come out of the
 * real scoring, not out of the script.
 */
export async function seedDemoResults(
  deps: DemoResultsDeps,
  input: { orgId: string; assessmentId: string; questions: readonly DemoQuestion[]; cases: readonly DemoCase[]; candidates: readonly DemoPastCandidate[] },
): Promise<void> {
  const seededAt = deps.clock.now().getTime();
  const clock = scriptedClock(seededAt);
  const invitations = createInvitationsService({ db: deps.db, clock, config: deps.config });
  const flow = createCandidateFlowService({ db: deps.db, clock, publicUrl: deps.config.publicUrl });
  const attempt = createCandidateAttemptService({ db: deps.db, clock, publicUrl: deps.config.publicUrl });
  const sessions = createSessionsService({ db: deps.db, clock, publicUrl: deps.config.publicUrl });
  const byText = new Map(input.questions.map((question, position) => [question.text, { question, position }]));
  // The demo's grades and decisions appear in the audit trail as the seed's, not as a person's.
  const reviewer = demoAuditContext(input.orgId);

  // Attempts start during working hours (UTC) of days before the seed.
  const today = Math.floor(seededAt / DAY) * DAY;
  for (const [number, candidate] of input.candidates.entries()) {
    const startedAt = today - candidate.daysAgo * DAY + (9 + number) * 60 * MINUTE;
    const endedAt = startedAt + candidate.minutes * MINUTE;
    clock.set(startedAt - 30 * MINUTE);
    const [key] = await invitations.generate(demoAuditContext(input.orgId), input.assessmentId, { count: 1 });
    clock.set(startedAt - MINUTE);
    const redeemed = await flow.redeem({ key: key!.key, name: candidate.name, email: candidate.email }, { server: takeUrlBase(deps.config) });
    const principal: CandidatePrincipal = {
      kind: 'candidate',
      orgId: input.orgId,
      invitationId: redeemed.invitation.id,
      assessmentId: input.assessmentId,
      tokenHash: '',
    };
    clock.set(startedAt);
    const { session } = await attempt.start(principal);

    // The questions take the first 40 % of the attempt, the hands-on tasks the rest.
    const questionPhase = candidate.minutes * 0.4 * MINUTE;
    const perQuestion = Math.round(questionPhase / session.questions.length);
    const events: EventInput[] = [];
    const event = (type: EventInput['type'], at: number, payload: Record<string, unknown> = {}) =>
      events.push({ id: `demo-${number}-${events.length}`, type, occurredAt: new Date(at).toISOString(), payload });
    for (const [index, shown] of session.questions.entries()) {
      const scripted = byText.get(shown.text);
      if (!scripted || candidate.skipped?.includes(scripted.position)) continue;
      clock.set(startedAt + (index + 1) * perQuestion);
      const right = candidate.correct.includes(scripted.position);
      await attempt.saveAnswer(principal, shown.id, scriptedSelection(scripted.question, shown.options ?? [], right), perQuestion - 5_000 + index * 700);
      if (scripted.question.type === 'text') event('keystrokes', startedAt + (index + 1) * perQuestion - 4_000, { count: 12, durationMs: 3_400 + number * 300, questionId: shown.id });
    }
    const spread = (count: number, from: number, to: number) => Array.from({ length: count }, (_, n) => from + ((n + 1) * (to - from)) / (count + 1));
    for (const at of spread(candidate.fullscreenExits, startedAt, startedAt + questionPhase)) event('fullscreen_exit', at);
    for (const at of spread(candidate.pastes, startedAt, startedAt + questionPhase)) event('paste', at);
    for (const at of spread(candidate.focusLost, startedAt, endedAt)) event('focus_lost', at);
    const taskStart = startedAt + questionPhase;
    for (const at of spread(candidate.prompts, taskStart, endedAt)) event('prompt', at, { text: 'Explain how the handler loads tasks' });
    for (const [n, at] of spread(candidate.edits.length, taskStart, endedAt).entries()) event('edit', at, { source: candidate.edits[n]!, file: 'src/routes/tasks/index.ts' });
    for (const [n, at] of spread(candidate.commands.length, taskStart, endedAt).entries()) {
      const command = candidate.commands[n]!;
      event('command', at, { command: command.command, exitCode: command.exitCode, isVerify: command.isVerify, durationMs: 8_000 });
    }
    if (candidate.tests) event('test_run', endedAt - 2 * MINUTE, candidate.tests);

    clock.set(endedAt - MINUTE);
    await attempt.recordEvents(principal, events);
    const taskSeconds = Math.round((endedAt - taskStart) / 1000 / session.cases.length);
    for (const item of session.cases) {
      await attempt.submitCase(principal, item.id, { deliverable: caseDiff(item.title, candidate.name), timeSpentSeconds: taskSeconds });
    }
    clock.set(endedAt);
    await attempt.submit(principal);

    if (candidate.grades) {
      clock.set(endedAt + DAY / 4);
      const grades = session.cases.map((item, index) => {
        const rubric = input.cases.find((demoCase) => demoCase.title === item.title)!.rubric!;
        return {
          caseId: item.id,
          criteria: rubric.criteria.map((criterion, n) => ({ name: criterion.name, points: candidate.grades![index]![n]! })),
          feedback: index === 0 ? 'Reviewed in the weekly hiring sync.' : null,
        };
      });
      await sessions.grade(reviewer, session.id, grades);
    }
    if (candidate.decision) {
      clock.set(endedAt + DAY / 2);
      // The demo's candidates are fictional: no decision email goes out.
      await sessions.decide(reviewer, session.id, candidate.decision, { sendEmail: false });
    }
  }
}
