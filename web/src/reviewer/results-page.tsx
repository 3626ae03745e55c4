import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { staffApi } from '../lib/api';
import type { CandidateRow, Decision, ResultListItem } from '../lib/types';
import { useResource } from '../lib/use-resource';
import { formatDateTime, formatNumber } from '../lib/format';
import {
  Alert,
  Badge,
  ConfirmDialog,
  EmptyState,
  ErrorAlert,
  Loading,
  PageHeader,
  Pagination,
  SelectField,
  SortHeader,
  StatusBadge,
  TextField,
  useToast,
} from '../components/ui';
import { pageTitle, useSession } from './session';

type SortColumn = 'candidate' | 'score' | 'percentile' | 'completed' | 'duration';
const PAGE_SIZE = 20;

const DECISION_OPTIONS = [
  { value: '', label: 'Any decision' },
  { value: 'none', label: 'Not decided' },
  { value: 'hired', label: 'Hired' },
  { value: 'rejected', label: 'Rejected' },
];
const RED_FLAG_OPTIONS = [
  { value: '', label: 'Any' },
  { value: 'true', label: 'Raised' },
  { value: 'false', label: 'None' },
];
type DecisionFilter = 'hired' | 'rejected' | 'none';
const asDecisionFilter = (value: string | null): DecisionFilter | undefined =>
  value === 'hired' || value === 'rejected' || value === 'none' ? value : undefined;

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
  const decision = asDecisionFilter(params.get('decision'));
  const redFlag = params.get('red_flag') === 'true' ? true : params.get('red_flag') === 'false' ? false : undefined;
  const { can } = useSession();
  const toast = useToast();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulkDecision, setBulkDecision] = useState<Decision | null>(null);
  const [bulkEmail, setBulkEmail] = useState(true);
  const [bulkBusy, setBulkBusy] = useState(false);
  const [bulkError, setBulkError] = useState<unknown>(null);
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const cursor = cursors[cursors.length - 1] ?? null;
  const [sort, setSort] = useState<{ column: SortColumn; direction: 'asc' | 'desc' }>({ column: 'completed', direction: 'desc' });
  const [minScoreInput, setMinScoreInput] = useState(minScore);
  const [afterInput, setAfterInput] = useState(completedAfter ? completedAfter.slice(0, 10) : '');

  useEffect(() => {
    document.title = pageTitle('Results');
  }, []);
  useEffect(() => setCursors([null]), [examId, minScore, completedAfter, decision, redFlag]);

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
            decision,
            red_flag: redFlag,
            limit: PAGE_SIZE,
            cursor: cursor ?? undefined,
          },
        },
      }),
    [examId, minScore, completedAfter, decision, redFlag, cursor],
  );
  // A selection belongs to the page it was made on.
  useEffect(() => setSelected(new Set()), [examId, minScore, completedAfter, decision, redFlag, cursor]);

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

  function setParam(key: string, value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  }

  const canDecide = can('candidates:write');
  // A revoked attempt cannot be decided.
  const selectable = rows.filter((item) => !item.revoked);
  const chosen = rows.filter((item) => selected.has(item.id));
  const chosenPending = chosen.filter((item) => item.status === 'pending');
  const allSelected = selectable.length > 0 && selectable.every((item) => selected.has(item.id));

  function toggle(id: string) {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  function openBulk(value: Decision) {
    setBulkError(null);
    setBulkEmail(true);
    setBulkDecision(value);
  }

  async function decideSelected() {
    if (!bulkDecision) return;
    setBulkBusy(true);
    setBulkError(null);
    try {
      const result = await staffApi.POST('/v1/sessions/decisions', {
        body: { sessionIds: chosen.map((item) => item.id), decision: bulkDecision, sendEmail: bulkEmail },
      });
      const count = result.sessions.length;
      const emails = result.emails.length;
      toast(
        `${count} ${count === 1 ? 'candidate' : 'candidates'} marked ${bulkDecision}${emails > 0 ? ` · ${emails} ${emails === 1 ? 'email' : 'emails'} queued` : ''}`,
      );
      setBulkDecision(null);
      setSelected(new Set());
      await results.reload();
    } catch (caught) {
      setBulkError(caught);
    } finally {
      setBulkBusy(false);
    }
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
        <SelectField label="Assessment" options={examOptions} value={examId} onChange={(e) => setParam('exam_id', e.target.value)} />
        <SelectField label="Decision" options={DECISION_OPTIONS} value={decision ?? ''} onChange={(e) => setParam('decision', e.target.value)} />
        <SelectField label="Red flag" options={RED_FLAG_OPTIONS} value={redFlag === undefined ? '' : String(redFlag)} onChange={(e) => setParam('red_flag', e.target.value)} />
        <TextField label="Minimum score" type="number" min={0} max={100} value={minScoreInput} onChange={(e) => setMinScoreInput(e.target.value)} />
        <TextField label="Completed after" type="date" value={afterInput} onChange={(e) => setAfterInput(e.target.value)} />
        <button type="submit">Apply filters</button>
        {(minScore || completedAfter || examId || decision || redFlag !== undefined) && (
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
      {canDecide && chosen.length > 0 && (
        <div className="row between card" role="region" aria-label="Selected results" data-testid="bulk-bar" style={{ marginBottom: 16 }}>
          <span>
            <strong>{chosen.length}</strong> selected
          </span>
          <div className="row">
            <button type="button" className="primary" onClick={() => openBulk('hired')}>
              Hire selected
            </button>
            <button type="button" className="danger" onClick={() => openBulk('rejected')}>
              Reject selected
            </button>
            <button type="button" className="ghost" onClick={() => setSelected(new Set())}>
              Clear selection
            </button>
          </div>
        </div>
      )}
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
                  {canDecide && (
                    <th scope="col">
                      <input
                        type="checkbox"
                        aria-label="Select every result on this page"
                        checked={allSelected}
                        disabled={selectable.length === 0}
                        onChange={() => setSelected(allSelected ? new Set() : new Set(selectable.map((item) => item.id)))}
                      />
                    </th>
                  )}
                  <SortHeader label="Candidate" column="candidate" sort={sort} onSort={onSort} />
                  <th scope="col">Assessment</th>
                  <SortHeader label="Score" column="score" sort={sort} onSort={onSort} className="num" />
                  <SortHeader label="Percentile" column="percentile" sort={sort} onSort={onSort} className="num" />
                  <th scope="col">Status</th>
                  <th scope="col">Decision</th>
                  <th scope="col">Red flag</th>
                  <SortHeader label="Completed" column="completed" sort={sort} onSort={onSort} />
                  <SortHeader label="Duration" column="duration" sort={sort} onSort={onSort} className="num" />
                </tr>
              </thead>
              <tbody>
                {rows.map((item) => (
                  <tr key={item.id} aria-selected={selected.has(item.id)}>
                    {canDecide && (
                      <td>
                        <input
                          type="checkbox"
                          aria-label={`Select ${nameOf(item)}`}
                          checked={selected.has(item.id)}
                          disabled={item.revoked}
                          onChange={() => toggle(item.id)}
                        />
                      </td>
                    )}
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
                    <td data-testid="decision-cell" className="nowrap">{item.decision ? <StatusBadge status={item.decision} /> : <span className="muted">Not decided</span>}</td>
                    <td data-testid="red-flag-cell">{item.red_flag ? <Badge kind="danger">Raised</Badge> : <span className="muted">None</span>}</td>
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
      <ConfirmDialog
        open={bulkDecision !== null}
        title={`${bulkDecision === 'hired' ? 'Mark' : 'Reject'} ${chosen.length} ${chosen.length === 1 ? 'candidate' : 'candidates'}${bulkDecision === 'hired' ? ' as hired' : ''}?`}
        confirmLabel={`${bulkDecision === 'hired' ? 'Mark as hired' : 'Reject'}${chosenPending.length > 0 ? ' anyway' : ''}`}
        danger={bulkDecision === 'rejected'}
        busy={bulkBusy}
        onConfirm={decideSelected}
        onCancel={() => setBulkDecision(null)}
      >
        <div className="stack" style={{ gap: 12 }} data-testid="bulk-decision-dialog">
          <p>{chosen.map(nameOf).join(', ')}</p>
          {chosenPending.length > 0 && (
            <Alert kind="warning" title="Not fully graded">
              {chosenPending.length === 1 ? 'One of them has' : `${chosenPending.length} of them have`} tasks without a grade, so their score is not final:{' '}
              {chosenPending.map(nameOf).join(', ')}.
            </Alert>
          )}
          <label className="checkbox">
            <input type="checkbox" checked={bulkEmail} onChange={(e) => setBulkEmail(e.target.checked)} />
            Email each candidate as their assessment and your decision emails say
          </label>
          <p className="small muted">
            All are decided together, or none is. Open a result to see the exact email before deciding on its own.
          </p>
          <ErrorAlert error={bulkError} />
        </div>
      </ConfirmDialog>
    </>
  );
}
