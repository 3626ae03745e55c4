import { fieldError } from '../questions/questions-fns.js';
import type { CriterionInput, CriterionObject } from './rubrics-schemas.js';

/** Trims names, fills absent descriptions with null, and refuses duplicate names (400 naming the field). */
export function normalizeCriteria(criteria: readonly CriterionInput[], field: string): CriterionObject[] {
  const seen = new Set<string>();
  return criteria.map((criterion, index) => {
    const name = criterion.name.trim();
    const key = name.toLowerCase();
    if (seen.has(key)) throw fieldError(`${field}.${index}.name`, `Criterion names must be distinct: "${name}" is used twice`);
    seen.add(key);
    return { name, maxPoints: criterion.maxPoints, description: criterion.description?.trim() || null };
  });
}

export function totalPoints(criteria: readonly CriterionObject[]): number {
  return criteria.reduce((sum, criterion) => sum + criterion.maxPoints, 0);
}
