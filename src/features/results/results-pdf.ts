import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { ResultAnswer, ResultReport } from './results-report.js';

/**
 * The PDF report of one result, the one a recruiter forwards: candidate and
 * assessment, the score and pass decision, bar charts of the breakdown by
 * category and by difficulty, strengths and weaknesses, hands-on tasks,
 * integrity signals, telemetry, and (when asked) every answer. Returned as
 * the pdfkit stream, so the reply streams it.
 */

const INK = '#1f2933';
const MUTED = '#616e7c';
const LINE = '#d9e2ec';
const BRAND = '#243b53';
const PASS = '#2f8132';
const FAIL = '#c62828';
const PENDING = '#b7791f';
const BAR_BG = '#edf2f7';

const MARGIN = 50;

/**
 * DejaVu Sans (embedded, subset to the glyphs used): candidates' names and
 * answers come in every script, and the PDF standard fonts only know Latin-1.
 * (CJK and emoji are outside DejaVu and show as missing-glyph boxes.)
 */
const require = createRequire(import.meta.url);
const FONT_REGULAR = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

type Doc = PDFKit.PDFDocument;

function pageWidth(doc: Doc): number {
  return doc.page.width - MARGIN * 2;
}

/** Starts a new page when fewer than `height` points remain. */
function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - MARGIN - 20) doc.addPage();
}

function sectionTitle(doc: Doc, title: string): void {
  ensureSpace(doc, 60);
  doc.moveDown(0.8);
  doc.font('Bold').fontSize(13).fillColor(BRAND).text(title, MARGIN, doc.y);
  const y = doc.y + 2;
  doc.moveTo(MARGIN, y).lineTo(MARGIN + pageWidth(doc), y).lineWidth(0.7).strokeColor(LINE).stroke();
  doc.moveDown(0.5);
  doc.font('Regular').fontSize(10).fillColor(INK);
}

function keyValues(doc: Doc, rows: Array<[string, string]>): void {
  const labelWidth = 150;
  for (const [label, value] of rows) {
    ensureSpace(doc, 16);
    const y = doc.y;
    doc.font('Regular').fontSize(10).fillColor(MUTED).text(label, MARGIN, y, { width: labelWidth });
    doc.fillColor(INK).text(value, MARGIN + labelWidth, y, { width: pageWidth(doc) - labelWidth });
    doc.moveDown(0.25);
  }
}

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

/** Horizontal bars: label, a bar whose length is the score, and "score% (correct/total)". */
function barChart(doc: Doc, items: Array<{ label: string; score: number; correct: number; total: number }>, passingScore: number): void {
  if (items.length === 0) {
    doc.fillColor(MUTED).text('No questions in this group.');
    return;
  }
  const labelWidth = 140;
  const valueWidth = 90;
  const barWidth = pageWidth(doc) - labelWidth - valueWidth - 10;
  const barHeight = 12;
  for (const item of items) {
    ensureSpace(doc, 22);
    const y = doc.y;
    doc.font('Regular').fontSize(10).fillColor(INK).text(item.label, MARGIN, y + 1, { width: labelWidth - 8, ellipsis: true, lineBreak: false });
    const x = MARGIN + labelWidth;
    doc.rect(x, y, barWidth, barHeight).fill(BAR_BG);
    const filled = Math.max(0, Math.min(100, item.score)) / 100;
    if (filled > 0) doc.rect(x, y, barWidth * filled, barHeight).fill(barColor(item.score, passingScore));
    // The passing threshold as a thin marker across the bar.
    const mark = x + (barWidth * Math.min(100, passingScore)) / 100;
    doc.moveTo(mark, y - 2).lineTo(mark, y + barHeight + 2).lineWidth(1).strokeColor(MUTED).stroke();
    doc.fillColor(INK).text(`${item.score}% (${item.correct}/${item.total})`, x + barWidth + 10, y + 1, { width: valueWidth, lineBreak: false });
    doc.x = MARGIN;
    doc.y = y + barHeight + 8;
  }
  doc.font('Regular').fontSize(8).fillColor(MUTED).text(`The vertical mark is the passing threshold (${passingScore}%).`, MARGIN, doc.y);
  doc.fontSize(10).fillColor(INK);
}

function header(doc: Doc, report: ResultReport, generatedAt: Date): void {
  doc.rect(0, 0, doc.page.width, 70).fill(BRAND);
  doc.font('Bold').fontSize(18).fillColor('#ffffff').text('Assessment report', MARGIN, 22);
  doc.font('Regular').fontSize(9).fillColor('#d9e2ec').text(`Assay · result ${report.id} · generated ${fmtDate(generatedAt.toISOString())}`, MARGIN, 46);
  doc.fillColor(INK);
  doc.x = MARGIN;
  doc.y = 90;
}

function scoreBox(doc: Doc, report: ResultReport): void {
  const top = doc.y;
  const height = 78;
  doc.roundedRect(MARGIN, top, pageWidth(doc), height, 6).lineWidth(1).strokeColor(LINE).stroke();
  const color = statusColor(report.status);
  doc.font('Bold').fontSize(30).fillColor(color).text(report.percentage === null ? '—' : `${report.percentage}%`, MARGIN + 16, top + 14, { width: 130 });
  doc.font('Bold').fontSize(12).fillColor(color).text(report.status.toUpperCase(), MARGIN + 16, top + 52, { width: 130 });
  const x = MARGIN + 170;
  doc.font('Regular').fontSize(10).fillColor(INK);
  const lines = [
    `Score: ${fmtNumber(report.score)} of ${fmtNumber(report.maxScore)} points`,
    `Passing threshold: ${report.assessment.passingScore}%   ·   Score status: ${report.scoreStatus}`,
    `Percentile: ${report.percentile === null ? 'not enough results yet' : `${report.percentile} (share of other results scoring below)`}`,
    `Correct answers: ${report.correctCount ?? 0} of ${report.totalQuestions}`,
  ];
  lines.forEach((line, index) => doc.text(line, x, top + 12 + index * 15, { width: pageWidth(doc) - 180 }));
  doc.x = MARGIN;
  doc.y = top + height + 6;
}

function answerText(answer: ResultAnswer, value: unknown): string {
  if (value === null || value === undefined || value === '') return '(no answer)';
  const letter = (index: number) => `${String.fromCharCode(65 + index)}. ${answer.options[index] ?? '?'}`;
  if (typeof value === 'number') return letter(value);
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'number' ? letter(item) : String(item))).join('; ');
  return String(value);
}

function answers(doc: Doc, list: ResultAnswer[]): void {
  for (const answer of list) {
    ensureSpace(doc, 70);
    const mark = answer.isCorrect ? 'Correct' : 'Incorrect';
    doc.font('Bold').fontSize(10).fillColor(INK).text(`${answer.number}. ${answer.question}`, MARGIN, doc.y, { width: pageWidth(doc) });
    doc.font('Regular').fontSize(9).fillColor(MUTED).text(
      `${answer.category} · ${answer.difficulty} · ${answer.points}/${answer.maxPoints} points · ${answer.timeSpentSeconds === null ? 'not answered' : `${answer.timeSpentSeconds} s`}`,
    );
    doc.fillColor(answer.isCorrect ? PASS : FAIL).text(`${mark} — answered: ${answerText(answer, answer.selected)}`);
    if (!answer.isCorrect) doc.fillColor(INK).text(`Expected: ${answerText(answer, answer.correctAnswer)}`);
    doc.moveDown(0.5);
  }
}

export function renderResultPdf(report: ResultReport, generatedAt: Date): PDFKit.PDFDocument {
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
  doc.registerFont('Regular', FONT_REGULAR);
  doc.registerFont('Bold', FONT_BOLD);
  doc.font('Regular');
  header(doc, report, generatedAt);

  doc.font('Bold').fontSize(16).fillColor(INK).text(candidateName, MARGIN, doc.y);
  doc.font('Regular').fontSize(10).fillColor(MUTED).text([report.candidate.email, report.candidate.id].filter(Boolean).join(' · ') || 'No contact details');
  doc.moveDown(0.6);
  keyValues(doc, [
    ['Assessment', report.assessment.title],
    ['Role', report.assessment.role],
    ['Attempt', String(report.attemptNumber)],
    ['Started', fmtDate(report.startedAt)],
    ['Completed', fmtDate(report.completedAt)],
    ['Time spent', report.durationMinutes === null ? '—' : `${report.durationMinutes} min`],
    ['Decision', report.decision ?? 'none yet'],
  ]);
  doc.moveDown(0.5);
  scoreBox(doc, report);

  sectionTitle(doc, 'Score by category');
  barChart(
    doc,
    report.breakdown.byCategory.map((item) => ({ label: item.category, score: item.score, correct: item.correct, total: item.total })),
    report.assessment.passingScore,
  );
  sectionTitle(doc, 'Score by difficulty');
  barChart(
    doc,
    report.breakdown.byDifficulty.map((item) => ({ label: item.difficulty, score: item.score, correct: item.correct, total: item.total })),
    report.assessment.passingScore,
  );

  sectionTitle(doc, 'Strengths and weaknesses');
  keyValues(doc, [
    ['Strengths', report.breakdown.strengths.join(', ') || 'None stands out from the candidate’s average'],
    ['Weaknesses', report.breakdown.weaknesses.join(', ') || 'None stands out from the candidate’s average'],
  ]);

  if (report.cases.length > 0) {
    sectionTitle(doc, 'Hands-on tasks');
    keyValues(
      doc,
      report.cases.map((item) => [
        `${item.order}. ${item.title}`,
        `${item.score === null ? 'awaiting grade' : `${item.score} / ${item.maxScore}`} · ${item.status}${item.timeSpentSeconds === null ? '' : ` · ${Math.round(item.timeSpentSeconds / 60)} min`}`,
      ]),
    );
  }

  sectionTitle(doc, 'Integrity signals');
  keyValues(doc, [
    ['Fullscreen exits', String(report.integrity.fullscreenViolations)],
    ['Copy / paste', String(report.integrity.copyPasteViolations)],
    ['Focus lost', String(report.integrity.focusLostCount)],
    ['Red flag', report.integrity.redFlag ? 'YES — review the session before deciding' : 'No'],
  ]);

  sectionTitle(doc, 'Telemetry');
  keyValues(doc, [
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
    sectionTitle(doc, `Answers (${report.answers.length})`);
    answers(doc, report.answers);
  }

  const range = doc.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Regular').fontSize(8).fillColor(MUTED).text(
      `${candidateName} · ${report.assessment.title} · page ${index + 1} of ${range.count}`,
      MARGIN,
      doc.page.height - 35,
      { width: pageWidth(doc), align: 'center', lineBreak: false },
    );
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return doc;
}
