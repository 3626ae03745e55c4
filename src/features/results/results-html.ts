import { escapeHtml } from '../../shared/html.js';
import type { ResultAnswer, ResultReport } from './results-report.js';

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
  if (value === null || value === undefined || value === '') return '(no answer)';
  const option = (index: number) => `${String.fromCharCode(65 + index)}. ${answer.options[index] ?? '?'}`;
  if (typeof value === 'number') return option(value);
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'number' ? option(item) : String(item))).join('; ');
  return String(value);
}

export function renderResultHtml(report: ResultReport): string {
  const name = report.candidate.name ?? report.candidate.email ?? 'Anonymous candidate';
  const rows = (pairs: Array<[string, string]>) =>
    `<dl>${pairs.map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${value}</dd>`).join('')}</dl>`;
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
</style>
</head>
<body>
<header><h1>${escapeHtml(name)}</h1><p>${escapeHtml(report.assessment.title)} · ${escapeHtml(report.assessment.role)} · result ${escapeHtml(report.id)}</p></header>
<main>
<section aria-labelledby="score-h">
<h2 id="score-h">Score</h2>
<p class="score ${escapeHtml(report.status)}">${report.percentage === null ? '—' : escapeHtml(`${report.percentage}%`)} <small>${escapeHtml(report.status.toUpperCase())}</small></p>
${rows([
  ['Points', `${dash(report.score)} of ${dash(report.maxScore)}`],
  ['Passing threshold', escapeHtml(`${report.assessment.passingScore}%`)],
  ['Score status', escapeHtml(report.scoreStatus)],
  ['Percentile', report.percentile === null ? 'not enough results yet' : escapeHtml(report.percentile)],
  ['Candidate', `${escapeHtml(name)}${report.candidate.email ? ` &lt;${escapeHtml(report.candidate.email)}&gt;` : ''}`],
  ['Attempt', escapeHtml(report.attemptNumber)],
  ['Started', escapeHtml(report.startedAt)],
  ['Completed', escapeHtml(report.completedAt)],
  ['Time spent', report.durationMinutes === null ? '—' : escapeHtml(`${report.durationMinutes} min`)],
  ['Decision', dash(report.decision)],
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
    : `<section aria-labelledby="cases-h"><h2 id="cases-h">Hands-on tasks</h2>${rows(
        report.cases.map((item) => [
          `${item.order}. ${item.title}`,
          `${item.score === null ? 'awaiting grade' : escapeHtml(`${item.score} / ${item.maxScore}`)} · ${escapeHtml(item.status)}${item.timeSpentSeconds === null ? '' : escapeHtml(` · ${Math.round(item.timeSpentSeconds / 60)} min`)}`,
        ]),
      )}</section>`
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
