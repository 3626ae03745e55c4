import type { CandidateQuestion, Selection } from '../lib/types';
import type { KeystrokeMeter } from './proctoring';

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
}) {
  const { question, value, readOnly } = props;
  const headingId = `question-${question.id}-text`;
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
          <label htmlFor={`answer-${question.id}`}>Your answer</label>
          <textarea
            id={`answer-${question.id}`}
            rows={6}
            value={typeof value === 'string' ? value : ''}
            readOnly={readOnly}
            onChange={(e) => props.onChange(e.target.value)}
            onKeyDown={(e) => props.meter?.keydown(e.key)}
            onBlur={() => props.meter?.flush()}
          />
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
