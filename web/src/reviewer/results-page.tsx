import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { staffApi } from '../lib/api';
import type { CandidateRow, ResultListItem } from '../lib/types';
import { useResource } from '../lib/use-resource';
import { formatDateTime, formatNumber } from '../lib/format';
import { Badge, EmptyState, ErrorAlert, Loading, PageHeader, Pagination, SelectField, SortHeader, StatusBadge, TextField } from '../components/ui';
import { pageTitle } from './session';

type SortColumn = 'candidate' | 'score' | 'percentile' | 'completed' | 'duration';
const PAGE_SIZE = 20;

/** Names of candidates by session id, from the all-candidates list (first 200). */
export function useCandidateNames() {
  return useResource(async () => {
    const candidates = await staffApi
      .GET('/v1/candidates', { params: { query: { limit: 200 } } })
      .then((data) => data.candidates)
      .catch(() => []);
    const bySession = new Map<string, CandidateRow>();
    for (const row of candidates) if (row.sessionId) bySession.set(row.sessionId, row);
    return bySession;
  }, []);
}

function sortValue(item: ResultListItem, column: SortColumn, name: string): string | number {
  switch (column) {
    case 'candidate':
      return name.toLowerCase();
    case 'score':
      return item.score ?? -1;
    case 'percentile':
      return item.percentile ?? -1;
    case 'completed':
      return item.completed_at;
    case 'duration':
      return item.duration_minutes ?? -1;
  }
}

export function ResultsPage() {
  const [params, setParams] = useSearchParams();
  const examId = params.get('exam_id') ?? '';
  const minScore = params.get('min_score') ?? '';
  const completedAfter = params.get('completed_after') ?? '';
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const cursor = cursors[cursors.length - 1] ?? null;
  const [sort, setSort] = useState<{ column: SortColumn; direction: 'asc' | 'desc' }>({ column: 'completed', direction: 'desc' });
  const [minScoreInput, setMinScoreInput] = useState(minScore);
  const [afterInput, setAfterInput] = useState(completedAfter ? completedAfter.slice(0, 10) : '');

  useEffect(() => {
    document.title = pageTitle('Results');
  }, []);
  useEffect(() => setCursors([null]), [examId, minScore, completedAfter]);

  const assessments = useResource(() => staffApi.GET('/v1/assessments'), []);
  const names = useCandidateNames();
  const results = useResource(
    () =>
      staffApi.GET('/results', {
        params: {
          query: {
            exam_id: examId || undefined,
            min_score: minScore ? Number(minScore) : undefined,
            completed_after: completedAfter || undefined,
            limit: PAGE_SIZE,
            cursor: cursor ?? undefined,
          },
        },
      }),
    [examId, minScore, completedAfter, cursor],
  );

  const titles = useMemo(() => new Map((assessments.data?.assessments ?? []).map((a) => [a.id, a.title])), [assessments.data]);
  const nameOf = useCallback(
    (item: ResultListItem) => {
      const row = names.data?.get(item.id);
      return row?.candidateName ?? row?.candidateEmail ?? item.candidate_id ?? 'Anonymous';
    },
    [names.data],
  );

  const rows = useMemo(() => {
    const items = [...(results.data?.data ?? [])];
    const factor = sort.direction === 'asc' ? 1 : -1;
    return items.sort((a, b) => {
      const left = sortValue(a, sort.column, nameOf(a));
      const right = sortValue(b, sort.column, nameOf(b));
      return left < right ? -factor : left > right ? factor : 0;
    });
  }, [results.data, sort, nameOf]);

  function onSort(column: SortColumn) {
    setSort((current) => ({ column, direction: current.column === column && current.direction === 'desc' ? 'asc' : 'desc' }));
  }

  function applyFilters(event: FormEvent) {
    event.preventDefault();
    const next = new URLSearchParams(params);
    const setOrDelete = (key: string, value: string) => (value ? next.set(key, value) : next.delete(key));
    setOrDelete('min_score', minScoreInput.trim());
    setOrDelete('completed_after', afterInput ? new Date(`${afterInput}T00:00:00`).toISOString() : '');
    setParams(next);
  }

  function setExam(value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set('exam_id', value);
    else next.delete('exam_id');
    setParams(next);
  }

  const pagination = results.data?.pagination;
  const page = cursors.length;
  const examOptions = [{ value: '', label: 'All assessments' }, ...(assessments.data?.assessments ?? []).map((a) => ({ value: a.id, label: a.title }))];

  return (
    <>
      <PageHeader
        title="Results"
        description="Closed attempts, newest first (one ended by revoking its key is marked Revoked). Select a result for its breakdown, integrity signals and answers."
        actions={
          examId ? (
            <Link to={`/app/assessments/${examId}/cohort`} className="button">
              Cohort analytics
            </Link>
          ) : undefined
        }
      />
      <form className="filters" onSubmit={applyFilters} aria-label="Filter results">
        <SelectField label="Assessment" options={examOptions} value={examId} onChange={(e) => setExam(e.target.value)} />
        <TextField label="Minimum score" type="number" min={0} max={100} value={minScoreInput} onChange={(e) => setMinScoreInput(e.target.value)} />
        <TextField label="Completed after" type="date" value={afterInput} onChange={(e) => setAfterInput(e.target.value)} />
        <button type="submit">Apply filters</button>
        {(minScore || completedAfter || examId) && (
          <button
            type="button"
            className="ghost"
            onClick={() => {
              setMinScoreInput('');
              setAfterInput('');
              setParams(new URLSearchParams());
            }}
          >
            Clear
          </button>
        )}
      </form>
      <ErrorAlert error={results.error} />
      {results.loading && !results.data ? (
        <Loading />
      ) : rows.length === 0 ? (
        <div className="card">
          <EmptyState title="No results match">Results appear here as soon as candidates submit.</EmptyState>
        </div>
      ) : (
        <>
          <div className="table-wrap">
            <table data-testid="results-table">
              <thead>
                <tr>
                  <SortHeader label="Candidate" column="candidate" sort={sort} onSort={onSort} />
                  <th scope="col">Assessment</th>
                  <SortHeader label="Score" column="score" sort={sort} onSort={onSort} className="num" />
                  <SortHeader label="Percentile" column="percentile" sort={sort} onSort={onSort} className="num" />
                  <th scope="col">Status</th>
                  <SortHeader label="Completed" column="completed" sort={sort} onSort={onSort} />
                  <SortHeader label="Duration" column="duration" sort={sort} onSort={onSort} className="num" />
                </tr>
              </thead>
              <tbody>
                {rows.map((item) => (
                  <tr key={item.id}>
                    <td>
                      <Link to={`/app/results/${item.id}`}>{nameOf(item)}</Link>
                    </td>
                    <td>{titles.get(item.exam_id) ?? item.exam_id}</td>
                    <td className="num">{item.score === null ? '—' : `${formatNumber(item.score, 1)}%`}</td>
                    <td className="num">{item.percentile === null ? '—' : formatNumber(item.percentile)}</td>
                    <td>
                      {/* A revoked key ended the attempt: it shows what was saved, and the cohort leaves it out. */}
                      {item.revoked ? <Badge kind="danger">Revoked</Badge> : <StatusBadge status={item.status} />}
                    </td>
                    <td className="nowrap">{formatDateTime(item.completed_at)}</td>
                    <td className="num">{item.duration_minutes === null ? '—' : `${item.duration_minutes} min`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            summary={
              pagination
                ? `Page ${page} · ${pagination.total} ${pagination.total === 1 ? 'result' : 'results'} · sorting applies to this page`
                : ''
            }
            hasPrevious={cursors.length > 1}
            hasNext={Boolean(pagination?.has_more && pagination.next_cursor)}
            busy={results.loading}
            onPrevious={() => setCursors((c) => c.slice(0, -1))}
            onNext={() => pagination?.next_cursor && setCursors((c) => [...c, pagination.next_cursor!])}
          />
        </>
      )}
    </>
  );
}
