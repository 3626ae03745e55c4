import { ConfirmDialog } from '../components/ui';
import type { CandidateCase, CandidatePart } from '../lib/types';
import { handInCommand, hasSavedWork, partLabel } from './attempt-parts';

/** Confirms handing in the question section; says what stays open afterwards. */
export function HandInQuestionsDialog(props: {
  open: boolean;
  busy: boolean;
  unanswered: number;
  /** Tasks not handed in yet: they stay open after the questions are handed in. */
  openTasks: readonly CandidatePart[];
  cases: readonly CandidateCase[];
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { unanswered, openTasks, cases } = props;
  return (
    <ConfirmDialog
      open={props.open}
      title="Hand in the questions?"
      confirmLabel={props.busy ? 'Handing in…' : 'Hand in questions'}
      cancelLabel="Keep working"
      busy={props.busy}
      onConfirm={props.onConfirm}
      onCancel={props.onCancel}
    >
      <p>
        {unanswered === 0
          ? 'You have answered every question.'
          : `${unanswered} ${unanswered === 1 ? 'question is' : 'questions are'} not answered yet.`}{' '}
        You cannot change your answers after handing them in.
      </p>
      {openTasks.length === 0 ? (
        <p>This ends the test.</p>
      ) : (
        <>
          <p>The test stays open for your hands-on {openTasks.length === 1 ? 'task' : 'tasks'}:</p>
          <ul>
            {openTasks.map((part) => (
              <li key={part.id}>
                {partLabel(part, cases)}: hand it in with <code>{handInCommand(part, cases)}</code>
              </li>
            ))}
          </ul>
        </>
      )}
    </ConfirmDialog>
  );
}

/** Confirms ending the attempt now, listing every part not handed in and what happens to it. */
export function FinishDialog(props: {
  open: boolean;
  busy: boolean;
  notHandedIn: readonly CandidatePart[];
  cases: readonly CandidateCase[];
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { notHandedIn, cases } = props;
  return (
    <ConfirmDialog
      open={props.open}
      title="Finish the test?"
      confirmLabel={props.busy ? 'Finishing…' : 'Finish test'}
      cancelLabel="Keep working"
      busy={props.busy}
      onConfirm={props.onConfirm}
      onCancel={props.onCancel}
    >
      {notHandedIn.length > 0 && (
        <>
          <p>{notHandedIn.length === 1 ? 'This part is not handed in yet:' : 'These parts are not handed in yet:'}</p>
          <ul data-testid="finish-not-handed-in">
            {notHandedIn.map((part) => (
              <li key={part.id}>
                <strong style={{ display: 'inline' }}>{partLabel(part, cases)}</strong>:{' '}
                {part.kind === 'questions'
                  ? 'your saved answers are handed in.'
                  : hasSavedWork(part, cases)
                    ? 'the work last saved for it is handed in.'
                    : 'nothing is saved for it, so it is not handed in and scores 0.'}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>A task with nothing saved scores 0. Finishing ends the test: nothing can be handed in or changed afterwards.</p>
    </ConfirmDialog>
  );
}
