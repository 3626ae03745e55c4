import { staffApi } from '../lib/api';
import type { Assessment, AssessmentView } from '../lib/types';

/** An assessment with its questions, answer keys and case rubrics, as the signed-in reviewer reads it. */
export async function loadAssessment(id: string): Promise<Assessment> {
  const { assessment } = await staffApi.GET('/v1/assessments/{id}', { params: { path: { id } } });
  return reviewerView(assessment);
}

/** The route answers the candidate view (no answer keys, no rubrics) only to a candidate token. */
function reviewerView(assessment: AssessmentView): Assessment {
  if ('lockOnPass' in assessment) return assessment;
  throw new Error('The server answered the candidate view of this assessment.');
}
