import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { staffApi } from '../lib/api';
import type { BankCategory, BankQuestion, BankStatus, Difficulty } from '../lib/types';
import { useResource } from '../lib/use-resource';
import { formatDate, pluralize } from '../lib/format';
import { Alert, Badge, Card, ConfirmDialog, EmptyState, ErrorAlert, Loading, PageHeader, Pagination, SelectField, TextField, useToast } from '../components/ui';
import { QuestionEditor, draftToInput, emptyQuestion, questionToDraft, type QuestionDraft } from './question-editor';
import { formErrors } from '../components/form-errors';
import { blueprintLink } from './blueprint-editor';
import { pageTitle, useSession } from './session';

const PAGE_SIZE = 50;
const DIFFICULTIES: Difficulty[] = ['easy', 'medium', 'hard'];

interface Filters {
  category: string;
  difficulty: Difficulty | '';
  status: BankStatus;
}

type Editing = { mode: 'add'; draft: QuestionDraft } | { mode: 'edit'; question: BankQuestion; draft: QuestionDraft };

/** What to answer a question, shortly: the correct options, or the accepted text answers. */
function answerSummary(question: BankQuestion): string {
  if (question.type === 'text') return ([] as Array<string | number>).concat(question.answer).join(' / ');
  const correct = ([] as Array<string | number>).concat(question.answer).map((index) => question.options[Number(index)] ?? '?');
  return correct.join(', ');
}

/** "Use in a blueprint": pick a difficulty, how many, and which assessment's draw; then the assessment editor opens with it. */
function UseInBlueprintDialog({ category, onClose }: { category: BankCategory; onClose: () => void }) {
  const navigate = useNavigate();
  const available = DIFFICULTIES.filter((difficulty) => category.counts[difficulty] > 0);
  const [difficulty, setDifficulty] = useState<Difficulty>(available[0] ?? 'easy');
  const [count, setCount] = useState(() => String(Math.min(category.counts[available[0] ?? 'easy'], 5)));
  const [target, setTarget] = useState('');
  const assessments = useResource(() => staffApi.GET('/v1/assessments'), []);

  // An assessment with its own question list cannot also draw from the bank.
  const eligible = (assessments.data?.assessments ?? []).filter((assessment) => assessment.blueprint || assessment.questionCount === 0);
  const max = category.counts[difficulty];
  const wanted = Number.parseInt(count, 10);
  const problem = !Number.isInteger(wanted) || wanted < 1 ? 'Draw at least one question.' : wanted > max ? `The bank has ${max} ${difficulty} question(s) in this category.` : null;

  return (
    <ConfirmDialog
      open
      title={`Use “${category.category}” in a blueprint`}
      confirmLabel="Open in the assessment editor"
      onCancel={onClose}
      onConfirm={() => {
        if (problem) return;
        navigate(blueprintLink(target || null, { category: category.category, difficulty, count: wanted }));
      }}
    >
      <p className="muted small">Each candidate gets their own draw of questions from the bank, shuffled.</p>
      <div className="stack">
        <SelectField
          label="Difficulty"
          value={difficulty}
          options={available.map((level) => ({ value: level, label: `${level[0]!.toUpperCase()}${level.slice(1)} (${category.counts[level]} available)` }))}
          onChange={(event) => {
            const level = event.target.value as Difficulty;
            setDifficulty(level);
            setCount(String(Math.min(category.counts[level], Math.max(1, wanted || 1))));
          }}
        />
        <TextField label="Questions per candidate" type="number" min={1} max={max} value={count} onChange={(event) => setCount(event.target.value)} error={problem} />
        <SelectField
          label="Assessment"
          value={target}
          hint="Assessments with their own question list are not listed: a draw replaces such a list."
          options={[{ value: '', label: 'A new assessment' }, ...eligible.map((assessment) => ({ value: assessment.id, label: assessment.title }))]}
          onChange={(event) => setTarget(event.target.value)}
        />
      </div>
    </ConfirmDialog>
  );
}

/** The organization's question bank: browse by category and difficulty, add, edit, retire and restore, and draw from it in a blueprint. */
export function QuestionBankPage() {
  const { can } = useSession();
  const canWrite = can('assessments:write');
  const toast = useToast();
  const [filters, setFilters] = useState<Filters>({ category: '', difficulty: '', status: 'active' });
  const [offset, setOffset] = useState(0);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [retiring, setRetiring] = useState<BankQuestion | null>(null);
  const [drawing, setDrawing] = useState<BankCategory | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const questionErrors = formErrors('bank-question', error);

  const categories = useResource(() => staffApi.GET('/v1/question-bank/categories'), []);
  const questions = useResource(
    () =>
      staffApi.GET('/v1/question-bank/questions', {
        params: {
          query: {
            category: filters.category || undefined,
            difficulty: filters.difficulty || undefined,
            status: filters.status,
            limit: PAGE_SIZE,
            offset,
          },
        },
      }),
    [filters, offset],
  );
  useEffect(() => {
    document.title = pageTitle('Question bank');
  }, []);

  const categoryNames = (categories.data?.categories ?? []).map((item) => item.category);
  const filter = (next: Partial<Filters>) => {
    setOffset(0);
    setFilters((current) => ({ ...current, ...next }));
  };
  const reload = () => Promise.all([categories.reload(), questions.reload()]);

  function startAdding() {
    setError(null);
    const draft = emptyQuestion();
    setEditing({ mode: 'add', draft: { ...draft, category: filters.category, difficulty: filters.difficulty || draft.difficulty } });
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!editing) return;
    setBusy(true);
    setError(null);
    try {
      const input = draftToInput(editing.draft);
      if (editing.mode === 'add') {
        await staffApi.POST('/v1/question-bank/questions', { body: { questions: [input] } });
        toast('Question added to the bank');
      } else {
        // Every field is sent: a text question has no options, and pins that were removed must go.
        const saved = await staffApi.PATCH('/v1/question-bank/questions/{id}', {
          params: { path: { id: editing.question.id } },
          body: { options: [], pinnedOptions: [], ...input },
        });
        toast(saved.question.id === editing.question.id ? 'Nothing changed' : 'Question saved; attempts that drew it keep the earlier version');
      }
      setEditing(null);
      await reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  async function retire() {
    if (!retiring) return;
    setBusy(true);
    setError(null);
    try {
      await staffApi.DELETE('/v1/question-bank/questions/{id}', { params: { path: { id: retiring.id } } });
      toast('Question retired: blueprints no longer draw it');
      setRetiring(null);
      await reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  async function restore(question: BankQuestion) {
    setError(null);
    try {
      await staffApi.POST('/v1/question-bank/questions/{id}/restore', { params: { path: { id: question.id } } });
      toast('Question restored: blueprints draw it again');
      await reload();
    } catch (caught) {
      setError(caught);
    }
  }

  const list = questions.data?.questions ?? [];
  const total = questions.data?.total ?? 0;
  const bankIsEmpty = categories.data?.categories.length === 0;

  return (
    <>
      <PageHeader
        title="Question bank"
        description="Questions kept by category and difficulty. An assessment's blueprint draws its questions from here, per candidate."
        actions={
          canWrite && (
            <button type="button" className="primary" onClick={startAdding} disabled={editing?.mode === 'add'}>
              Add question
            </button>
          )
        }
      />
      <div className="stack" style={{ gap: 24 }}>
        <ErrorAlert error={error} title={editing ? 'The question was not saved' : undefined} />
        {editing && (
          <form onSubmit={save} noValidate aria-label={editing.mode === 'add' ? 'New bank question' : 'Edit bank question'}>
            <Card>
              <QuestionEditor
                draft={editing.draft}
                index={0}
                count={1}
                title={editing.mode === 'add' ? 'New question' : 'Edit question'}
                categories={categoryNames}
                // The server names the problems of an added question under questions.0, of an edit at the top level.
                errors={editing.mode === 'add' ? questionErrors.within('questions.0') : questionErrors}
                onChange={(draft) => setEditing({ ...editing, draft })}
              />
              {editing.mode === 'edit' && (
                <p className="small muted">Saving keeps the current version for the attempts that already drew it; new draws get your edit.</p>
              )}
              <div className="row end" style={{ marginTop: 16 }}>
                <button type="button" onClick={() => setEditing(null)} disabled={busy}>
                  Cancel
                </button>
                <button type="submit" className="primary" disabled={busy}>
                  {busy ? 'Saving…' : editing.mode === 'add' ? 'Add to the bank' : 'Save question'}
                </button>
              </div>
            </Card>
          </form>
        )}

        <Card title="Categories">
          <ErrorAlert error={categories.error} />
          {categories.loading && !categories.data ? (
            <Loading />
          ) : bankIsEmpty ? (
            <EmptyState
              title="The bank is empty"
              action={
                canWrite && (
                  <button type="button" className="primary" onClick={startAdding}>
                    Add your first question
                  </button>
                )
              }
            >
              Add questions with a category and a difficulty; an assessment can then draw, say, three medium SQL questions for each candidate.
            </EmptyState>
          ) : (
            <div className="table-wrap">
              <table data-testid="bank-categories">
                <thead>
                  <tr>
                    <th scope="col">Category</th>
                    <th scope="col" className="num">
                      Easy
                    </th>
                    <th scope="col" className="num">
                      Medium
                    </th>
                    <th scope="col" className="num">
                      Hard
                    </th>
                    <th scope="col" className="num">
                      Retired
                    </th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {(categories.data?.categories ?? []).map((item) => (
                    <tr key={item.category}>
                      <td>
                        <button
                          type="button"
                          className="small ghost"
                          aria-label={`Show the questions in ${item.category}`}
                          onClick={() => filter({ category: item.category, difficulty: '' })}
                        >
                          {item.category}
                        </button>
                      </td>
                      {DIFFICULTIES.map((level) => (
                        <td key={level} className="num">
                          {item.counts[level] > 0 ? (
                            <button
                              type="button"
                              className="small ghost"
                              aria-label={`Show the ${item.counts[level]} ${level} questions in ${item.category}`}
                              onClick={() => filter({ category: item.category, difficulty: level, status: 'active' })}
                            >
                              {item.counts[level]}
                            </button>
                          ) : (
                            <span className="muted">0</span>
                          )}
                        </td>
                      ))}
                      <td className="num">{item.retired}</td>
                      <td>
                        {canWrite && item.total > 0 && (
                          <button type="button" className="small" onClick={() => setDrawing(item)} aria-label={`Use in a blueprint: ${item.category}`}>
                            Use in a blueprint
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>

        <Card title={filters.status === 'retired' ? 'Retired questions' : 'Questions'}>
          <form className="filters" aria-label="Filter the questions" onSubmit={(event) => event.preventDefault()}>
            <SelectField
              label="Category"
              value={filters.category}
              options={[{ value: '', label: 'All categories' }, ...categoryNames.map((name) => ({ value: name, label: name }))]}
              onChange={(event) => filter({ category: event.target.value })}
            />
            <SelectField
              label="Difficulty"
              value={filters.difficulty}
              options={[{ value: '', label: 'Any difficulty' }, ...DIFFICULTIES.map((level) => ({ value: level, label: level }))]}
              onChange={(event) => filter({ difficulty: event.target.value as Difficulty | '' })}
            />
            <SelectField
              label="Show"
              value={filters.status}
              options={[
                { value: 'active', label: 'Current questions' },
                { value: 'retired', label: 'Retired questions' },
              ]}
              onChange={(event) => filter({ status: event.target.value as BankStatus })}
            />
          </form>
          <ErrorAlert error={questions.error} />
          {filters.status === 'retired' && list.length > 0 && (
            <Alert kind="info">Retired questions are no longer drawn; attempts that drew them keep them. Restore one to draw it again.</Alert>
          )}
          {questions.loading && !questions.data ? (
            <Loading />
          ) : list.length === 0 ? (
            <EmptyState title={filters.status === 'retired' ? 'No retired questions' : 'No questions here'}>
              {filters.category || filters.difficulty ? 'No question matches these filters.' : filters.status === 'retired' ? 'Retired questions are kept here.' : 'Add a question to start the bank.'}
            </EmptyState>
          ) : (
            <>
              <div className="table-wrap">
                <table data-testid="bank-questions">
                  <thead>
                    <tr>
                      <th scope="col">Question</th>
                      <th scope="col">Category</th>
                      <th scope="col">Difficulty</th>
                      <th scope="col" className="num">
                        Points
                      </th>
                      <th scope="col">
                        <span className="visually-hidden">Actions</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((question) => (
                      <tr key={question.id}>
                        <td>
                          <div className="wrap-anywhere">{question.text}</div>
                          <div className="small muted">
                            {question.type === 'text' ? 'Free text' : `${question.type === 'single' ? 'Single' : 'Multiple'} choice of ${question.options.length}`} · answer:{' '}
                            {answerSummary(question)}
                            {question.retiredAt && ` · retired ${formatDate(question.retiredAt)}`}
                          </div>
                        </td>
                        <td>{question.category}</td>
                        <td>
                          <Badge>{question.difficulty}</Badge>
                        </td>
                        <td className="num">{question.points}</td>
                        <td>
                          {canWrite && (
                            <div className="row" style={{ gap: 6, justifyContent: 'flex-end', flexWrap: 'nowrap' }}>
                              {question.retiredAt ? (
                                <button type="button" className="small" onClick={() => restore(question)} aria-label={`Restore “${question.text}”`}>
                                  Restore
                                </button>
                              ) : (
                                <>
                                  <button
                                    type="button"
                                    className="small"
                                    aria-label={`Edit “${question.text}”`}
                                    onClick={() => {
                                      setError(null);
                                      setEditing({ mode: 'edit', question, draft: questionToDraft(question) });
                                      window.scrollTo({ top: 0 });
                                    }}
                                  >
                                    Edit
                                  </button>
                                  <button type="button" className="small ghost" onClick={() => setRetiring(question)} aria-label={`Retire “${question.text}”`}>
                                    Retire
                                  </button>
                                </>
                              )}
                            </div>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <Pagination
                summary={`${pluralize(total, 'question')}${total > PAGE_SIZE ? ` · ${offset + 1}–${Math.min(offset + PAGE_SIZE, total)}` : ''}`}
                hasPrevious={offset > 0}
                hasNext={offset + PAGE_SIZE < total}
                busy={questions.loading}
                onPrevious={() => setOffset((current) => Math.max(0, current - PAGE_SIZE))}
                onNext={() => setOffset((current) => current + PAGE_SIZE)}
              />
            </>
          )}
        </Card>
      </div>

      <ConfirmDialog
        open={retiring !== null}
        title="Retire this question?"
        confirmLabel="Retire question"
        danger
        busy={busy}
        onConfirm={retire}
        onCancel={() => setRetiring(null)}
      >
        <p>“{retiring?.text}” will no longer be drawn for new attempts. Attempts that already drew it keep it, and you can restore it later.</p>
      </ConfirmDialog>
      {drawing && <UseInBlueprintDialog category={drawing} onClose={() => setDrawing(null)} />}
    </>
  );
}
