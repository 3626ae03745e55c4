import PDFDocument from 'pdfkit';
import {
  answerPartsOf,
  decisionLabelOf,
  RESULT_STATUS_LABELS,
  scoreStatusLabelOf,
  TASK_STATE_LABELS,
} from './results-fns.js';
import { defaultReportFonts, type ReportFonts } from './results-pdf-fonts.js';
import { MARGIN, PdfFlow } from './results-pdf-flow.js';
import { isolate, listRtlLigaturesInVisualOrder } from './results-pdf-bidi.js';
import { drawLines, layoutOneLine, type TextStyle } from './results-pdf-text.js';
import type { ResultAnswer, ResultCase, ResultReport } from './results-report.js';

/**
 * The PDF report of one result, the one a recruiter forwards: candidate and
 * assessment, the score and pass decision, bar charts of the breakdown by
 * category and by difficulty, strengths and weaknesses, hands-on tasks with
 * their grades and rubrics, integrity signals, telemetry, and (when asked)
 * every answer. Every text is measured and wrapped in its column
 * (results-pdf-text), and the blocks follow each other by their heights
 * (results-pdf-flow). Returned as the pdfkit stream, so the reply streams it.
 */

const INK = '#1f2933';
const MUTED = '#616e7c';
const LINE = '#d9e2ec';
const BRAND = '#243b53';
const PASS = '#2f8132';
const FAIL = '#c62828';
const PENDING = '#b7791f';
const BAR_BG = '#edf2f7';

const body: TextStyle = { weight: 'regular', size: 10, color: INK };
const muted: TextStyle = { ...body, color: MUTED };
const small: TextStyle = { weight: 'regular', size: 8, color: MUTED };
const strong: TextStyle = { ...body, weight: 'bold' };
const heading: TextStyle = { weight: 'bold', size: 13, color: BRAND };

type Doc = PDFKit.PDFDocument;

const fmtDate = (iso: string | null) => (iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : '—');
const fmtNumber = (value: number | null, suffix = '') => (value === null ? '—' : `${Number(value.toFixed(2))}${suffix}`);
const fmtRate = (value: number | null) => (value === null ? '—' : `${Math.round(value * 1000) / 10}%`);
const fmtMs = (value: number | null) => {
  if (value === null) return '—';
  const minutes = Math.floor(value / 60_000);
  const seconds = Math.round((value % 60_000) / 1000);
  return minutes > 0 ? `${minutes} min ${seconds} s` : `${seconds} s`;
};

function statusColor(status: ResultReport['status']): string {
  return status === 'passed' ? PASS : status === 'failed' ? FAIL : PENDING;
}

function barColor(score: number, passingScore: number): string {
  return score >= passingScore ? PASS : score >= passingScore * 0.75 ? PENDING : FAIL;
}

/** A section heading with a rule under it, kept on the page of the content that follows (`keepWith` points of it). */
function sectionTitle(flow: PdfFlow, title: string, keepWith = 48): void {
  if (!flow.atPageTop) flow.gap(14);
  const block = flow.layout(title, heading, flow.width);
  flow.keep(block.height + 8 + keepWith);
  flow.row([{ block, x: flow.left, width: flow.width }]);
  const y = flow.y + 2;
  flow.doc.moveTo(flow.left, y).lineTo(flow.left + flow.width, y).lineWidth(0.7).strokeColor(LINE).stroke();
  flow.gap(8);
}

function keyValues(flow: PdfFlow, rows: Array<[string, string]>, labelWidth = 150): void {
  for (const [label, value] of rows) {
    flow.row([
      { block: flow.layout(label, muted, labelWidth - 10), x: flow.left, width: labelWidth - 10 },
      { block: flow.layout(value, body, flow.width - labelWidth), x: flow.left + labelWidth, width: flow.width - labelWidth },
    ]);
    flow.gap(3);
  }
}

/** Horizontal bars: the label (wrapped), a bar whose length is the score, and "score% (correct/total)". */
function barChart(flow: PdfFlow, items: Array<{ label: string; score: number; correct: number; total: number }>, passingScore: number): void {
  if (items.length === 0) {
    flow.text('No questions in this group.', muted);
    return;
  }
  const labelWidth = 140;
  const valueWidth = 90;
  const barWidth = flow.width - labelWidth - valueWidth - 10;
  const barHeight = 12;
  const doc = flow.doc;
  for (const item of items) {
    const label = flow.layout(isolate(item.label), body, labelWidth - 8);
    const value = flow.layout(`${item.score}% (${item.correct}/${item.total})`, body, valueWidth);
    flow.keep(Math.max(label.height, value.height, barHeight + 2));
    const y = flow.y;
    const x = flow.left + labelWidth;
    doc.rect(x, y + 1, barWidth, barHeight).fill(BAR_BG);
    const filled = Math.max(0, Math.min(100, item.score)) / 100;
    if (filled > 0) doc.rect(x, y + 1, barWidth * filled, barHeight).fill(barColor(item.score, passingScore));
    // The passing threshold as a thin marker across the bar.
    const mark = x + (barWidth * Math.min(100, passingScore)) / 100;
    doc.moveTo(mark, y - 1).lineTo(mark, y + barHeight + 3).lineWidth(1).strokeColor(MUTED).stroke();
    flow.row([
      { block: label, x: flow.left, width: labelWidth - 8 },
      { block: value, x: x + barWidth + 10, width: valueWidth },
    ]);
    flow.y = Math.max(flow.y, y + barHeight + 2);
    flow.gap(6);
  }
  flow.text(`The vertical mark is the passing threshold (${passingScore}%).`, small);
}

function header(flow: PdfFlow, report: ResultReport, generatedAt: Date): void {
  const doc = flow.doc;
  const title = flow.layout('Assessment report', { weight: 'bold', size: 18, color: '#ffffff' }, flow.width);
  const subtitle = flow.layout(`Assay · result ${report.id} · generated ${fmtDate(generatedAt.toISOString())}`, { weight: 'regular', size: 9, color: LINE }, flow.width);
  const top = 18;
  const height = top + title.height + 4 + subtitle.height + 14;
  doc.rect(0, 0, doc.page.width, height).fill(BRAND);
  drawLines(doc, title.lines, title.style, flow.left, top, flow.width);
  drawLines(doc, subtitle.lines, subtitle.style, flow.left, top + title.height + 4, flow.width);
  flow.y = height + 20;
}

function scoreBox(flow: PdfFlow, report: ResultReport): void {
  const doc = flow.doc;
  const color = statusColor(report.status);
  const padding = 12;
  const leftWidth = 140;
  const percentage = flow.layout(report.percentage === null ? '—' : `${report.percentage}%`, { weight: 'bold', size: 30, color }, leftWidth);
  const status = flow.layout(RESULT_STATUS_LABELS[report.status].toUpperCase(), { weight: 'bold', size: 12, color }, leftWidth);
  const detailsX = flow.left + padding + leftWidth + 20;
  const detailsWidth = flow.left + flow.width - padding - detailsX;
  const details = flow.layout(
    [
      `Score: ${fmtNumber(report.score)} of ${fmtNumber(report.maxScore)} points`,
      `Passing threshold: ${report.assessment.passingScore}%`,
      `Score status: ${scoreStatusLabelOf(report.scoreStatus)}`,
      `Percentile: ${report.percentile === null ? 'not enough results yet' : `${report.percentile} (share of other results scoring below)`}`,
      `Correct answers: ${report.correctCount ?? 0} of ${report.totalQuestions}`,
    ].join('\n'),
    body,
    detailsWidth,
  );
  const height = padding * 2 + Math.max(percentage.height + 4 + status.height, details.height);
  flow.keep(height);
  const top = flow.y;
  doc.roundedRect(flow.left, top, flow.width, height, 6).lineWidth(1).strokeColor(LINE).stroke();
  drawLines(doc, percentage.lines, percentage.style, flow.left + padding, top + padding, leftWidth);
  drawLines(doc, status.lines, status.style, flow.left + padding, top + padding + percentage.height + 4, leftWidth);
  drawLines(doc, details.lines, details.style, detailsX, top + padding, detailsWidth);
  flow.y = top + height;
}

function gradeLine(task: ResultCase): string {
  const points = `${fmtNumber(task.score)} / ${fmtNumber(task.maxScore)} points`;
  const minutes = task.timeSpentSeconds === null ? '' : ` · ${Math.round(task.timeSpentSeconds / 60)} min spent`;
  if (task.state === 'awaiting_grading') return `${TASK_STATE_LABELS.awaiting_grading} · out of ${fmtNumber(task.maxScore)} points${minutes}`;
  return `${points} · ${TASK_STATE_LABELS[task.state]}${minutes}`;
}

function task(flow: PdfFlow, item: ResultCase): void {
  const indent = 14;
  const title = flow.layout(`${item.order}. ${isolate(item.title)}`, { ...strong, size: 11 }, flow.width);
  const grade = flow.layout(gradeLine(item), { ...body, color: item.state === 'awaiting_grading' ? PENDING : INK }, flow.width - indent);
  flow.keep(title.height + 2 + grade.height);
  flow.row([{ block: title, x: flow.left, width: flow.width }]);
  flow.gap(2);
  flow.row([{ block: grade, x: flow.left + indent, width: flow.width - indent }]);

  const graded = item.criteria.some((criterion) => criterion.points !== null);
  if (item.criteria.length > 0 && (graded || item.state === 'awaiting_grading')) {
    flow.gap(4);
    flow.text(graded ? 'Rubric' : 'Rubric (not graded yet)', { ...small, weight: 'bold' }, { indent });
    const pointsWidth = 90;
    const nameWidth = flow.width - indent - pointsWidth - 10;
    for (const criterion of item.criteria) {
      const points = `${criterion.points === null ? '—' : fmtNumber(criterion.points)} / ${criterion.maxPoints === null ? '—' : fmtNumber(criterion.maxPoints)}`;
      flow.row([
        { block: flow.layout(isolate(criterion.name), body, nameWidth), x: flow.left + indent, width: nameWidth },
        { block: flow.layout(points, body, pointsWidth), x: flow.left + flow.width - pointsWidth, width: pointsWidth, align: 'right' },
      ]);
      if (criterion.description) flow.text(isolate(criterion.description), { ...small, size: 9 }, { indent: indent + 8 });
      flow.gap(3);
    }
  }
  const feedback = item.feedback;
  if (feedback && feedback.trim() !== '') {
    flow.gap(4);
    flow.text('Feedback', { ...small, weight: 'bold' }, { indent });
    flow.text(isolate(feedback), body, { indent });
  }
  flow.gap(10);
}

function answerText(answer: ResultAnswer, value: unknown): string {
  const parts = answerPartsOf(answer, value);
  if (parts.length === 0) return '(no answer)';
  return parts.map((part) => (part.option === null ? isolate(part.text) : `${String.fromCharCode(65 + part.option)}. ${isolate(part.text)}`)).join('; ');
}

function answer(flow: PdfFlow, item: ResultAnswer): void {
  const question = flow.layout(`${item.number}. ${isolate(item.question)}`, strong, flow.width);
  const meta = flow.layout(
    `${isolate(item.category)} · ${isolate(item.difficulty)} · ${item.points}/${item.maxPoints} points · ${item.timeSpentSeconds === null ? 'not answered' : `${item.timeSpentSeconds} s`}`,
    { ...small, size: 9 },
    flow.width,
  );
  const given = flow.layout(`${item.isCorrect ? 'Correct' : 'Incorrect'} — answered: ${answerText(item, item.selected)}`, { ...body, color: item.isCorrect ? PASS : FAIL }, flow.width);
  const expected = item.isCorrect ? null : flow.layout(`Expected: ${answerText(item, item.correctAnswer)}`, body, flow.width);
  flow.keep(question.height + meta.height + given.height + (expected?.height ?? 0));
  for (const block of [question, meta, given, expected]) {
    if (block) flow.row([{ block, x: flow.left, width: flow.width }]);
  }
  flow.gap(8);
}

/** On every page, under the content: who and what (cut to one line), and the page number. */
function footers(flow: PdfFlow, label: string): void {
  const doc = flow.doc;
  const range = doc.bufferedPageRange();
  const numberWidth = 80;
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const top = doc.page.height - MARGIN + 12;
    const left = layoutOneLine(doc, flow.fonts, label, small, flow.width - numberWidth - 10);
    const right = layoutOneLine(doc, flow.fonts, `page ${index + 1} of ${range.count}`, small, numberWidth);
    drawLines(doc, left.lines, left.style, MARGIN, top, flow.width - numberWidth - 10);
    drawLines(doc, right.lines, right.style, MARGIN + flow.width - numberWidth, top, numberWidth, 'right');
  }
}

export function renderResultPdf(report: ResultReport, generatedAt: Date, fonts: ReportFonts = defaultReportFonts()): Doc {
  const candidateName = report.candidate.name ?? report.candidate.email ?? 'Anonymous candidate';
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    info: {
      Title: `Assessment report — ${candidateName} — ${report.assessment.title}`,
      Author: 'Assay',
      Subject: `Result ${report.id}`,
      CreationDate: generatedAt,
    },
  });
  const flow = new PdfFlow(doc, fonts);
  header(flow, report, generatedAt);

  flow.text(isolate(candidateName), { weight: 'bold', size: 16, color: INK });
  flow.gap(2);
  const contact = [report.candidate.email, report.candidate.id].filter((value): value is string => Boolean(value));
  flow.text(contact.map(isolate).join(' · ') || 'No contact details', muted);
  flow.gap(10);
  keyValues(flow, [
    ['Assessment', isolate(report.assessment.title)],
    ['Role', isolate(report.assessment.role)],
    ['Attempt', String(report.attemptNumber)],
    ['Started', fmtDate(report.startedAt)],
    ['Completed', fmtDate(report.completedAt)],
    ['Time spent', report.durationMinutes === null ? '—' : `${report.durationMinutes} min`],
    ['Decision', report.decidedAt ? `${decisionLabelOf(report.decision)} (${fmtDate(report.decidedAt)})` : decisionLabelOf(report.decision)],
  ]);
  flow.gap(8);
  scoreBox(flow, report);

  sectionTitle(flow, 'Score by category');
  barChart(
    flow,
    report.breakdown.byCategory.map((item) => ({ label: item.category, score: item.score, correct: item.correct, total: item.total })),
    report.assessment.passingScore,
  );
  sectionTitle(flow, 'Score by difficulty');
  barChart(
    flow,
    report.breakdown.byDifficulty.map((item) => ({ label: item.difficulty, score: item.score, correct: item.correct, total: item.total })),
    report.assessment.passingScore,
  );

  sectionTitle(flow, 'Strengths and weaknesses');
  keyValues(flow, [
    ['Strengths', report.breakdown.strengths.map(isolate).join(', ') || 'None stands out from the candidate’s average'],
    ['Weaknesses', report.breakdown.weaknesses.map(isolate).join(', ') || 'None stands out from the candidate’s average'],
  ]);

  if (report.cases.length > 0) {
    sectionTitle(flow, 'Hands-on tasks', 60);
    for (const item of report.cases) task(flow, item);
  }

  sectionTitle(flow, 'Integrity signals');
  keyValues(flow, [
    ['Fullscreen exits', String(report.integrity.fullscreenViolations)],
    ['Copy / paste', String(report.integrity.copyPasteViolations)],
    ['Focus lost', String(report.integrity.focusLostCount)],
    ['Red flag', report.integrity.redFlag ? 'Yes — review the session before deciding' : 'No'],
  ]);

  sectionTitle(flow, 'Telemetry');
  keyValues(flow, [
    ['Duration', fmtMs(report.durationMs)],
    ['Typing speed', fmtNumber(report.telemetry.typingSpeedWpm, ' wpm')],
    ['AI prompts', String(report.telemetry.promptCount)],
    ['Commands run', String(report.telemetry.commandCount)],
    ['Command fail rate', fmtRate(report.telemetry.commandFailRate)],
    ['Verify intensity', fmtRate(report.telemetry.verifyIntensity)],
    ['Manual edit ratio', fmtRate(report.telemetry.manualEditRatio)],
    ['First change after', fmtMs(report.telemetry.firstChangeLatencyMs)],
    ['Test pass rate', fmtNumber(report.telemetry.testPassRate, '%')],
  ]);

  if (report.answers) {
    sectionTitle(flow, `Answers (${report.answers.length})`, 70);
    for (const item of report.answers) answer(flow, item);
  }

  footers(flow, `${isolate(candidateName)} · ${isolate(report.assessment.title)}`);
  listRtlLigaturesInVisualOrder(doc);
  doc.end();
  return doc;
}
