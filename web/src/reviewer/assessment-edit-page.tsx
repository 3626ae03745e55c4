import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { staffApi } from '../lib/api';
import type { Assessment, AssessmentInput } from '../lib/types';
import { useResource } from '../lib/use-resource';
import { Alert, Card, ErrorAlert, Loading, PageHeader, SelectField, TextAreaField, TextField, fieldError } from '../components/ui';
import { QuestionEditor, draftToInput, emptyQuestion, questionToDraft, validateDraft, type QuestionDraft } from './question-editor';
import { CasesEditor, caseToDraft, draftToCaseInput, validateCase, type CaseDraft } from './cases-editor';
import { loadAssessment } from './assessment-api';
import { pageTitle } from './session';

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
  requireCandidateDetails: boolean;
  redFlagThreshold: string;
  skills: string;
}

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
    requireCandidateDetails: assessment.requireCandidateDetails,
    redFlagThreshold: String(assessment.redFlagThreshold),
    skills: assessment.skills.join(', '),
  };
}

const toInt = (value: string) => (value.trim() === '' ? null : Number.parseInt(value, 10));

/** Create (no :id) or edit an assessment: settings, questions and cases in one form. */
export function AssessmentEditPage() {
  const { id } = useParams();
  const editing = Boolean(id);
  const navigate = useNavigate();
  const existing = useResource(() => (id ? loadAssessment(id) : Promise.resolve(null)), [id]);
  const issues = useResource(() => staffApi.GET('/v1/issues').catch(() => ({ issues: [] })), []);
  const rubrics = useResource(() => staffApi.GET('/v1/rubrics').catch(() => ({ rubrics: [] })), []);

  const [settings, setSettings] = useState<SettingsDraft>(EMPTY_SETTINGS);
  const [questions, setQuestions] = useState<QuestionDraft[]>([]);
  const [cases, setCases] = useState<CaseDraft[]>([]);
  const [loaded, setLoaded] = useState(!editing);
  const [error, setError] = useState<unknown>(null);
  const [showProblems, setShowProblems] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    document.title = pageTitle(editing ? 'Edit assessment' : 'New assessment');
  }, [editing]);

  useEffect(() => {
    const assessment = existing.data;
    if (assessment && !loaded) {
      setSettings(settingsFrom(assessment));
      setQuestions(assessment.questions.map(questionToDraft));
      setCases(assessment.cases.map(caseToDraft));
      setLoaded(true);
    }
  }, [existing.data, loaded]);

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
    setShowProblems(true);
    setError(null);
    const invalidQuestion = questions.findIndex((q) => validateDraft(q).length > 0);
    const invalidCase = cases.findIndex((c) => validateCase(c).length > 0);
    if (invalidQuestion >= 0 || invalidCase >= 0) {
      setError(
        new Error(
          invalidQuestion >= 0
            ? `Question ${invalidQuestion + 1} is not complete yet.`
            : `Task ${invalidCase + 1} is not complete yet.`,
        ),
      );
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
      requireCandidateDetails: settings.requireCandidateDetails,
      redFlagThreshold: toInt(settings.redFlagThreshold) ?? 3,
      skills: settings.skills
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      cases: cases.map(draftToCaseInput),
    };
    // An assessment drawn from the question bank keeps its blueprint unless questions are written here.
    const blueprint = existing.data?.blueprint;
    if (!blueprint || questions.length > 0) body.questions = questions.map(draftToInput);
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
      <ErrorAlert error={error} title="The assessment was not saved" />

      <Card title="Basics">
        <div className="form-grid">
          <TextField label="Title" required maxLength={255} value={settings.title} onChange={set('title')} error={fieldError(error, 'title')} />
          <TextField label="Role" required maxLength={255} value={settings.role} onChange={set('role')} error={fieldError(error, 'role')} />
          <TextAreaField
            className="span-2"
            label="Brief for the candidate"
            hint="Shown before the candidate starts. Required unless you link an issue."
            rows={4}
            value={settings.taskBrief}
            onChange={set('taskBrief')}
            error={fieldError(error, 'taskBrief')}
          />
          <SelectField label="Linked issue" options={issueOptions} value={settings.issueId} onChange={set('issueId')} error={fieldError(error, 'issueId')} />
          <TextField
            label="Repository URL"
            type="url"
            hint="For hands-on tasks done with the assay CLI."
            value={settings.repoUrl}
            onChange={set('repoUrl')}
            error={fieldError(error, 'repoUrl')}
          />
          <TextField
            label="Skills verified"
            className="span-2"
            hint="Comma-separated. Passing marks them verified for the candidate."
            value={settings.skills}
            onChange={set('skills')}
            error={fieldError(error, 'skills')}
          />
        </div>
      </Card>

      <Card title="Rules and scoring">
        <div className="grid-3">
          <TextField label="Time limit (minutes)" type="number" min={1} hint="Empty for no limit." value={settings.timeLimitMinutes} onChange={set('timeLimitMinutes')} error={fieldError(error, 'timeLimitMinutes')} />
          <TextField label="Keys expire after (days)" type="number" min={1} max={365} value={settings.expiresInDays} onChange={set('expiresInDays')} error={fieldError(error, 'expiresInDays')} />
          <TextField label="Pass mark (%)" type="number" min={0} max={100} value={settings.passingScore} onChange={set('passingScore')} error={fieldError(error, 'passingScore')} />
          <TextField label="Low-pass band (points)" type="number" min={0} max={100} hint="Scores this close above the pass mark are LOW_PASS." value={settings.lowPassBand} onChange={set('lowPassBand')} error={fieldError(error, 'lowPassBand')} />
          <TextField label="Attempts allowed" type="number" min={1} max={100} value={settings.maxAttempts} onChange={set('maxAttempts')} error={fieldError(error, 'maxAttempts')} />
          <TextField label="Red flag after (violations)" type="number" min={1} value={settings.redFlagThreshold} onChange={set('redFlagThreshold')} error={fieldError(error, 'redFlagThreshold')} />
          <SelectField label="Grading rubric" options={rubricOptions} value={settings.rubricId} onChange={set('rubricId')} error={fieldError(error, 'rubricId')} />
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
        {existing.data?.blueprint && questions.length === 0 && (
          <Alert kind="info">
            Questions are drawn per candidate from the question bank ({existing.data.questionCount} per candidate). Adding questions here
            replaces the draw with a fixed list.
          </Alert>
        )}
        <div className="stack">
          {questions.length === 0 && !existing.data?.blueprint && (
            <p className="muted">No questions yet. Add multiple-choice or free-text questions, or leave this empty for a hands-on task only.</p>
          )}
          {questions.map((draft, index) => (
            <QuestionEditor
              key={draft.key}
              draft={draft}
              index={index}
              count={questions.length}
              categories={categories}
              showProblems={showProblems}
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

      <CasesEditor cases={cases} onChange={setCases} showProblems={showProblems} />

      <div className="row end">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : editing ? 'Save changes' : 'Create assessment'}
        </button>
      </div>
    </form>
  );
}
