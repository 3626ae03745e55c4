import { Fragment, useId } from 'react';
import type { Difficulty, Question, QuestionInput, QuestionType } from '../lib/types';
import { SelectField, TextAreaField, TextField } from '../components/ui';
import { GroupError } from '../components/form-errors';
import { formErrorsOf, type FormErrors } from '../lib/form-errors';

/** A question as edited in the form; converted to the API's QuestionInput on save. */
export interface QuestionDraft {
  key: string;
  text: string;
  type: QuestionType;
  options: string[];
  /** Indexes of the correct options (single: one, multiple: one or more). */
  correct: number[];
  /** Accepted answers of a text question, one per line. */
  textAnswers: string;
  category: string;
  difficulty: Difficulty;
  points: string;
  pinned: number[];
}

let draftCounter = 0;
export function newDraftKey(): string {
  draftCounter += 1;
  return `q${Date.now().toString(36)}${draftCounter}`;
}

export function emptyQuestion(previous?: QuestionDraft): QuestionDraft {
  return {
    key: newDraftKey(),
    text: '',
    type: 'single',
    options: ['', ''],
    correct: [0],
    textAnswers: '',
    category: previous?.category ?? '',
    difficulty: previous?.difficulty ?? 'medium',
    points: '1',
    pinned: [],
  };
}

export function questionToDraft(question: Question): QuestionDraft {
  const answer = question.answer;
  const correct = typeof answer === 'number' ? [answer] : Array.isArray(answer) && typeof answer[0] === 'number' ? (answer as number[]) : [];
  const textAnswers = typeof answer === 'string' ? answer : Array.isArray(answer) && typeof answer[0] === 'string' ? (answer as string[]).join('\n') : '';
  return {
    key: question.id,
    text: question.text,
    type: question.type,
    options: question.type === 'text' ? [] : [...question.options],
    correct,
    textAnswers,
    category: question.category,
    difficulty: question.difficulty,
    points: String(question.points),
    pinned: [...question.pinnedOptions],
  };
}

export function draftToInput(draft: QuestionDraft): QuestionInput {
  const points = Number(draft.points);
  const base = { text: draft.text.trim(), type: draft.type, category: draft.category.trim(), difficulty: draft.difficulty, points };
  if (draft.type === 'text') {
    const accepted = draft.textAnswers
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    return { ...base, answer: accepted.length === 1 ? accepted[0]! : accepted };
  }
  const options = draft.options.map((option) => option.trim());
  const answer = draft.type === 'single' ? (draft.correct[0] ?? 0) : [...draft.correct].sort((a, b) => a - b);
  return { ...base, options, answer, ...(draft.pinned.length ? { pinnedOptions: draft.pinned } : {}) };
}

const TYPE_OPTIONS = [
  { value: 'single', label: 'Single choice' },
  { value: 'multiple', label: 'Multiple choice' },
  { value: 'text', label: 'Free text' },
];
const DIFFICULTY_OPTIONS = [
  { value: 'easy', label: 'Easy' },
  { value: 'medium', label: 'Medium' },
  { value: 'hard', label: 'Hard' },
];

export function QuestionEditor(props: {
  draft: QuestionDraft;
  index: number;
  count: number;
  categories: string[];
  /** The API's problems of this question (fields under `questions.N`), shown beside its inputs. */
  errors?: FormErrors;
  onChange: (draft: QuestionDraft) => void;
  /** Without onRemove and onMove (one question edited on its own, as in the question bank), no remove or move buttons. */
  onRemove?: () => void;
  onMove?: (delta: -1 | 1) => void;
  /** The heading; "Question <n>" by default. */
  title?: string;
}) {
  const { draft, index } = props;
  const number = index + 1;
  const listId = useId();
  const errors = props.errors ?? formErrorsOf(listId, []);
  const update = (patch: Partial<QuestionDraft>) => props.onChange({ ...draft, ...patch });
  const optionsId = errors.idOf('options');
  const optionsProblem = errors.message('options', { exact: true }) ?? errors.message('answer') ?? errors.message('pinnedOptions');

  function setType(type: QuestionType) {
    if (type === 'text') update({ type, correct: [] });
    else
      update({
        type,
        options: draft.options.length >= 2 ? draft.options : ['', ''],
        correct: type === 'single' ? draft.correct.slice(0, 1).concat(draft.correct.length ? [] : [0]) : draft.correct,
      });
  }

  function toggleCorrect(optionIndex: number) {
    if (draft.type === 'single') update({ correct: [optionIndex] });
    else
      update({
        correct: draft.correct.includes(optionIndex)
          ? draft.correct.filter((i) => i !== optionIndex)
          : [...draft.correct, optionIndex],
      });
  }

  function removeOption(optionIndex: number) {
    const shift = (i: number) => (i > optionIndex ? i - 1 : i);
    update({
      options: draft.options.filter((_, i) => i !== optionIndex),
      correct: draft.correct.filter((i) => i !== optionIndex).map(shift),
      pinned: draft.pinned.filter((i) => i !== optionIndex).map(shift),
    });
  }

  return (
    <fieldset className="question-card" aria-label={props.title ?? `Question ${number}`} data-testid="question-editor" id={errors.idOf('')} tabIndex={-1}>
      <div className="q-head">
        <strong>{props.title ?? `Question ${number}`}</strong>
        {props.onMove && props.onRemove && (
          <div className="row" style={{ gap: 6 }}>
            <button type="button" className="small" onClick={() => props.onMove?.(-1)} disabled={index === 0} aria-label={`Move question ${number} up`}>
              ↑
            </button>
            <button
              type="button"
              className="small"
              onClick={() => props.onMove?.(1)}
              disabled={index === props.count - 1}
              aria-label={`Move question ${number} down`}
            >
              ↓
            </button>
            <button type="button" className="small ghost" onClick={props.onRemove} aria-label={`Remove question ${number}`}>
              Remove
            </button>
          </div>
        )}
      </div>
      <div className="stack">
        <TextAreaField label="Question text" value={draft.text} rows={3} onChange={(e) => update({ text: e.target.value })} {...errors.field('text')} />
        <div className="grid-4">
          <SelectField label="Type" value={draft.type} options={TYPE_OPTIONS} onChange={(e) => setType(e.target.value as QuestionType)} {...errors.field('type')} />
          <TextField label="Category" value={draft.category} list={listId} onChange={(e) => update({ category: e.target.value })} {...errors.field('category')} />
          <SelectField
            label="Difficulty"
            value={draft.difficulty}
            options={DIFFICULTY_OPTIONS}
            onChange={(e) => update({ difficulty: e.target.value as Difficulty })}
            {...errors.field('difficulty')}
          />
          <TextField label="Points" type="number" min={0.5} step={0.5} value={draft.points} onChange={(e) => update({ points: e.target.value })} {...errors.field('points')} />
        </div>
        <datalist id={listId}>
          {props.categories.map((category) => (
            <option key={category} value={category} />
          ))}
        </datalist>

        {draft.type === 'text' ? (
          <TextAreaField
            label="Accepted answers"
            hint="One per line. Answers are compared ignoring case, accents and extra spaces."
            rows={2}
            value={draft.textAnswers}
            onChange={(e) => update({ textAnswers: e.target.value })}
            {...errors.field('answer')}
          />
        ) : (
          <div
            className="stack"
            style={{ gap: 8 }}
            role="group"
            aria-label={`Options of question ${number}`}
            id={optionsId}
            tabIndex={-1}
            aria-describedby={optionsProblem ? `${optionsId}-error` : undefined}
          >
            <span className="label" style={{ fontWeight: 600, fontSize: '0.9rem' }}>
              Options <span className="muted small">({draft.type === 'single' ? 'select the correct one' : 'tick every correct one'})</span>
            </span>
            {draft.options.map((option, optionIndex) => {
              const letter = String.fromCharCode(65 + optionIndex);
              const optionField = errors.field(`options.${optionIndex}`);
              return (
                <Fragment key={optionIndex}>
                <div className="option-row">
                  <input
                    type={draft.type === 'single' ? 'radio' : 'checkbox'}
                    name={`correct-${draft.key}`}
                    checked={draft.correct.includes(optionIndex)}
                    onChange={() => toggleCorrect(optionIndex)}
                    aria-label={`Option ${letter} is correct`}
                  />
                  <input
                    type="text"
                    value={option}
                    id={optionField.id}
                    aria-invalid={optionField.error ? true : undefined}
                    aria-describedby={optionField.error ? `${optionField.id}-error` : undefined}
                    aria-label={`Option ${letter} of question ${number}`}
                    placeholder={`Option ${letter}`}
                    onChange={(e) => update({ options: draft.options.map((o, i) => (i === optionIndex ? e.target.value : o)) })}
                  />
                  <div className="row" style={{ gap: 4, flexWrap: 'nowrap' }}>
                    <label className="checkbox small" title="Keeps its position when options are shuffled">
                      <input
                        type="checkbox"
                        checked={draft.pinned.includes(optionIndex)}
                        onChange={() =>
                          update({
                            pinned: draft.pinned.includes(optionIndex)
                              ? draft.pinned.filter((i) => i !== optionIndex)
                              : [...draft.pinned, optionIndex],
                          })
                        }
                      />
                      Pin
                    </label>
                    <button
                      type="button"
                      className="small ghost"
                      onClick={() => removeOption(optionIndex)}
                      disabled={draft.options.length <= 2}
                      aria-label={`Remove option ${letter}`}
                    >
                      ✕
                    </button>
                  </div>
                </div>
                <GroupError id={optionField.id} message={optionField.error} />
                </Fragment>
              );
            })}
            <GroupError id={optionsId} message={optionsProblem} />
            <div>
              <button
                type="button"
                className="small"
                onClick={() => update({ options: [...draft.options, ''] })}
                disabled={draft.options.length >= 26}
              >
                Add option
              </button>
            </div>
          </div>
        )}
      </div>
    </fieldset>
  );
}
