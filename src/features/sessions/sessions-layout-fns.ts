import { createHash } from 'node:crypto';

/**
 * Pure rules of the candidate flow: the seeded layout of a session (which
 * questions, in which order, with which option order), the deadline, attempts
 * and the rules shown to the candidate.
 */

/**
 * A deterministic stream of numbers in [0, 1) for a seed and a purpose label:
 * SHA-256 of `seed:label:block` read as 32-bit words. The same seed always
 * gives the same stream, so a session's layout can be recomputed and checked.
 */
export function seededRandom(seed: string, label: string): () => number {
  let block = 0;
  let words: number[] = [];
  return () => {
    if (words.length === 0) {
      const digest = createHash('sha256').update(`${seed}:${label}:${block}`).digest();
      block += 1;
      words = Array.from({ length: 8 }, (_, index) => digest.readUInt32BE(index * 4));
    }
    return words.shift()! / 2 ** 32;
  };
}

/** Fisher–Yates with the given random stream; returns a new array. */
export function seededShuffle<T>(items: readonly T[], random: () => number): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

/**
 * The display order of a question's options: `order[displayIndex] = storedIndex`.
 * Pinned options ("None of the above") keep their place; the others are
 * shuffled among the remaining places.
 */
export function optionOrder(optionCount: number, pinned: readonly number[], seed: string, questionId: string): number[] {
  const pinnedSet = new Set(pinned.filter((index) => index >= 0 && index < optionCount));
  const free = Array.from({ length: optionCount }, (_, index) => index).filter((index) => !pinnedSet.has(index));
  const shuffled = seededShuffle(free, seededRandom(seed, `options:${questionId}`));
  let next = 0;
  return Array.from({ length: optionCount }, (_, index) => (pinnedSet.has(index) ? index : shuffled[next++]!));
}

export interface LayoutQuestion {
  id: string;
  type: 'single' | 'multiple' | 'text';
  options: string[];
  pinnedOptions: number[];
  category: string;
  difficulty: string;
}

/** One question of a session as laid out for the candidate (stored as JSON in sessions.question_order). */
export interface LayoutEntry {
  questionId: string;
  /** optionOrder[displayIndex] = stored option index; empty for text questions. */
  optionOrder: number[];
}

export interface BlueprintDraw {
  category: string;
  difficulty: string;
  count: number;
}

export class BlueprintShortfall extends Error {
  constructor(
    readonly category: string,
    readonly difficulty: string,
    readonly wanted: number,
    readonly available: number,
  ) {
    super(`The question bank has ${available} ${difficulty} question(s) in "${category}", the blueprint needs ${wanted}`);
  }
}

/**
 * Picks a session's questions: the fixed list, or `count` bank questions per
 * blueprint entry (a seeded draw, so candidates get different questions).
 * Throws BlueprintShortfall when the bank cannot fill an entry.
 */
export function drawQuestions<Q extends LayoutQuestion>(
  fixed: readonly Q[],
  blueprint: readonly BlueprintDraw[] | null,
  bank: readonly Q[],
  seed: string,
): Q[] {
  if (!blueprint) return [...fixed];
  const drawn: Q[] = [];
  for (const entry of blueprint) {
    const pool = bank
      .filter((question) => question.category === entry.category && question.difficulty === entry.difficulty)
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    if (pool.length < entry.count) throw new BlueprintShortfall(entry.category, entry.difficulty, entry.count, pool.length);
    drawn.push(...seededShuffle(pool, seededRandom(seed, `draw:${entry.category}:${entry.difficulty}`)).slice(0, entry.count));
  }
  return drawn;
}

/** The session's question order and each question's option order, from its seed. */
export function layoutSession(questions: readonly LayoutQuestion[], seed: string): LayoutEntry[] {
  const ordered = seededShuffle(
    [...questions].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    seededRandom(seed, 'questions'),
  );
  return ordered.map((question) => ({
    questionId: question.id,
    optionOrder: question.type === 'text' ? [] : optionOrder(question.options.length, question.pinnedOptions, seed, question.id),
  }));
}

/** The options in the order the candidate sees them. */
export function displayedOptions(options: readonly string[], entry: LayoutEntry): string[] {
  return entry.optionOrder.map((stored) => options[stored]!);
}

export type Selection = number | number[] | string;

/** A displayed-index selection → stored indexes (what is scored and kept). Text passes through. */
export function toStoredSelection(selection: Selection, entry: LayoutEntry): Selection {
  if (typeof selection === 'string') return selection;
  if (Array.isArray(selection)) return selection.map((index) => entry.optionOrder[index]!).sort((a, b) => a - b);
  return entry.optionOrder[selection]!;
}

/** A stored-index selection → the indexes the candidate sees. */
export function toDisplayedSelection(selection: Selection, entry: LayoutEntry): Selection {
  if (typeof selection === 'string') return selection;
  const displayOf = (stored: number) => entry.optionOrder.indexOf(stored);
  if (Array.isArray(selection)) return selection.map(displayOf).sort((a, b) => a - b);
  return displayOf(selection);
}

/** Characters of a free-text answer, at most. */
export const MAX_TEXT_ANSWER = 10_000;

/** Characters of a hands-on task's deliverable (the diff `assay submit` hands in), at most. */
export const MAX_DELIVERABLE_LENGTH = 2_000_000;

/**
 * Checks a candidate's answer against the question's type and displayed
 * options; returns the problem or null. Indexes refer to the displayed order.
 */
export function selectionProblem(type: LayoutQuestion['type'], optionCount: number, selection: unknown): string | null {
  if (type === 'text') {
    if (typeof selection !== 'string') return 'The answer to a text question must be text';
    if (selection.length > MAX_TEXT_ANSWER) {
      return `Answers can be at most ${MAX_TEXT_ANSWER.toLocaleString('en-US')} characters; this one has ${selection.length.toLocaleString('en-US')}`;
    }
    return null;
  }
  const inRange = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < optionCount;
  if (type === 'single') {
    return inRange(selection) ? null : `Choose one option: an index from 0 to ${optionCount - 1}`;
  }
  if (!Array.isArray(selection) || !selection.every(inRange)) {
    return `The answer must be a list of option indexes from 0 to ${optionCount - 1}`;
  }
  if (new Set(selection).size !== selection.length) return 'The answer must not choose an option twice';
  return null;
}

/** start + time limit × the invitation's accommodation multiplier; null without a time limit. */
export function deadlineFor(startedAt: Date, timeLimitMinutes: number | null, timeMultiplier: number): Date | null {
  if (timeLimitMinutes === null) return null;
  const multiplier = timeMultiplier > 0 ? timeMultiplier : 1;
  return new Date(startedAt.getTime() + Math.round(timeLimitMinutes * multiplier * 60_000));
}

/** Effective minutes a candidate gets (time limit × multiplier), whole minutes rounded up. */
export function effectiveMinutes(timeLimitMinutes: number | null, timeMultiplier: number): number | null {
  if (timeLimitMinutes === null) return null;
  return Math.ceil(timeLimitMinutes * (timeMultiplier > 0 ? timeMultiplier : 1));
}

export function attemptsLeft(maxAttempts: number, attemptsUsed: number, locked: boolean): number {
  return locked ? 0 : Math.max(0, maxAttempts - attemptsUsed);
}

export interface RulesInput {
  timeLimitMinutes: number | null;
  timeMultiplier: number;
  maxAttempts: number;
  lockOnPass: boolean;
  questionCount: number;
  caseCount: number;
}

/** The rules the candidate reads before starting. */
export function rulesFor(input: RulesInput): string[] {
  const rules: string[] = [];
  const minutes = effectiveMinutes(input.timeLimitMinutes, input.timeMultiplier);
  rules.push(
    minutes === null
      ? 'There is no time limit.'
      : `You have ${minutes} minute${minutes === 1 ? '' : 's'} from the moment you start; the timer keeps running if you close the page, and what you saved is handed in when time is up.`,
  );
  if (input.questionCount > 0) {
    rules.push(`Answer ${input.questionCount} question${input.questionCount === 1 ? '' : 's'}; answers are saved as you go and can be changed until you hand them in.`);
  }
  if (input.caseCount > 0) {
    rules.push(`Complete ${input.caseCount} hands-on task${input.caseCount === 1 ? '' : 's'}; a reviewer grades them.`);
  }
  rules.push('Stay in fullscreen and on this page: leaving fullscreen, switching windows, copying and pasting are recorded.');
  rules.push(
    input.maxAttempts === 1 ? 'You have one attempt.' : `You have up to ${input.maxAttempts} attempts.`,
  );
  if (input.lockOnPass) rules.push('Once you pass, the assessment is locked and cannot be retaken.');
  return rules;
}
