import { performance } from 'node:perf_hooks';
import { inTransaction, type Db } from '../src/db/database.js';
import type { InvitationsTable, SessionsTable } from '../src/db/schema.js';
import { newId, newUuid } from '../src/ids.js';
import { systemClock } from '../src/shared/clock.js';
import { rebuildAssessmentAggregates } from '../src/features/cohort/cohort-aggregates.js';

/**
 * Bulk cohorts for the benchmark, written straight into the database (the
 * server under test is not involved): an assessment and `size` finished or
 * started sessions with their invitations, then the cohort aggregates rebuilt
 * from them, as a bulk import would leave them.
 */

export interface SeededCohort {
  assessmentId: string;
  /** A completed session of the cohort, for the per-result reads. */
  sessionId: string;
  /** Seconds spent inserting the rows, and rebuilding the aggregates from them. */
  insertSeconds: number;
  aggregateSeconds: number;
}

/** xorshift32: the same cohort for the same seed, on every run and database. */
function prng(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

const STATUSES = ['completed', 'completed', 'completed', 'completed', 'completed', 'completed', 'expired', 'hired', 'rejected', 'started'];

/**
 * Rows per INSERT: PostgreSQL binds at most 65,535 parameters per statement
 * (sessions have 47 columns), SQLite 32,766. One transaction holds the whole
 * cohort: a commit per batch would spend the time in fsync (synchronous=FULL).
 */
const BATCH = { sqlite: 600, postgres: 1_300 } as const;

function rowsOf(orgId: string, assessmentId: string, seed: number, index: number, random: () => number, now: string) {
  const invitationId = newId('key');
  const sessionId = newId('res');
  const status = STATUSES[Math.floor(random() * STATUSES.length)]!;
  const started = new Date(Date.UTC(2025, 0, 1) + Math.floor(random() * 360 * 86_400_000));
  const durationMs = Math.round(600 + random() * 6000) * 1000;
  const finished = status === 'started' ? null : new Date(started.getTime() + durationMs).toISOString();
  const commands = Math.floor(random() * 40);
  const percentage = Math.round(random() * 100);
  const invitation: InvitationsTable = {
    id: invitationId,
    org_id: orgId,
    assessment_id: assessmentId,
    candidate_id: null,
    candidate_email: null,
    candidate_name: null,
    // Unique by construction (random suffixes of 100k keys would collide now and then).
    key: `PST-B${seed}-${index}`,
    invite_token: newUuid(),
    record_verification_id: `ver_${invitationId}`,
    status: status === 'started' ? 'started' : 'completed',
    time_multiplier: 1,
    attempt_count: 1,
    locked: 0,
    current_session_id: sessionId,
    expires_at: now,
    redeemed_at: started.toISOString(),
    completed_at: finished,
    reminder_sent_at: null,
    created_at: started.toISOString(),
    revoked_at: null,
  };
  const session = {
    id: sessionId,
    org_id: orgId,
    assessment_id: assessmentId,
    invitation_id: invitationId,
    candidate_id: null,
    attempt_number: 1,
    status,
    seed: 'bench',
    question_order: '[]',
    started_at: started.toISOString(),
    deadline_at: null,
    completed_at: finished,
    score: finished ? percentage : null,
    max_score: finished ? 100 : null,
    percentage: finished ? percentage : null,
    passed: finished ? (percentage >= 60 ? 1 : 0) : null,
    score_status: finished ? (percentage >= 70 ? 'PASS' : percentage >= 60 ? 'LOW_PASS' : 'FAIL') : 'PENDING',
    correct_count: null,
    total_questions: 0,
    breakdown: null,
    fullscreen_violations: 0,
    copy_paste_violations: 0,
    focus_lost_count: 0,
    red_flag: 0,
    duration_ms: finished ? durationMs : null,
    prompt_count: Math.floor(random() * 80),
    command_count: commands,
    command_fail_rate: commands ? Number((Math.floor(random() * commands) / commands).toFixed(4)) : null,
    verify_intensity: commands ? Number((Math.floor(random() * commands) / commands).toFixed(4)) : null,
    manual_edit_ratio: Number(random().toFixed(4)),
    first_change_latency_ms: Math.round(random() * 900_000),
    test_pass_rate: Number((random() * 100).toFixed(1)),
    typing_speed_wpm: null,
    decision: null,
    decided_at: null,
    decided_by: null,
    created_at: started.toISOString(),
    updated_at: now,
  } as SessionsTable;
  return { invitation, session };
}

/** Inserts an assessment and `size` sessions (with their invitations) in bulk, then builds its aggregates. */
export async function seedCohort(db: Db, dialect: 'sqlite' | 'postgres', orgId: string, size: number, seed: number): Promise<SeededCohort> {
  const random = prng(seed);
  const now = new Date().toISOString();
  const assessmentId = newId('asmt');
  let probe = '';
  const started = performance.now();
  let inserted = started;
  await inTransaction(db, async (trx) => {
    await trx
      .insertInto('assessments')
      .values({
        id: assessmentId,
        org_id: orgId,
        slug: `bench-${size}-${seed}`,
        title: `Bench cohort of ${size}`,
        role: 'Engineer',
        task_brief: 'Bench',
        repo_url: null,
        issue_id: null,
        time_limit_minutes: 90,
        expires_in_days: 7,
        rubric_id: null,
        passing_score: 60,
        low_pass_band: 10,
        max_attempts: 1,
        lock_on_pass: 0,
        show_result: 0,
        red_flag_threshold: 3,
        result_email: 'immediately',
        require_candidate_details: 1,
        skills: '[]',
        blueprint: null,
        created_at: now,
        updated_at: now,
        deleted_at: null,
      })
      .execute();
    for (let start = 0; start < size; start += BATCH[dialect]) {
      const invitations: InvitationsTable[] = [];
      const sessions: SessionsTable[] = [];
      for (let index = start; index < Math.min(size, start + BATCH[dialect]); index++) {
        const { invitation, session } = rowsOf(orgId, assessmentId, seed, index, random, now);
        invitations.push(invitation);
        sessions.push(session);
        if (!probe && session.status === 'completed') probe = session.id;
      }
      await trx.insertInto('invitations').values(invitations).execute();
      await trx.insertInto('sessions').values(sessions).execute();
    }
    inserted = performance.now();
    await rebuildAssessmentAggregates(trx, systemClock, assessmentId);
  });
  const done = performance.now();
  return { assessmentId, sessionId: probe, insertSeconds: (inserted - started) / 1000, aggregateSeconds: (done - inserted) / 1000 };
}
