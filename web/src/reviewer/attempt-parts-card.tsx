import { Badge, Card } from '../components/ui';
import { formatDateTime } from '../lib/format';
import type { SessionCase, SessionPart } from '../lib/types';

/**
 * The parts of an attempt (the question section and each hands-on case) and
 * whether the candidate handed each in (decision 0006). On a closed attempt a
 * part still open was never handed in: a case of it scored 0 when nothing was
 * saved, or shows what was saved when the key was revoked.
 */
export function AttemptPartsCard(props: { parts: readonly SessionPart[]; cases: readonly SessionCase[]; inProgress: boolean }) {
  const label = (part: SessionPart) => {
    if (part.kind === 'questions') return 'Questions';
    const order = props.cases.find((item) => item.caseId === part.id)?.order;
    return order === undefined ? part.title : `Task ${order}: ${part.title}`;
  };
  return (
    <Card title="Parts">
      <div className="table-wrap">
        <table data-testid="parts-table">
          <thead>
            <tr>
              <th scope="col">Part</th>
              <th scope="col">State</th>
              <th scope="col">Handed in</th>
            </tr>
          </thead>
          <tbody>
            {props.parts.map((part) => (
              <tr key={part.id} data-state={part.state}>
                <td className="wrap-anywhere">{label(part)}</td>
                <td>
                  {part.state === 'handed_in' ? (
                    <Badge kind="success">Handed in</Badge>
                  ) : props.inProgress ? (
                    <Badge kind="info">Open</Badge>
                  ) : (
                    <Badge kind="warning">Not handed in</Badge>
                  )}
                </td>
                <td className="nowrap">{formatDateTime(part.handedInAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
