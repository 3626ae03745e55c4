import { Badge } from '../components/ui';
import { formatTime } from '../lib/format';
import type { CandidateCase, CandidatePart } from '../lib/types';
import { handInCommand, isHandedIn, partLabel } from './attempt-parts';
import { TaskDescription } from './cli-setup';

/**
 * The parts of the attempt with their state. While the attempt is open a part
 * not handed in is "Open" (a task says how to hand it in); once it is closed
 * such a part was never handed in, and a task of it scores 0.
 */
export function PartsList(props: { parts: readonly CandidatePart[]; cases: readonly CandidateCase[]; closed: boolean; label: string }) {
  const { parts, cases, closed } = props;
  return (
    <ul className="parts-list" aria-label={props.label} data-testid="parts">
      {parts.map((part) => {
        const handedIn = isHandedIn(part);
        return (
          <li key={part.id} data-testid={`part-${part.kind}`} data-state={part.state}>
            <div className="row between">
              <span className="part-title wrap-anywhere">{partLabel(part, cases)}</span>
              {handedIn ? (
                <Badge kind="success">Handed in</Badge>
              ) : closed ? (
                <Badge kind="warning">Not handed in</Badge>
              ) : (
                <Badge kind="info">Open</Badge>
              )}
            </div>
            {handedIn && part.handedInAt && <p className="small muted part-note">Handed in at {formatTime(part.handedInAt)}</p>}
            {!handedIn && !closed && part.kind === 'case' && <TaskDescription text={cases.find((item) => item.id === part.id)?.description ?? null} />}
            {!handedIn && !closed && part.kind === 'case' && (
              <p className="small muted part-note">
                Hand it in from your terminal with <code>{handInCommand(part, cases)}</code>
              </p>
            )}
            {!handedIn && closed && part.kind === 'case' && (
              <p className="small muted part-note">Nothing was saved for this task, so it scores 0.</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
