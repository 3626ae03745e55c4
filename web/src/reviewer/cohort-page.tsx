import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { staffApi } from '../lib/api';
import type { AttemptsFilter, ItemStats } from '../lib/types';
import { useResource } from '../lib/use-resource';
import { formatDuration, formatNumber, formatRatio } from '../lib/format';
import { BarChart } from '../components/charts';
import { Card, EmptyState, ErrorAlert, Loading, PageHeader, Stat } from '../components/ui';
import { loadAssessment } from './assessment-api';
import { pageTitle } from './session';

/** Results read for the histogram: at most this many, newest first. */
const HISTOGRAM_LIMIT = 1000;

/** Ten 10-point bins (the last one includes 100). */
export function histogram(scores: number[]): number[] {
  const bins = Array.from({ length: 10 }, () => 0);
  for (const score of scores) bins[Math.min(9, Math.max(0, Math.floor(score / 10)))]! += 1;
  return bins;
}

/** Nearest-rank percentile of sorted values. */
export function percentileOf(sorted: number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

async function loadScores(examId: string): Promise<{ scores: number[]; total: number }> {
  const scores: number[] = [];
  let cursor: string | undefined;
  let total: number;
  do {
    const page = await staffApi.GET('/results', { params: { query: { exam_id: examId, limit: 100, cursor } } });
    total = page.pagination.total;
    scores.push(...page.data.map((r) => r.score).filter((s): s is number => s !== null));
    cursor = page.pagination.has_more ? (page.pagination.next_cursor ?? undefined) : undefined;
  } while (cursor && scores.length < HISTOGRAM_LIMIT);
  return { scores, total };
}

function OptionCounts({ counts }: { counts: ItemStats['optionCounts'] }) {
  if (counts.length === 0) return <span className="muted">Free text</span>;
  return (
    <ul style={{ margin: 0, paddingLeft: 0, listStyle: 'none' }}>
      {counts.map((c) => (
        <li key={c.option}>
          {String.fromCharCode(65 + c.option)}. {c.text}: <strong>{c.count}</strong>
          {c.correct && <span className="visually-hidden"> (correct)</span>}
          {c.correct && <span aria-hidden="true"> ✓</span>}
        </li>
      ))}
    </ul>
  );
}

export function CohortPage() {
  const { id = '' } = useParams();
  const [attempts, setAttempts] = useState<AttemptsFilter>('first');
  const assessment = useResource(() => loadAssessment(id), [id]);
  const cohort = useResource(() => staffApi.GET('/v1/assessments/{id}/cohort-stats', { params: { path: { id } } }), [id]);
  const items = useResource(
    () => staffApi.GET('/v1/assessments/{id}/item-analysis', { params: { path: { id }, query: { attempts } } }),
    [id, attempts],
  );
  const scores = useResource(() => loadScores(id), [id]);
  const a = assessment.data;

  useEffect(() => {
    document.title = pageTitle(a ? `${a.title} · Cohort` : 'Cohort');
  }, [a]);

  const sorted = useMemo(() => [...(scores.data?.scores ?? [])].sort((x, y) => x - y), [scores.data]);
  const bins = useMemo(() => histogram(sorted), [sorted]);
  const analysis = items.data?.itemAnalysis;
  const test = analysis?.test;
  const stats = cohort.data?.cohortStats;

  return (
    <>
      <PageHeader
        title={a ? `${a.title}: cohort` : 'Cohort'}
        description="How everyone who took this assessment performed, and how well each question separates strong from weak candidates."
        breadcrumb={
          <>
            <Link to="/app/assessments">Assessments</Link> / {a ? <Link to={`/app/assessments/${id}`}>{a.title}</Link> : '…'}
          </>
        }
        actions={
          <Link to={`/app/results?exam_id=${id}`} className="button">
            View results
          </Link>
        }
      />
      <div className="stack" style={{ gap: 24 }}>
        <ErrorAlert error={cohort.error ?? assessment.error} />
        <Card title="Scores">
          <ErrorAlert error={scores.error} />
          {scores.loading && !scores.data ? (
            <Loading />
          ) : sorted.length === 0 ? (
            <EmptyState title="No completed results yet">The histogram fills in as candidates submit.</EmptyState>
          ) : (
            <>
              <div className="grid-4" style={{ marginBottom: 16 }}>
                <Stat label="Results" value={formatNumber(scores.data?.total ?? sorted.length)} />
                <Stat label="25th percentile" value={`${formatNumber(percentileOf(sorted, 25), 1)}%`} />
                <Stat label="Median" value={`${formatNumber(percentileOf(sorted, 50), 1)}%`} />
                <Stat label="90th percentile" value={`${formatNumber(percentileOf(sorted, 90), 1)}%`} />
              </div>
              <BarChart
                title="Score distribution"
                labels={bins.map((_, i) => (i === 9 ? '90–100%' : `${i * 10}–${i * 10 + 9}%`))}
                values={bins}
                valueLabel="Candidates"
                testId="score-histogram"
              />
              {scores.data && scores.data.total > sorted.length && (
                <p className="small muted" style={{ marginTop: 8 }}>
                  Distribution of the {sorted.length} most recent of {scores.data.total} results.
                </p>
              )}
            </>
          )}
        </Card>

        <Card title="Working style (cohort averages)">
          {cohort.loading && !cohort.data ? (
            <Loading />
          ) : !stats ? (
            <p className="muted">No completed sessions yet.</p>
          ) : (
            <div className="grid-4">
              <Stat label="Sessions" value={stats.sessionCount} />
              <Stat label="Average duration" value={formatDuration(stats.metrics.avgDurationMs)} />
              <Stat label="AI prompts" value={formatNumber(stats.metrics.avgPromptCount, 1)} />
              <Stat label="Command fail rate" value={formatRatio(stats.metrics.avgCommandFailRate)} />
              <Stat label="Verify intensity" value={formatRatio(stats.metrics.avgVerifyIntensity)} />
              <Stat label="Manual edit ratio" value={formatRatio(stats.metrics.avgManualEditRatio)} />
              <Stat label="First change after" value={formatDuration(stats.metrics.avgFirstChangeLatencyMs)} />
              <Stat
                label="Test pass rate"
                value={stats.metrics.testPassRate === null ? '—' : `${formatNumber(stats.metrics.testPassRate, 1)}%`}
              />
            </div>
          )}
        </Card>

        <Card
          title="Item analysis"
          actions={
            <div className="field" style={{ flexDirection: 'row', alignItems: 'center', gap: 8 }}>
              <label htmlFor="attempts-filter">Attempts</label>
              <select id="attempts-filter" value={attempts} onChange={(e) => setAttempts(e.target.value as AttemptsFilter)} style={{ width: 'auto' }}>
                <option value="first">First attempts</option>
                <option value="all">All attempts</option>
              </select>
            </div>
          }
        >
          <ErrorAlert error={items.error} />
          {items.loading && !items.data ? (
            <Loading />
          ) : items.error ? null : !analysis || analysis.items.length === 0 ? (
            <p className="muted">Item statistics appear once candidates have answered the questions.</p>
          ) : (
            <>
              {test && (
                <div className="grid-4" style={{ marginBottom: 16 }}>
                  <Stat label="Sessions analysed" value={analysis.sessionCount} hint={`${test.itemCount} common questions`} />
                  <Stat label="Mean" value={test.mean === null ? '—' : `${formatNumber(test.mean, 1)}%`} />
                  <Stat label="Median" value={test.median === null ? '—' : `${formatNumber(test.median, 1)}%`} />
                  <Stat label="Standard deviation" value={formatNumber(test.standardDeviation, 2)} />
                  <Stat label="Reliability" value={formatNumber(test.reliability, 3)} hint={test.reliabilityMethod ?? undefined} />
                  <Stat label="Standard error" value={formatNumber(test.standardError, 2)} />
                  <Stat label="Skewness" value={formatNumber(test.skewness, 3)} />
                  <Stat label="Excess kurtosis" value={formatNumber(test.kurtosis, 3)} />
                </div>
              )}
              <div className="table-wrap">
                <table data-testid="item-analysis">
                  <thead>
                    <tr>
                      <th scope="col">Question</th>
                      <th scope="col" className="num">
                        Facility
                      </th>
                      <th scope="col" className="num">
                        Discrimination
                      </th>
                      <th scope="col" className="num">
                        Item–rest r
                      </th>
                      <th scope="col" className="num">
                        Efficiency
                      </th>
                      <th scope="col">Option choices</th>
                    </tr>
                  </thead>
                  <tbody>
                    {analysis.items.map((item) => (
                      <tr key={item.questionId}>
                        <td>
                          {item.position}. {item.text}
                          <div className="small muted">
                            {item.category} · {item.difficulty} · {item.responses} answered, {item.unanswered} blank
                          </div>
                        </td>
                        <td className="num">{formatNumber(item.facilityIndex, 2)}</td>
                        <td className="num">{formatNumber(item.discriminationIndex, 2)}</td>
                        <td className="num">{formatNumber(item.itemRestCorrelation, 2)}</td>
                        <td className="num">{formatNumber(item.discriminativeEfficiency, 2)}</td>
                        <td className="small">
                          <OptionCounts counts={item.optionCounts} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <p className="small muted" style={{ marginTop: 8 }}>
                Facility is the share of points earned (higher is easier); discrimination compares the top and bottom 27% of the cohort (above 0.3 separates well).
              </p>
            </>
          )}
        </Card>
      </div>
    </>
  );
}
