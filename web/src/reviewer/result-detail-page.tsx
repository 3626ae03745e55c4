import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { GreenhouseOrigin } from './greenhouse-origin';
import { ApiError, staffApi } from '../lib/api';
import type { Decision, ResultAnswer } from '../lib/types';
import { useResource } from '../lib/use-resource';
import { formatDateTime, formatDuration, formatNumber, formatPercent, formatRatio, titleCase } from '../lib/format';
import { BarChart } from '../components/charts';
import { Alert, Badge, Card, ErrorAlert, Loading, PageHeader, Stat, StatusBadge, useToast } from '../components/ui';
import { loadAssessment } from './assessment-api';
import { AttemptPartsCard } from './attempt-parts-card';
import { CaseGrading } from './case-grading';
import { DecisionDialog, ungradedTasks } from './decision-dialog';
import { IntegrityCard } from './integrity-card';
import { pageTitle, useSession } from './session';

/** An answer as a reviewer reads it: option letters with their text, or the text typed. */
export function formatSelection(value: ResultAnswer['selected'], options: string[]): string {
  if (value === null || value === undefined || value === '') return '—';
  const one = (item: number | string) =>
    typeof item === 'number' && options[item] !== undefined ? `${String.fromCharCode(65 + item)}. ${options[item]}` : String(item);
  return Array.isArray(value) ? (value as Array<number | string>).map(one).join('; ') : one(value);
}

export function ResultDetailPage() {
  const { id = '' } = useParams();
  const toast = useToast();
  const { can } = useSession();
  const session = useResource(() => staffApi.GET('/v1/sessions/{id}', { params: { path: { id } } }), [id]);
  const result = useResource(() => staffApi.GET('/results/{id}', { params: { path: { id } } }), [id]);
  const answers = useResource(() => staffApi.GET('/results/{id}/answers', { params: { path: { id } } }), [id]);
  const s = session.data?.session;
  const assessment = useResource(() => (s ? loadAssessment(s.assessmentId) : Promise.resolve(null)), [s?.assessmentId]);
  const keys = useResource(
    () => (s ? staffApi.GET('/v1/assessments/{id}/keys', { params: { path: { id: s.assessmentId } } }) : Promise.resolve(null)),
    [s?.assessmentId],
  );
  const [deciding, setDeciding] = useState<Decision | null>(null);

  const key = keys.data?.keys.find((k) => k.id === s?.invitationId || k.sessionId === id);
  const candidateName = key?.candidateName ?? key?.candidateEmail ?? 'Candidate';
  const a = assessment.data;

  useEffect(() => {
    document.title = pageTitle(s ? `${candidateName} · Result` : 'Result');
  }, [s, candidateName]);

  if (session.error) {
    const notFound = session.error instanceof ApiError && session.error.status === 404;
    return <ErrorAlert error={notFound ? new Error('This result does not exist or belongs to another organization.') : session.error} />;
  }
  if (!s) return <Loading />;

  const breakdown = result.data?.breakdown;
  const byCategory = breakdown?.by_category ?? s.breakdown?.byCategory ?? [];
  const byDifficulty = breakdown?.by_difficulty ?? s.breakdown?.byDifficulty ?? [];
  const answerRows = answers.data?.data ?? [];
  const questionNumbers = new Map(answerRows.map((row) => [row.question_id, row.number]));
  const questionLabel = (questionId: string) => {
    const number = questionNumbers.get(questionId);
    return number ? `question ${number}` : 'a question';
  };
  const closed = s.status !== 'started';
  // Revoking the key ended the attempt: it keeps what was saved, but cannot be graded or decided (409 session_revoked).
  const revoked = s.status === 'revoked';

  return (
    <>
      <PageHeader
        title={candidateName}
        description={
          <>
            {a ? <Link to={`/app/assessments/${a.id}`}>{a.title}</Link> : 'Assessment'} · attempt {s.attemptNumber}
            {key?.candidateEmail && key.candidateName ? ` · ${key.candidateEmail}` : ''}
            {' '}
            <GreenhouseOrigin sessionId={s.id} />
          </>
        }
        breadcrumb={<Link to="/app/results">Results</Link>}
        actions={
          <>
            {can('results:export') && closed && (
              <>
                <a className="button" href={`/results/${id}/export?format=pdf&include_answers=true`} download>
                  Download PDF
                </a>
                <a className="button" href={`/results/${id}/export?format=csv&include_answers=true`} download>
                  Download CSV
                </a>
              </>
            )}
            {can('candidates:write') && closed && !revoked && (
              <>
                <button type="button" className="primary" onClick={() => setDeciding('hired')} disabled={s.decision === 'hired'}>
                  Hire
                </button>
                <button type="button" className="danger" onClick={() => setDeciding('rejected')} disabled={s.decision === 'rejected'}>
                  Reject
                </button>
              </>
            )}
          </>
        }
      />
      <div className="stack" style={{ gap: 24 }}>
        {s.decision && (
          <Alert kind={s.decision === 'hired' ? 'success' : 'warning'}>
            Marked as <strong style={{ display: 'inline' }}>{s.decision}</strong> on {formatDateTime(s.decidedAt)}
            {s.decidedByName ? ` by ${s.decidedByName}` : ''}.
          </Alert>
        )}
        {!closed && <Alert kind="info">This attempt is still in progress. Scores appear when the candidate submits.</Alert>}
        {revoked && (
          <div data-testid="revoked-notice">
            <Alert kind="warning" title="Revoked">
              The candidate&apos;s key was revoked while this attempt was open{s.completedAt ? ` (${formatDateTime(s.completedAt)})` : ''}. It shows what was saved
              by then, scored as it stands; it cannot be graded or decided, and the cohort statistics leave it out.
            </Alert>
          </div>
        )}

        <div className="grid-4">
          <Stat
            testId="stat-score"
            label="Score"
            value={s.percentage === null ? (s.scoreStatus === 'PENDING' ? 'Pending' : '—') : formatPercent(s.percentage)}
            hint={
              s.score !== null && s.maxScore !== null
                ? `${formatNumber(s.score, 1)} of ${formatNumber(s.maxScore, 1)} points`
                : s.correctCount !== null
                  ? `${s.correctCount} of ${s.totalQuestions} correct`
                  : undefined
            }
          />
          <Stat label="Outcome" value={<StatusBadge status={s.scoreStatus} />} hint={a ? `Pass mark ${a.passingScore}%` : undefined} />
          <Stat
            label="Percentile"
            value={result.data?.percentile === null || result.data?.percentile === undefined ? '—' : formatNumber(result.data.percentile)}
            hint="Share of the cohort scoring below"
          />
          <Stat label="Duration" value={formatDuration(s.metrics.durationMs)} hint={`Started ${formatDateTime(s.startedAt)}`} />
        </div>

        {s.parts.length > 0 && <AttemptPartsCard parts={s.parts} cases={s.cases} inProgress={!closed} />}

        <IntegrityCard session={s} redFlagThreshold={a?.redFlagThreshold} questionLabel={questionLabel} />

        {(byCategory.length > 0 || byDifficulty.length > 0) && (
          <div className="grid-2">
            <Card title="By category">
              <BarChart
                title="Score by category"
                labels={byCategory.map((row) => row.category)}
                values={byCategory.map((row) => row.score)}
                max={100}
                unit="%"
                horizontal
                valueLabel="Score"
                testId="chart-category"
              />
              <p className="small muted" style={{ marginTop: 12 }}>
                {byCategory.map((row) => `${row.category}: ${row.correct}/${row.total}`).join(' · ')}
              </p>
            </Card>
            <Card title="By difficulty">
              <BarChart
                title="Score by difficulty"
                labels={byDifficulty.map((row) => titleCase(row.difficulty))}
                values={byDifficulty.map((row) => row.score)}
                max={100}
                unit="%"
                valueLabel="Score"
                testId="chart-difficulty"
              />
              <p className="small muted" style={{ marginTop: 12 }}>
                {byDifficulty.map((row) => `${titleCase(row.difficulty)}: ${row.correct}/${row.total}`).join(' · ')}
              </p>
            </Card>
          </div>
        )}

        <div className="grid-2">
          <Card title="Strengths and weaknesses">
            <dl className="kv">
              <dt>Strengths</dt>
              <dd>{(result.data?.strengths ?? s.strengths).join(', ') || 'None stand out'}</dd>
              <dt>Weaknesses</dt>
              <dd>{(result.data?.weaknesses ?? s.weaknesses).join(', ') || 'None stand out'}</dd>
            </dl>
          </Card>
          <Card title="Telemetry">
            <dl className="kv">
              <dt>Typing speed</dt>
              <dd>{s.metrics.typingSpeedWpm === null ? '—' : `${formatNumber(s.metrics.typingSpeedWpm, 1)} wpm`}</dd>
              <dt>AI prompts</dt>
              <dd>{s.metrics.promptCount}</dd>
              <dt>Commands</dt>
              <dd>{s.metrics.commandCount}</dd>
              <dt>Command fail rate</dt>
              <dd>{formatRatio(s.metrics.commandFailRate)}</dd>
              <dt>Verify intensity</dt>
              <dd>{formatRatio(s.metrics.verifyIntensity)}</dd>
              <dt>Manual edit ratio</dt>
              <dd>{formatRatio(s.metrics.manualEditRatio)}</dd>
              <dt>First change after</dt>
              <dd>{formatDuration(s.metrics.firstChangeLatencyMs)}</dd>
              <dt>Test pass rate</dt>
              <dd>{s.metrics.testPassRate === null ? '—' : formatPercent(s.metrics.testPassRate, 1)}</dd>
            </dl>
          </Card>
        </div>

        {s.cases.length > 0 && (
          <CaseGrading
            sessionId={id}
            cases={s.cases}
            assessmentCases={a?.cases ?? []}
            canGrade={can('candidates:write') && closed && !revoked}
            onGraded={(updated) => session.setData({ session: updated })}
          />
        )}

        <Card title="Answers">
          {answers.error ? (
            <ErrorAlert error={answers.error} />
          ) : answers.loading && !answers.data ? (
            <Loading />
          ) : answerRows.length === 0 ? (
            <p className="muted">No answers were recorded.</p>
          ) : (
            <div className="table-wrap">
              <table data-testid="answers-table">
                <thead>
                  <tr>
                    <th scope="col">Question</th>
                    <th scope="col">Answer</th>
                    <th scope="col">Correct answer</th>
                    <th scope="col">Result</th>
                    <th scope="col" className="num">
                      Points
                    </th>
                    <th scope="col" className="num">
                      Time
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {answerRows.map((row) => (
                    <tr key={row.question_id}>
                      <td>
                        {row.number}. {row.question}
                        <div className="small muted">
                          {row.category} · {row.difficulty}
                        </div>
                      </td>
                      <td className="wrap-anywhere">{formatSelection(row.selected, row.options)}</td>
                      <td className="wrap-anywhere">{formatSelection(row.correct_answer, row.options)}</td>
                      <td>
                        {row.selected === null ? (
                          <Badge>Unanswered</Badge>
                        ) : row.is_correct ? (
                          <Badge kind="success">Correct</Badge>
                        ) : (
                          <Badge kind="danger">Wrong</Badge>
                        )}
                      </td>
                      <td className="num">
                        {formatNumber(row.points, 1)} / {formatNumber(row.max_points, 1)}
                      </td>
                      <td className="num">{row.time_spent_seconds === null ? '—' : formatDuration(row.time_spent_seconds * 1000)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
      </div>
      <DecisionDialog
        sessionId={id}
        decision={deciding}
        candidateName={candidateName}
        ungraded={ungradedTasks(s)}
        onCancel={() => setDeciding(null)}
        onDecided={({ session: updated, emailTo }) => {
          session.setData({ session: updated });
          toast(`${updated.decision === 'hired' ? 'Marked as hired' : 'Marked as rejected'}${emailTo ? ` · email queued to ${emailTo}` : ''}`);
          setDeciding(null);
        }}
      />
    </>
  );
}
