import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { staffApi } from '../lib/api';
import type { Assessment, AssessmentInput } from '../lib/types';
import { useResource } from '../lib/use-resource';
import { Alert, Card, ErrorAlert, Loading, PageHeader, SelectField, TextAreaField, TextField } from '../components/ui';
import { ErrorSummary, GroupError, formErrors } from '../components/form-errors';
import { placeInAssessment } from '../lib/field-places';
import { QuestionEditor, draftToInput, emptyQuestion, questionToDraft, type QuestionDraft } from './question-editor';
import { CasesEditor, caseToDraft, draftToCaseInput, type CaseDraft } from './cases-editor';
import { BlueprintEditor, blueprintDrafts, drawFromSearch, drawProblems, draftsToBlueprint, withDraw, type BlueprintDraft } from './blueprint-editor';
import { loadAssessment } from './assessment-api';
import { pageTitle } from './session';
import { pluralize } from '../lib/format';

interface SettingsDraft {
  title: string;
  role: string;
  taskBrief: string;
  issueId: string;
  repoUrl: string;
  timeLimitMinutes: string;
  expiresInDays: string;
  rubricId: string;
  passingScore: string;
  lowPassBand: string;
  maxAttempts: string;
  lockOnPass: boolean;
  showResult: boolean;
  resultEmail: Assessment['resultEmail'];
  requireCandidateDetails: boolean;
  redFlagThreshold: string;
  skills: string;
}

/** When candidates get the result email (the assessment's resultEmail). */
const RESULT_EMAIL_OPTIONS: Array<{ value: Assessment['resultEmail']; label: string }> = [
  { value: 'immediately', label: 'As soon as the result is final' },
  { value: 'after_decision', label: 'With the hiring decision' },
  { value: 'never', label: 'Never' },
];

const EMPTY_SETTINGS: SettingsDraft = {
  title: '',
  role: '',
  taskBrief: '',
  issueId: '',
  repoUrl: '',
  timeLimitMinutes: '30',
  expiresInDays: '7',
  rubricId: '',
  passingScore: '60',
  lowPassBand: '10',
  maxAttempts: '1',
  lockOnPass: true,
  showResult: false,
  resultEmail: 'immediately',
  requireCandidateDetails: true,
  redFlagThreshold: '3',
  skills: '',
};

function settingsFrom(assessment: Assessment): SettingsDraft {
  return {
    title: assessment.title,
    role: assessment.role,
    taskBrief: assessment.taskBrief ?? '',
    issueId: assessment.issueId ?? '',
    repoUrl: assessment.repoUrl ?? '',
    timeLimitMinutes: assessment.timeLimitMinutes ? String(assessment.timeLimitMinutes) : '',
    expiresInDays: String(assessment.expiresInDays),
    rubricId: assessment.rubricId ?? '',
    passingScore: String(assessment.passingScore),
    lowPassBand: String(assessment.lowPassBand),
    maxAttempts: String(assessment.maxAttempts),
    lockOnPass: assessment.lockOnPass,
    showResult: assessment.showResult,
    resultEmail: assessment.resultEmail,
    requireCandidateDetails: assessment.requireCandidateDetails,
    redFlagThreshold: String(assessment.redFlagThreshold),
    skills: assessment.skills.join(', '),
  };
}

const toInt = (value: string) => (value.trim() === '' ? null : Number.parseInt(value, 10));

const FORM_ID = 'assessment';

/** Create (no :id) or edit an assessment: settings, questions and cases in one form. */
export function AssessmentEditPage() {
  const { id } = useParams();
  const editing = Boolean(id);
  const navigate = useNavigate();
  const existing = useResource(() => (id ? loadAssessment(id) : Promise.resolve(null)), [id]);
  const issues = useResource(() => staffApi.GET('/v1/issues').catch(() => ({ issues: [] })), []);
  const rubrics = useResource(() => staffApi.GET('/v1/rubrics').catch(() => ({ rubrics: [] })), []);
  const bank = useResource(() => staffApi.GET('/v1/question-bank/categories').catch(() => ({ categories: [] })), []);
  // A link from the question bank brings one draw to add to the blueprint.
  const [searchParams] = useSearchParams();
  const [draw] = useState(() => drawFromSearch(searchParams));
  const [blueprint, setBlueprint] = useState<BlueprintDraft[]>(() => (editing ? [] : withDraw([], draw)));

  const [settings, setSettings] = useState<SettingsDraft>(EMPTY_SETTINGS);
  const [questions, setQuestions] = useState<QuestionDraft[]>([]);
  const [cases, setCases] = useState<CaseDraft[]>([]);
  const [loaded, setLoaded] = useState(!editing);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  /** Whether the reviewer tried to save: the draws show what is not right yet from then on. */
  const [showProblems, setShowProblems] = useState(false);
  const errors = formErrors(FORM_ID, error);

  useEffect(() => {
    document.title = pageTitle(editing ? 'Edit assessment' : 'New assessment');
  }, [editing]);

  useEffect(() => {
    const assessment = existing.data;
    if (assessment && !loaded) {
      setSettings(settingsFrom(assessment));
      setQuestions(assessment.questions.map(questionToDraft));
      setCases(assessment.cases.map(caseToDraft));
      setBlueprint(withDraw(blueprintDrafts(assessment.blueprint), draw));
      setLoaded(true);
    }
  }, [existing.data, loaded, draw]);

  const categories = useMemo(
    () => [...new Set(questions.map((q) => q.category.trim()).filter(Boolean))].sort(),
    [questions],
  );
  const set = (key: keyof SettingsDraft) => (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
    setSettings((current) => ({ ...current, [key]: event.target.value }));

  function moveQuestion(index: number, delta: -1 | 1) {
    setQuestions((current) => {
      const next = [...current];
      const target = index + delta;
      if (target < 0 || target >= next.length) return current;
      [next[index], next[target]] = [next[target]!, next[index]!];
      return next;
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setShowProblems(true);
    // The draws are checked against the bank's counts here (the page has them); the server checks the rest of the form and answers every problem at once, each beside its field.
    const invalidDraw = blueprint.findIndex((_, index) => drawProblems(blueprint, index, bank.data?.categories).length > 0);
    if (invalidDraw >= 0) {
      setError(new Error(`Draw ${invalidDraw + 1} from the question bank is not right yet.`));
      return;
    }
    const body: AssessmentInput = {
      title: settings.title.trim(),
      role: settings.role.trim(),
      taskBrief: settings.taskBrief.trim() || null,
      issueId: settings.issueId || null,
      repoUrl: settings.repoUrl.trim() || null,
      timeLimitMinutes: toInt(settings.timeLimitMinutes),
      expiresInDays: toInt(settings.expiresInDays) ?? 7,
      rubricId: settings.rubricId || null,
      passingScore: toInt(settings.passingScore) ?? 60,
      lowPassBand: toInt(settings.lowPassBand) ?? 0,
      maxAttempts: toInt(settings.maxAttempts) ?? 1,
      lockOnPass: settings.lockOnPass,
      showResult: settings.showResult,
      resultEmail: settings.resultEmail,
      requireCandidateDetails: settings.requireCandidateDetails,
      redFlagThreshold: toInt(settings.redFlagThreshold) ?? 3,
      skills: settings.skills
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      cases: cases.map(draftToCaseInput),
    };
    // Either a draw from the question bank or a fixed list; switching clears the other.
    if (blueprint.length > 0) {
      body.blueprint = draftsToBlueprint(blueprint);
      if (editing && (existing.data?.questions.length ?? 0) > 0) body.questions = [];
    } else {
      body.questions = questions.map(draftToInput);
      if (editing && existing.data?.blueprint) body.blueprint = null;
    }
    if (!editing) {
      for (const key of ['taskBrief', 'issueId', 'repoUrl', 'timeLimitMinutes', 'rubricId'] as const) {
        if (body[key] === null) delete body[key];
      }
    }
    setBusy(true);
    try {
      const saved = id
        ? await staffApi.PATCH('/v1/assessments/{id}', { params: { path: { id } }, body })
        : await staffApi.POST('/v1/assessments', { body });
      navigate(`/app/assessments/${saved.assessment.id}`);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  if (editing && !loaded) {
    return existing.error ? <ErrorAlert error={existing.error} /> : <Loading />;
  }

  const issueOptions = [{ value: '', label: 'None' }, ...(issues.data?.issues ?? []).map((i) => ({ value: i.id, label: i.title }))];
  const rubricOptions = [{ value: '', label: 'None' }, ...(rubrics.data?.rubrics ?? []).map((r) => ({ value: r.id, label: r.name }))];

  return (
    <form onSubmit={submit} noValidate className="stack" style={{ gap: 24 }}>
      <PageHeader
        title={editing ? `Edit ${settings.title || 'assessment'}` : 'New assessment'}
        breadcrumb={
          <>
            <Link to="/app/assessments">Assessments</Link>
            {editing && (
              <>
                {' / '}
                <Link to={`/app/assessments/${id}`}>{existing.data?.title}</Link>
              </>
            )}
          </>
        }
        actions={
          <>
            <Link to={editing ? `/app/assessments/${id}` : '/app/assessments'} className="button">
              Cancel
            </Link>
            <button type="submit" className="primary" disabled={busy}>
              {busy ? 'Saving…' : editing ? 'Save changes' : 'Create assessment'}
            </button>
          </>
        }
      />
      <ErrorSummary error={error} formId={FORM_ID} title="The assessment was not saved" placeOf={placeInAssessment} />
      {draw && (
        <Alert kind="info">
          {pluralize(draw.count, `${draw.difficulty} question`)} from “{draw.category}” are drawn from the question bank for each candidate. Check the
          draw below and save.
        </Alert>
      )}

      <Card title="Basics">
        <div className="form-grid">
          <TextField label="Title" required maxLength={255} value={settings.title} onChange={set('title')} {...errors.field('title')} />
          <TextField label="Role" required maxLength={255} value={settings.role} onChange={set('role')} {...errors.field('role')} />
          <TextAreaField
            className="span-2"
            label="Brief for the candidate"
            hint="Shown before the candidate starts. Required unless you link an issue."
            rows={4}
            value={settings.taskBrief}
            onChange={set('taskBrief')}
            {...errors.field('taskBrief')}
          />
          <SelectField label="Linked issue" options={issueOptions} value={settings.issueId} onChange={set('issueId')} {...errors.field('issueId')} />
          <TextField
            label="Repository URL"
            type="url"
            hint="For hands-on tasks done with the assay CLI."
            value={settings.repoUrl}
            onChange={set('repoUrl')}
            {...errors.field('repoUrl')}
          />
          <TextField
            label="Skills verified"
            className="span-2"
            hint="Comma-separated. Passing marks them verified for the candidate."
            value={settings.skills}
            onChange={set('skills')}
            {...errors.field('skills')}
          />
        </div>
      </Card>

      <Card title="Rules and scoring">
        <div className="grid-3">
          <TextField label="Time limit (minutes)" type="number" min={1} hint="Empty for no limit." value={settings.timeLimitMinutes} onChange={set('timeLimitMinutes')} {...errors.field('timeLimitMinutes')} />
          <TextField label="Keys expire after (days)" type="number" min={1} max={365} value={settings.expiresInDays} onChange={set('expiresInDays')} {...errors.field('expiresInDays')} />
          <TextField label="Pass mark (%)" type="number" min={0} max={100} value={settings.passingScore} onChange={set('passingScore')} {...errors.field('passingScore')} />
          <TextField label="Low-pass band (points)" type="number" min={0} max={100} hint="Scores this close above the pass mark are LOW_PASS." value={settings.lowPassBand} onChange={set('lowPassBand')} {...errors.field('lowPassBand')} />
          <TextField label="Attempts allowed" type="number" min={1} max={100} value={settings.maxAttempts} onChange={set('maxAttempts')} {...errors.field('maxAttempts')} />
          <TextField label="Red flag after (violations)" type="number" min={1} value={settings.redFlagThreshold} onChange={set('redFlagThreshold')} {...errors.field('redFlagThreshold')} />
          <SelectField label="Grading rubric" options={rubricOptions} value={settings.rubricId} onChange={set('rubricId')} {...errors.field('rubricId')} />
          <SelectField
            label="Result email to the candidate"
            hint="What it says follows the score setting below. Skill verification (API) submissions always get theirs at once."
            options={RESULT_EMAIL_OPTIONS}
            value={settings.resultEmail}
            onChange={set('resultEmail')}
            {...errors.field('resultEmail')}
          />
        </div>
        <div className="row" style={{ marginTop: 16, gap: 24 }}>
          <label className="checkbox">
            <input type="checkbox" checked={settings.lockOnPass} onChange={(e) => setSettings((s) => ({ ...s, lockOnPass: e.target.checked }))} />
            Lock the invitation once passed
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={settings.showResult} onChange={(e) => setSettings((s) => ({ ...s, showResult: e.target.checked }))} />
            Show candidates their score when they finish
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={settings.requireCandidateDetails}
              onChange={(e) => setSettings((s) => ({ ...s, requireCandidateDetails: e.target.checked }))}
            />
            Ask for name and email when a key has no name
          </label>
        </div>
      </Card>

      <Card
        title={`Questions (${questions.length})`}
        actions={
          <button type="button" onClick={() => setQuestions((q) => [...q, emptyQuestion(q[q.length - 1])])}>
            Add question
          </button>
        }
      >
        {(['questions', 'blueprint'] as const).map((group) => (
          <div key={group} id={errors.idOf(group)} tabIndex={-1}>
            <GroupError id={errors.idOf(group)} message={errors.message(group, { exact: group === 'questions' })} />
          </div>
        ))}
        {blueprint.length > 0 && questions.length === 0 && (
          <Alert kind="info">
            Questions are drawn per candidate from the question bank (below). To write a fixed list here instead, remove the draws.
          </Alert>
        )}
        <div className="stack">
          {questions.length === 0 && blueprint.length === 0 && (
            <p className="muted">No questions yet. Add multiple-choice or free-text questions, or leave this empty for a hands-on task only.</p>
          )}
          {questions.map((draft, index) => (
            <QuestionEditor
              key={draft.key}
              draft={draft}
              index={index}
              count={questions.length}
              categories={categories}
              errors={errors.within(`questions.${index}`)}
              onChange={(next) => setQuestions((current) => current.map((q) => (q.key === draft.key ? next : q)))}
              onRemove={() => setQuestions((current) => current.filter((q) => q.key !== draft.key))}
              onMove={(delta) => moveQuestion(index, delta)}
            />
          ))}
          {questions.length > 0 && (
            <div>
              <button type="button" onClick={() => setQuestions((q) => [...q, emptyQuestion(q[q.length - 1])])}>
                Add another question
              </button>
            </div>
          )}
        </div>
      </Card>

      <BlueprintEditor drafts={blueprint} onChange={setBlueprint} categories={bank.data?.categories} showProblems={showProblems} error={error} />

      <CasesEditor cases={cases} onChange={setCases} errors={errors} />

      <div className="row end">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : editing ? 'Save changes' : 'Create assessment'}
        </button>
      </div>
    </form>
  );
}
