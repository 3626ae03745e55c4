import type { CandidateQuestion, Selection } from '../lib/types';
import type { KeystrokeMeter } from './proctoring';
import { answerLengthProblem } from './answer-saver';

export function isAnswered(value: Selection | undefined): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** One question and the candidate's answer; read-only once the question section was handed in. */
export function QuestionBody(props: {
  question: CandidateQuestion;
  index: number;
  value: Selection | undefined;
  onChange: (value: Selection, debounceMs?: number) => void;
  meter: KeystrokeMeter | null;
  readOnly: boolean;
  /** Characters a free-text answer may have (the server's limit): counted as the candidate types. */
  maxLength?: number;
}) {
  const { question, value, readOnly, maxLength } = props;
  const headingId = `question-${question.id}-text`;
  const text = typeof value === 'string' ? value : '';
  const answerId = `answer-${question.id}`;
  const tooLong = maxLength === undefined ? null : answerLengthProblem(text, maxLength);
  return (
    <section aria-labelledby={headingId} className="card" data-testid="question">
      <p className="small muted" style={{ marginBottom: 8 }}>
        Question {props.index + 1} · {question.category} · {question.points} {question.points === 1 ? 'point' : 'points'}
      </p>
      <h2 id={headingId} className="question-text">
        {question.text}
      </h2>
      {question.type === 'text' ? (
        <div className="field">
          <label htmlFor={answerId}>Your answer</label>
          <textarea
            id={answerId}
            rows={6}
            value={text}
            readOnly={readOnly}
            aria-invalid={tooLong ? true : undefined}
            aria-describedby={maxLength === undefined ? undefined : `${answerId}-count${tooLong ? ` ${answerId}-error` : ''}`}
            onChange={(e) => props.onChange(e.target.value)}
            onKeyDown={(e) => props.meter?.keydown(e.key)}
            onBlur={() => props.meter?.flush()}
          />
          {maxLength !== undefined && (
            <span className={tooLong ? 'hint over-limit' : 'hint'} id={`${answerId}-count`} data-testid="answer-count">
              {text.length.toLocaleString('en-US')} / {maxLength.toLocaleString('en-US')} characters
            </span>
          )}
          {tooLong && (
            <span className="error" id={`${answerId}-error`} role="alert">
              {tooLong}. Shorten it to save it; until then your last saved answer is kept.
            </span>
          )}
        </div>
      ) : (
        <fieldset className="choice-list" disabled={readOnly}>
          <legend className="visually-hidden">{question.type === 'single' ? 'Choose one answer' : 'Choose every correct answer'}</legend>
          <p className="small muted" style={{ margin: '0 0 4px' }} aria-hidden="true">
            {question.type === 'single' ? 'Choose one answer.' : 'Choose every correct answer.'}
          </p>
          {question.options.map((option, optionIndex) => {
            const checked =
              question.type === 'single' ? value === optionIndex : Array.isArray(value) && value.includes(optionIndex);
            return (
              <label key={optionIndex} className="choice">
                <input
                  type={question.type === 'single' ? 'radio' : 'checkbox'}
                  name={`q-${question.id}`}
                  checked={checked}
                  onChange={() => {
                    if (question.type === 'single') props.onChange(optionIndex, 0);
                    else {
                      const current = Array.isArray(value) ? value : [];
                      const next = current.includes(optionIndex) ? current.filter((i) => i !== optionIndex) : [...current, optionIndex];
                      props.onChange(next.sort((a, b) => a - b), 0);
                    }
                  }}
                />
                <span>{option}</span>
              </label>
            );
          })}
        </fieldset>
      )}
    </section>
  );
}
