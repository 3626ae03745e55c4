import { escapeHtml } from '../../shared/html.js';
import { answerPartsOf, decisionLabelOf, RESULT_STATUS_LABELS, scoreStatusLabelOf, TASK_STATE_LABELS } from './results-fns.js';
import type { ResultAnswer, ResultCase, ResultReport } from './results-report.js';

/**
 * The detailed report page of one result (the detailed_report_url of
 * reference 001): a self-contained HTML document for a signed-in reviewer.
 * Every value is escaped; the page loads nothing from elsewhere.
 */


const dash = (value: unknown) => (value === null || value === undefined || value === '' ? '—' : escapeHtml(value));
const rate = (value: number | null) => (value === null ? '—' : `${Math.round(value * 1000) / 10}%`);

function bars(items: Array<{ label: string; score: number; correct: number; total: number }>, passingScore: number): string {
  if (items.length === 0) return '<p class="muted">No questions in this group.</p>';
  return `<table class="bars">${items
    .map((item) => {
      const width = Math.max(0, Math.min(100, item.score));
      const tone = item.score >= passingScore ? 'good' : 'bad';
      return `<tr><th scope="row">${escapeHtml(item.label)}</th><td><div class="bar" role="img" aria-label="${escapeHtml(`${item.score}%`)}"><span class="${tone}" style="width:${width}%"></span><i style="left:${Math.min(100, passingScore)}%"></i></div></td><td>${escapeHtml(`${item.score}% (${item.correct}/${item.total})`)}</td></tr>`;
    })
    .join('')}</table>`;
}

function answerText(answer: ResultAnswer, value: unknown): string {
  const parts = answerPartsOf(answer, value);
  if (parts.length === 0) return '(no answer)';
  return parts.map((part) => (part.option === null ? part.text : `${String.fromCharCode(65 + part.option)}. ${part.text}`)).join('; ');
}

const points = (value: number | null) => (value === null ? '—' : escapeHtml(Number(value.toFixed(2))));

/** A hands-on task: its grade (or that it awaits one), the rubric's criteria with the points given, the feedback. */
function taskHtml(task: ResultCase): string {
  const minutes = task.timeSpentSeconds === null ? '' : ` · ${escapeHtml(Math.round(task.timeSpentSeconds / 60))} min spent`;
  const grade =
    task.state === 'awaiting_grading'
      ? `<span class="pending">${TASK_STATE_LABELS.awaiting_grading}</span> · out of ${points(task.maxScore)} points`
      : `<strong>${points(task.score)} / ${points(task.maxScore)}</strong> points · ${escapeHtml(TASK_STATE_LABELS[task.state])}`;
  const graded = task.criteria.some((criterion) => criterion.points !== null);
  const rubric =
    task.criteria.length > 0 && (graded || task.state === 'awaiting_grading')
      ? `<table class="rubric"><caption>${graded ? 'Rubric' : 'Rubric (not graded yet)'}</caption><tbody>${task.criteria
          .map(
            (criterion) =>
              `<tr><th scope="row">${escapeHtml(criterion.name)}${criterion.description ? `<br><span class="muted">${escapeHtml(criterion.description)}</span>` : ''}</th><td>${points(criterion.points)} / ${points(criterion.maxPoints)}</td></tr>`,
          )
          .join('')}</tbody></table>`
      : '';
  const feedback = task.feedback && task.feedback.trim() !== '' ? `<p class="feedback"><span class="muted">Feedback</span><br>${escapeHtml(task.feedback)}</p>` : '';
  return `<li><h3 dir="auto">${escapeHtml(task.title)}</h3><p>${grade}${minutes}</p>${rubric}${feedback}</li>`;
}

export function renderResultHtml(report: ResultReport): string {
  const name = report.candidate.name ?? report.candidate.email ?? 'Anonymous candidate';
  const rows = (pairs: Array<[string, string]>) =>
    `<dl>${pairs.map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd dir="auto">${value}</dd>`).join('')}</dl>`;
  const answers = report.answers ?? [];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(`${name} — ${report.assessment.title} — Assay report`)}</title>
<style>
body{font:15px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1f2933;margin:0;background:#f5f7fa}
main{max-width:900px;margin:0 auto;padding:24px}
header{background:#243b53;color:#fff;padding:20px 24px}header h1{margin:0;font-size:22px}header p{margin:4px 0 0;color:#d9e2ec}
section{background:#fff;border:1px solid #d9e2ec;border-radius:8px;padding:16px 20px;margin:16px 0}
h2{font-size:17px;margin:0 0 12px;color:#243b53}
dl{display:grid;grid-template-columns:200px 1fr;gap:4px 12px;margin:0}dt{color:#616e7c}dd{margin:0}
.score{font-size:40px;font-weight:700}.passed{color:#2f8132}.failed{color:#c62828}.pending{color:#b7791f}
.bars{width:100%;border-collapse:collapse}.bars th{text-align:left;font-weight:400;width:180px;padding:4px 8px 4px 0}.bars td{padding:4px 0}
.bar{position:relative;background:#edf2f7;height:14px;border-radius:3px;min-width:200px}.bar span{display:block;height:100%;border-radius:3px}.bar .good{background:#2f8132}.bar .bad{background:#c62828}.bar i{position:absolute;top:-3px;bottom:-3px;width:2px;background:#616e7c}
.muted{color:#616e7c}.flag{color:#c62828;font-weight:700}
ol.answers li{margin-bottom:12px}.ok{color:#2f8132}.ko{color:#c62828}
ol.tasks li{margin-bottom:16px}ol.tasks h3{font-size:15px;margin:0 0 4px}.rubric{border-collapse:collapse;margin:6px 0}.rubric caption{text-align:left;color:#616e7c;font-size:13px}.rubric th{text-align:left;font-weight:400;padding:2px 16px 2px 0}.rubric td{white-space:nowrap;text-align:right}.feedback{white-space:pre-wrap;margin:6px 0 0}
</style>
</head>
<body>
<header><h1 dir="auto">${escapeHtml(name)}</h1><p>${escapeHtml(report.assessment.title)} · ${escapeHtml(report.assessment.role)} · result ${escapeHtml(report.id)}</p></header>
<main>
<section aria-labelledby="score-h">
<h2 id="score-h">Score</h2>
<p class="score ${escapeHtml(report.status)}">${report.percentage === null ? '—' : escapeHtml(`${report.percentage}%`)} <small>${escapeHtml(RESULT_STATUS_LABELS[report.status].toUpperCase())}</small></p>
${rows([
  ['Points', `${dash(report.score)} of ${dash(report.maxScore)}`],
  ['Passing threshold', escapeHtml(`${report.assessment.passingScore}%`)],
  ['Score status', escapeHtml(scoreStatusLabelOf(report.scoreStatus))],
  ['Percentile', report.percentile === null ? 'not enough results yet' : escapeHtml(report.percentile)],
  ['Candidate', `${escapeHtml(name)}${report.candidate.email ? ` &lt;${escapeHtml(report.candidate.email)}&gt;` : ''}`],
  ['Attempt', escapeHtml(report.attemptNumber)],
  ['Started', escapeHtml(report.startedAt)],
  ['Completed', escapeHtml(report.completedAt)],
  ['Time spent', report.durationMinutes === null ? '—' : escapeHtml(`${report.durationMinutes} min`)],
  ['Decision', escapeHtml(report.decidedAt ? `${decisionLabelOf(report.decision)} (${report.decidedAt})` : decisionLabelOf(report.decision))],
])}
</section>
<section aria-labelledby="cat-h"><h2 id="cat-h">Score by category</h2>${bars(
    report.breakdown.byCategory.map((item) => ({ label: item.category, score: item.score, correct: item.correct, total: item.total })),
    report.assessment.passingScore,
  )}</section>
<section aria-labelledby="diff-h"><h2 id="diff-h">Score by difficulty</h2>${bars(
    report.breakdown.byDifficulty.map((item) => ({ label: item.difficulty, score: item.score, correct: item.correct, total: item.total })),
    report.assessment.passingScore,
  )}</section>
<section aria-labelledby="sw-h"><h2 id="sw-h">Strengths and weaknesses</h2>${rows([
    ['Strengths', report.breakdown.strengths.map(escapeHtml).join(', ') || '<span class="muted">none stands out</span>'],
    ['Weaknesses', report.breakdown.weaknesses.map(escapeHtml).join(', ') || '<span class="muted">none stands out</span>'],
  ])}</section>
${
  report.cases.length === 0
    ? ''
    : `<section aria-labelledby="cases-h"><h2 id="cases-h">Hands-on tasks</h2><ol class="tasks">${report.cases.map(taskHtml).join('')}</ol></section>`
}
<section aria-labelledby="int-h"><h2 id="int-h">Integrity signals</h2>${rows([
    ['Fullscreen exits', escapeHtml(report.integrity.fullscreenViolations)],
    ['Copy / paste', escapeHtml(report.integrity.copyPasteViolations)],
    ['Focus lost', escapeHtml(report.integrity.focusLostCount)],
    ['Red flag', report.integrity.redFlag ? '<span class="flag">yes</span>' : 'no'],
  ])}</section>
<section aria-labelledby="tel-h"><h2 id="tel-h">Telemetry</h2>${rows([
    ['Duration (ms)', dash(report.durationMs)],
    ['Typing speed (wpm)', dash(report.telemetry.typingSpeedWpm)],
    ['AI prompts', escapeHtml(report.telemetry.promptCount)],
    ['Commands', escapeHtml(report.telemetry.commandCount)],
    ['Command fail rate', rate(report.telemetry.commandFailRate)],
    ['Verify intensity', rate(report.telemetry.verifyIntensity)],
    ['Manual edit ratio', rate(report.telemetry.manualEditRatio)],
    ['First change latency (ms)', dash(report.telemetry.firstChangeLatencyMs)],
    ['Test pass rate', report.telemetry.testPassRate === null ? '—' : escapeHtml(`${report.telemetry.testPassRate}%`)],
  ])}</section>
<section aria-labelledby="ans-h"><h2 id="ans-h">Answers (${answers.length})</h2>
<ol class="answers">${answers
    .map(
      (answer) =>
        `<li><strong>${escapeHtml(answer.question)}</strong><br><span class="muted">${escapeHtml(`${answer.category} · ${answer.difficulty} · ${answer.points}/${answer.maxPoints} points`)}</span><br><span class="${answer.isCorrect ? 'ok' : 'ko'}">${answer.isCorrect ? 'Correct' : 'Incorrect'}: ${escapeHtml(answerText(answer, answer.selected))}</span>${answer.isCorrect ? '' : `<br>Expected: ${escapeHtml(answerText(answer, answer.correctAnswer))}`}</li>`,
    )
    .join('')}</ol></section>
</main>
</body>
</html>`;
}
