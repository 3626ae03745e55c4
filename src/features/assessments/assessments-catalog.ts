import type { Executor } from '../../db/database.js';
import { countAssessmentCases } from './assessment-cases-store.js';
import { findAssessment } from './assessments-store.js';

/**
 * What other features may ask the assessments feature: whether an assessment
 * is live (not deleted) in an organization, and how many current tasks each
 * of some assessments has. Reads only; each takes the caller's executor.
 */

/** Whether a live assessment of the org has this id. */
export async function liveAssessmentExists(db: Executor, orgId: string, assessmentId: string): Promise<boolean> {
  return (await findAssessment(db, orgId, assessmentId)) !== undefined;
}

/** The title of a current assessment of the organization; null when it is unknown, foreign or deleted. */
export async function liveAssessmentTitle(db: Executor, orgId: string, assessmentId: string): Promise<string | null> {
  return (await findAssessment(db, orgId, assessmentId))?.title ?? null;
}

/** How many current (not replaced) cases each assessment has: the tasks a complete attempt hands in. */
export function countCurrentCases(db: Executor, orgId: string, assessmentIds: readonly string[]): Promise<Map<string, number>> {
  return countAssessmentCases(db, orgId, assessmentIds);
}
