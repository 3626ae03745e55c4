import { useEffect, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { staffApi } from '../lib/api';
import type { Home, HomeActivity } from '../lib/types';
import { useResource } from '../lib/use-resource';
import { formatDateTime, formatSpan, pluralize } from '../lib/format';
import { Badge, Card, EmptyState, ErrorAlert, Loading, PageHeader, StatusBadge, useToast } from '../components/ui';
import { pageTitle, useSession } from './session';

type Candidate = { name: string | null; email: string | null };

function CandidateName({ candidate }: { candidate: Candidate }) {
  if (!candidate.name && !candidate.email) return <span className="muted">Anonymous</span>;
  return (
    <>
      <div>{candidate.name ?? candidate.email}</div>
      {candidate.name && candidate.email && <div className="small muted">{candidate.email}</div>}
    </>
  );
}

/** Minutes from now until `iso` (negative once past). */
const minutesUntil = (iso: string, now: string) => Math.round((Date.parse(iso) - Date.parse(now)) / 60_000);

/** Where an audit entry's resource lives in the dashboard, for the kinds that have a page. */
function resourceLink(entry: HomeActivity): string | null {
  if (!entry.resourceId) return null;
  if (entry.resourceType === 'assessment') return `/app/assessments/${entry.resourceId}`;
  if (entry.resourceType === 'result' || entry.resourceType === 'session') return `/app/results/${entry.resourceId}`;
  if (entry.resourceType === 'question') return '/app/question-bank';
  return null;
}

const PAST_TENSE: Record<string, string> = {
  create: 'created',
  update: 'edited',
  delete: 'deleted',
  retire: 'retired',
  restore: 'restored',
  revoke: 'revoked',
  grade: 'graded',
  decide: 'decided on',
  hire: 'hired',
  reject: 'rejected',
  invite: 'invited',
  resend: 'resent',
  rotate: 'rotated',
};

/** "Rita edited assessment" from `assessment.update`; an action without a known verb shows as its code. */
function activityLine(entry: HomeActivity): { actor: string; verb: string } {
  const actor = entry.actor.name ?? (entry.actor.type === 'candidate' ? 'A candidate' : entry.actor.type.replace('_', ' '));
  const verb = entry.action.split('.').pop() ?? entry.action;
  const resource = entry.resourceType.replace(/_/g, ' ');
  return { actor, verb: PAST_TENSE[verb] ? `${PAST_TENSE[verb]} ${resource}` : `${entry.action} on ${resource}` };
}

function ListCard(props: { title: string; total?: number; action?: ReactNode; children: ReactNode; testId: string }) {
  return (
    <section className="card" data-testid={props.testId} aria-label={props.title}>
      <div className="card-header">
        <h2>
          {props.title}
          {props.total !== undefined && props.total > 0 && (
            <>
              {' '}
              <Badge kind="primary">{props.total}</Badge>
            </>
          )}
        </h2>
        {props.action}
      </div>
      {props.children}
    </section>
  );
}

function GettingStarted({ setup, canWrite }: { setup: Home['setup']; canWrite: boolean }) {
  if (setup.hasAssessment && setup.hasKey) return null;
  return (
    <Card title="Get started">
      <ol className="stack" style={{ margin: 0, paddingLeft: 20 }}>
        <li>
          <strong>{setup.hasAssessment ? 'Assessment created ✓' : 'Create an assessment'}</strong>
          <div className="small muted">
            The questions and hands-on tasks for a role. Write them in the assessment, or keep them in the{' '}
            <Link to="/app/question-bank">question bank</Link> and draw them per candidate.
          </div>
          {!setup.hasAssessment && canWrite && (
            <div style={{ marginTop: 8 }}>
              <Link to="/app/assessments/new" className="button primary small">
                Create an assessment
              </Link>
            </div>
          )}
        </li>
        <li>
          <strong>Invite a candidate</strong>
          <div className="small muted">Each candidate gets a one-time key by email, or a link you share yourself.</div>
          {setup.hasAssessment && setup.latestAssessment && (
            <div style={{ marginTop: 8 }}>
              <Link to={`/app/assessments/${setup.latestAssessment.id}`} className="button primary small">
                Invite candidates to {setup.latestAssessment.title}
              </Link>
            </div>
          )}
        </li>
        <li>
          <strong>Review the results</strong>
          <div className="small muted">Attempts to grade, new results and keys about to expire show up on this page.</div>
        </li>
      </ol>
    </Card>
  );
}

/** The reviewer's landing page: what needs doing and what just happened, from GET /v1/home. */
export function ReviewerHomePage() {
  const { me, can } = useSession();
  const toast = useToast();
  const home = useResource(() => staffApi.GET('/v1/home'), []);
  const [actionError, setActionError] = useState<unknown>(null);
  useEffect(() => {
    document.title = pageTitle('Home');
  }, []);

  async function resend(assessmentId: string, keyId: string) {
    setActionError(null);
    try {
      const sent = await staffApi.POST('/v1/assessments/{id}/keys/{keyId}/resend', { params: { path: { id: assessmentId, keyId } }, body: {} });
      toast(`Invitation sent again to ${sent.to}`);
    } catch (caught) {
      setActionError(caught);
    }
  }

  const data = home.data;
  return (
    <>
      <PageHeader title="Home" description={`What needs doing at ${me.org.name}.`} />
      <ErrorAlert error={home.error} title="The home page could not load" />
      <ErrorAlert error={actionError} />
      {home.loading && !data ? (
        <Loading />
      ) : data ? (
        <div className="stack" style={{ gap: 24 }}>
          <GettingStarted setup={data.setup} canWrite={can('assessments:write')} />
          <div className="grid-2">
            {data.awaitingGrading && (
              <ListCard title="Awaiting grading" total={data.awaitingGrading.total} testId="home-awaiting">
                {data.awaitingGrading.items.length === 0 ? (
                  <EmptyState title="Nothing to grade">Attempts with hands-on tasks appear here when candidates hand them in.</EmptyState>
                ) : (
                  <ul className="stack" style={{ listStyle: 'none', margin: 0, padding: 0, gap: 12 }}>
                    {data.awaitingGrading.items.map((item) => (
                      <li key={item.id} className="row between">
                        <div>
                          <CandidateName candidate={item.candidate} />
                          <div className="small muted">
                            {item.assessment.title} · {pluralize(item.casesToGrade, 'task')} to grade · waiting {formatSpan(item.waitingMinutes)}
                          </div>
                        </div>
                        <Link to={`/app/results/${item.id}`} className="button small" aria-label={`Grade ${item.candidate.name ?? item.candidate.email ?? 'this attempt'}`}>
                          Grade
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
              </ListCard>
            )}
            {data.recentlyCompleted && (
              <ListCard
                title="Newly completed"
                total={data.recentlyCompleted.total}
                testId="home-completed"
                action={
                  <Link to="/app/results" className="small">
                    All results
                  </Link>
                }
              >
                {data.recentlyCompleted.items.length === 0 ? (
                  <EmptyState title="No attempts in the last 3 days">
                    {data.setup.hasKey ? 'Results appear here as candidates finish.' : 'Invite a candidate: their result appears here when they finish.'}
                  </EmptyState>
                ) : (
                  <ul className="stack" style={{ listStyle: 'none', margin: 0, padding: 0, gap: 12 }}>
                    {data.recentlyCompleted.items.map((item) => (
                      <li key={item.id} className="row between">
                        <div>
                          <Link to={`/app/results/${item.id}`}>
                            <CandidateName candidate={item.candidate} />
                          </Link>
                          <div className="small muted">
                            {item.assessment.title} · {formatDateTime(item.completedAt)}
                          </div>
                        </div>
                        <div className="row" style={{ gap: 6 }}>
                          {item.redFlag && <Badge kind="danger">red flag</Badge>}
                          {item.decision && <StatusBadge status={item.decision} />}
                          {item.scoreStatus === 'PENDING' ? (
                            <Badge kind="warning">awaiting grade</Badge>
                          ) : (
                            <>
                              <StatusBadge status={item.scoreStatus} />
                              <span className="nowrap">{item.percentage}%</span>
                            </>
                          )}
                        </div>
                      </li>
                    ))}
                  </ul>
                )}
              </ListCard>
            )}
            {data.expiringKeys && (
              <ListCard title="Keys expiring soon" total={data.expiringKeys.total} testId="home-expiring">
                {data.expiringKeys.items.length === 0 ? (
                  <EmptyState title="No key expires in the next 3 days">
                    {data.setup.hasKey ? 'Unused keys show up here before they expire.' : 'Invite a candidate from an assessment to send a key.'}
                  </EmptyState>
                ) : (
                  <ul className="stack" style={{ listStyle: 'none', margin: 0, padding: 0, gap: 12 }}>
                    {data.expiringKeys.items.map((item) => (
                      <li key={item.id} className="row between">
                        <div>
                          {item.candidate.name || item.candidate.email ? <CandidateName candidate={item.candidate} /> : <span className="key-chip">{item.key}</span>}
                          <div className="small muted">
                            <Link to={`/app/assessments/${item.assessment.id}`}>{item.assessment.title}</Link> · expires in{' '}
                            {formatSpan(minutesUntil(item.expiresAt, data.generatedAt))}
                          </div>
                        </div>
                        {item.canResend && can('candidates:write') && (
                          <button
                            type="button"
                            className="small"
                            onClick={() => resend(item.assessment.id, item.id)}
                            aria-label={`Resend the invitation to ${item.candidate.email}`}
                          >
                            Resend
                          </button>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </ListCard>
            )}
            {data.recentActivity && (
              <ListCard
                title="Recent activity"
                testId="home-activity"
                action={
                  <Link to="/app/audit-log" className="small">
                    Audit log
                  </Link>
                }
              >
                {data.recentActivity.items.length === 0 ? (
                  <EmptyState title="No changes yet">What your team changes (assessments, keys, grades, settings) is listed here.</EmptyState>
                ) : (
                  <ul className="stack" style={{ listStyle: 'none', margin: 0, padding: 0, gap: 12 }}>
                    {data.recentActivity.items.map((entry) => {
                      const { actor, verb } = activityLine(entry);
                      const link = resourceLink(entry);
                      const title = entry.resourceTitle ?? entry.resourceId ?? '';
                      return (
                        <li key={entry.id}>
                          <div>
                            <strong>{actor}</strong> {verb}{' '}
                            {title && (link ? <Link to={link}>{title}</Link> : <span>{title}</span>)}
                          </div>
                          <div className="small muted">{formatDateTime(entry.createdAt)}</div>
                        </li>
                      );
                    })}
                  </ul>
                )}
              </ListCard>
            )}
          </div>
        </div>
      ) : null}
    </>
  );
}
