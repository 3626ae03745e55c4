import type { BankCategory, BlueprintEntry, Difficulty } from '../lib/types';
import { pluralize } from '../lib/format';
import { Card, SelectField, TextField, fieldError } from '../components/ui';
import { newDraftKey } from './question-editor';

/**
 * An assessment's blueprint: how many questions of which category and
 * difficulty each candidate draws from the question bank. Edited in the
 * assessment editor; the question-bank page links into it with one draw
 * filled in (`?draw=<category>&difficulty=<level>&count=<n>`).
 */

export interface BlueprintDraft {
  key: string;
  category: string;
  difficulty: Difficulty;
  count: string;
}

const DIFFICULTY_OPTIONS = [
  { value: 'easy', label: 'Easy' },
  { value: 'medium', label: 'Medium' },
  { value: 'hard', label: 'Hard' },
];
const isDifficulty = (value: string | null): value is Difficulty => value === 'easy' || value === 'medium' || value === 'hard';

/** The assessment editor with one draw added: a new assessment (null), or an existing one's edit page. */
export function blueprintLink(assessmentId: string | null, draw: BlueprintEntry): string {
  const query = new URLSearchParams({ draw: draw.category, difficulty: draw.difficulty, count: String(draw.count) });
  return `${assessmentId ? `/app/assessments/${assessmentId}/edit` : '/app/assessments/new'}?${query.toString()}`;
}

/** The draw a link asks for, if it names one. */
export function drawFromSearch(params: URLSearchParams): BlueprintEntry | null {
  const category = params.get('draw')?.trim();
  const difficulty = params.get('difficulty');
  const count = Number.parseInt(params.get('count') ?? '1', 10);
  if (!category || !isDifficulty(difficulty)) return null;
  return { category, difficulty, count: Number.isInteger(count) && count > 0 ? count : 1 };
}

export function blueprintDrafts(entries: readonly BlueprintEntry[] | null | undefined): BlueprintDraft[] {
  return (entries ?? []).map((entry) => ({ key: newDraftKey(), category: entry.category, difficulty: entry.difficulty, count: String(entry.count) }));
}

/** Adds a draw, or sets the count of the draw of that category and difficulty if there is one. */
export function withDraw(drafts: readonly BlueprintDraft[], draw: BlueprintEntry | null): BlueprintDraft[] {
  if (!draw) return [...drafts];
  const same = drafts.find((draft) => draft.category === draw.category && draft.difficulty === draw.difficulty);
  if (same) return drafts.map((draft) => (draft === same ? { ...draft, count: String(draw.count) } : draft));
  return [...drafts, ...blueprintDrafts([draw])];
}

export function draftsToBlueprint(drafts: readonly BlueprintDraft[]): BlueprintEntry[] {
  return drafts.map((draft) => ({ category: draft.category.trim(), difficulty: draft.difficulty, count: Number.parseInt(draft.count, 10) }));
}

const bucket = (category: string, difficulty: string) => `${category}\u0000${difficulty}`;

/** Problems of one draw that the API would refuse, in plain words. */
export function drawProblems(drafts: readonly BlueprintDraft[], index: number, categories: readonly BankCategory[] | undefined): string[] {
  const draft = drafts[index]!;
  const problems: string[] = [];
  if (!draft.category.trim()) problems.push('Choose a category.');
  const count = Number(draft.count);
  if (!Number.isInteger(count) || count < 1 || count > 200) problems.push('Draw from 1 to 200 questions.');
  if (drafts.findIndex((other) => bucket(other.category.trim(), other.difficulty) === bucket(draft.category.trim(), draft.difficulty)) !== index) {
    problems.push('This category and difficulty are drawn twice; merge the counts.');
  }
  const available = categories?.find((item) => item.category === draft.category.trim())?.counts[draft.difficulty];
  if (categories && Number.isInteger(count) && count > (available ?? 0)) {
    problems.push(`The bank has ${available ?? 0} ${draft.difficulty} question(s) in this category.`);
  }
  return problems;
}

export function BlueprintEditor(props: {
  drafts: BlueprintDraft[];
  onChange: (drafts: BlueprintDraft[]) => void;
  categories: BankCategory[] | undefined;
  showProblems: boolean;
  error: unknown;
}) {
  const { drafts, categories } = props;
  const names = (categories ?? []).map((item) => item.category);
  const update = (key: string, patch: Partial<BlueprintDraft>) => props.onChange(drafts.map((draft) => (draft.key === key ? { ...draft, ...patch } : draft)));
  const total = drafts.reduce((sum, draft) => sum + (Number.parseInt(draft.count, 10) || 0), 0);
  const firstCategory = names[0] ?? '';

  return (
    <Card
      title="Drawn from the question bank"
      actions={
        <button
          type="button"
          onClick={() => props.onChange([...drafts, { key: newDraftKey(), category: firstCategory, difficulty: 'medium', count: '1' }])}
          disabled={names.length === 0}
        >
          Add a draw
        </button>
      }
    >
      <div className="stack" data-testid="blueprint-editor">
        {drafts.length === 0 ? (
          <p className="muted">
            {names.length === 0
              ? 'The question bank is empty. Add questions there to draw a different set for each candidate.'
              : 'Instead of writing questions here, draw a number of questions per category and difficulty from the question bank, shuffled for each candidate.'}
          </p>
        ) : (
          <p className="muted small">
            {pluralize(total, 'question')} per candidate, drawn at random from the bank when they start.
          </p>
        )}
        {drafts.map((draft, index) => {
          const available = categories?.find((item) => item.category === draft.category)?.counts[draft.difficulty];
          const problems = props.showProblems ? drawProblems(drafts, index, categories) : [];
          const options = [...new Set([...names, draft.category].filter(Boolean))].map((name) => ({ value: name, label: name }));
          return (
            <fieldset key={draft.key} className="question-card" aria-label={`Draw ${index + 1}`}>
              <div className="grid-4" style={{ alignItems: 'start' }}>
                <SelectField
                  label="Category"
                  value={draft.category}
                  options={options.length ? options : [{ value: '', label: 'No category yet' }]}
                  onChange={(event) => update(draft.key, { category: event.target.value })}
                  error={fieldError(props.error, `blueprint.${index}.category`)}
                />
                <SelectField
                  label="Difficulty"
                  value={draft.difficulty}
                  options={DIFFICULTY_OPTIONS}
                  onChange={(event) => update(draft.key, { difficulty: event.target.value as Difficulty })}
                  error={fieldError(props.error, `blueprint.${index}.difficulty`)}
                />
                <TextField
                  label="Questions"
                  type="number"
                  min={1}
                  max={200}
                  value={draft.count}
                  hint={available === undefined ? undefined : `${available} available`}
                  onChange={(event) => update(draft.key, { count: event.target.value })}
                  error={fieldError(props.error, `blueprint.${index}.count`)}
                />
                <div style={{ paddingTop: 28 }}>
                  <button
                    type="button"
                    className="small ghost"
                    onClick={() => props.onChange(drafts.filter((other) => other.key !== draft.key))}
                    aria-label={`Remove draw ${index + 1}`}
                  >
                    Remove
                  </button>
                </div>
              </div>
              {problems.length > 0 && (
                <ul className="error small" style={{ margin: 0, color: 'var(--danger)' }}>
                  {problems.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
              )}
            </fieldset>
          );
        })}
      </div>
    </Card>
  );
}
