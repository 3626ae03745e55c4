import type { CandidateCase, CandidatePart } from '../lib/types';

/**
 * The parts of an attempt as the test page explains them (decision 0006): the
 * question section, handed in here, and each hands-on task, handed in from the
 * candidate's terminal with the CLI. Each part is final once handed in.
 */

export function questionSection(parts: readonly CandidatePart[]): CandidatePart | undefined {
  return parts.find((part) => part.kind === 'questions');
}

export function isHandedIn(part: CandidatePart | undefined): boolean {
  return part?.state === 'handed_in';
}

export function notHandedIn(parts: readonly CandidatePart[]): CandidatePart[] {
  return parts.filter((part) => part.state !== 'handed_in');
}

/** The task's number as the CLI knows it (`assay submit --case N`). */
export function taskNumber(part: CandidatePart, cases: readonly CandidateCase[]): number | undefined {
  return cases.find((item) => item.id === part.id)?.order;
}

/** The command that hands in a task from the candidate's terminal. */
export function handInCommand(part: CandidatePart, cases: readonly CandidateCase[]): string {
  const number = taskNumber(part, cases);
  return number === undefined ? 'assay submit' : `assay submit --case ${number}`;
}

/** "Questions", "Task 2: Add caching". */
export function partLabel(part: CandidatePart, cases: readonly CandidateCase[]): string {
  if (part.kind === 'questions') return 'Questions';
  const number = taskNumber(part, cases);
  return number === undefined ? part.title : `Task ${number}: ${part.title}`;
}

/** Whether the CLI saved work for a task (finishing hands that in; a task with nothing saved scores 0). */
export function hasSavedWork(part: CandidatePart, cases: readonly CandidateCase[]): boolean {
  return part.kind === 'questions' || cases.some((item) => item.id === part.id && item.submitted);
}
