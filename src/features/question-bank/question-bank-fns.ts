import { checkQuestion, fieldError, type NormalizedQuestion, type StoredQuestion } from '../questions/questions-fns.js';
import type { QuestionInput } from '../questions/questions-schemas.js';

/**
 * Rules of the question bank that need no database: what an edit makes of a
 * question, whether it changes anything, and where a bank question stands.
 */

/** A bank question's place: in the bank, retired (restorable), or replaced by an edit (kept for the attempts that drew it). */
export type BankState = 'active' | 'retired' | 'replaced';

export function bankStateOf(question: { retiredAt: string | null; replacedBy: string | null }): BankState {
  if (question.replacedBy !== null) return 'replaced';
  return question.retiredAt === null ? 'active' : 'retired';
}

/** The fields of a question an edit may change (PATCH: absent = unchanged). */
export type QuestionEdit = Partial<QuestionInput>;

/**
 * The question as the edit leaves it, validated as a whole (a new type needs
 * options and an answer that fit it). Throws a 400 naming the body field.
 */
export function applyEdit(current: NormalizedQuestion, edit: QuestionEdit): NormalizedQuestion {
  const merged: QuestionInput = {
    text: edit.text ?? current.text,
    type: edit.type ?? current.type,
    options: edit.options ?? current.options,
    answer: edit.answer === undefined ? current.answer : edit.answer,
    category: edit.category ?? current.category,
    difficulty: edit.difficulty ?? current.difficulty,
    points: edit.points ?? current.points,
    pinnedOptions: edit.pinnedOptions ?? current.pinnedOptions,
  };
  const checked = checkQuestion(merged, 'body');
  if ('problem' in checked) throw fieldError(checked.problem.field.replace(/^body\./, ''), checked.problem.message);
  return checked.question;
}

const CONTENT_FIELDS = ['text', 'type', 'options', 'answer', 'category', 'difficulty', 'points', 'pinnedOptions'] as const;

/** The question's content fields only (no id, no placement): what an edit compares and the audit trail shows. */
export function contentOf(question: NormalizedQuestion | StoredQuestion): Record<(typeof CONTENT_FIELDS)[number], unknown> {
  return Object.fromEntries(CONTENT_FIELDS.map((field) => [field, question[field]])) as Record<(typeof CONTENT_FIELDS)[number], unknown>;
}

/** True when the edit leaves the question exactly as it was (then no new version is stored). */
export function isUnchanged(before: NormalizedQuestion, after: NormalizedQuestion): boolean {
  return JSON.stringify(contentOf(before)) === JSON.stringify(contentOf(after));
}

/** How the audit trail and the home page name a question: its text, shortened. */
export function questionTitle(text: string, max = 120): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}
