import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../shared/clock.js';
import { createTestApp, type TestApp, type TestOrg } from '../../../test/helpers/test-app.js';
import { createAssessmentFixture, createResultFixture, type FixtureAssessment } from '../../../test/helpers/result-fixtures.js';
import { overlappingWords, pdfFonts, pdfPages, pdfText, withoutSpace, type PdfPage } from '../../../test/helpers/pdf-inspect.js';
import { reportFonts } from './results-pdf-fonts.js';
import { renderResultPdf } from './results-pdf.js';
import { loadResultReport } from './results-report.js';

/**
 * The PDF report as a reader's tools see it (poppler): every word inside the
 * page margins and clear of every other word, every character drawn from an
 * embedded font, right-to-left names extracted in their logical order, and a
 * hand-graded task printed with its grade, rubric and feedback.
 */

const clock = fixedClock('2026-03-02T10:00:00.000Z');

/** One name per script: the heading of each candidate's report. */
const NAMES = {
  latin: 'Zoë Łukasiewicz-Ørsted',
  cyrillic: 'Иван Петрович Сидоров',
  greek: 'Δημήτρης Παπαδόπουλος',
  cjk: '王小明',
  arabic: 'محمد عبد الله الأحمد',
  hebrew: 'נועה כהן לוי',
};

/** Long texts per script, for task titles, questions, options and categories. */
const LONG = {
  latin:
    'Design and implement a horizontally scalable, fault-tolerant event ingestion pipeline with exactly-once delivery semantics, schema evolution and replay of historical partitions',
  cyrillic: 'Спроектируйте отказоустойчивый сервис обработки платежей с идемпотентными повторами, журналированием и восстановлением после сбоев',
  greek: 'Σχεδιάστε ένα κατανεμημένο σύστημα προσωρινής αποθήκευσης με ισχυρή συνέπεια, ανοχή σε σφάλματα και αυτόματη ανάκαμψη',
  cjk: '设计一个支持水平扩展和故障恢复的分布式任务调度系统，并说明如何保证每个任务恰好执行一次以及如何处理网络分区',
  arabic: 'صمم نظاما موزعا لمعالجة الطلبات مع ضمان الاتساق والتعافي من الأعطال وإعادة المحاولة دون تكرار الطلبات',
  hebrew: 'תכננו מערכת מבוזרת לעיבוד הזמנות עם עמידות לתקלות, שחזור מלא וניסיונות חוזרים ללא כפילויות',
};
type Script = keyof typeof LONG;
const SCRIPTS = Object.keys(LONG) as Script[];
const RTL: Script[] = ['arabic', 'hebrew'];

const CATEGORY: Record<Script, string> = {
  latin: 'Distributed systems and fault tolerance',
  cyrillic: 'Распределённые системы и отказоустойчивость',
  greek: 'Κατανεμημένα συστήματα',
  cjk: '分布式系统与容错',
  arabic: 'الأنظمة الموزعة',
  hebrew: 'מערכות מבוזרות',
};

const ASSESSMENT_TITLE = 'Senior Platform Engineer — Старший инженер — Ανώτερος μηχανικός — 高级平台工程师 — مهندس منصة أول — מהנדס פלטפורמה בכיר';
const FEEDBACK = [
  `Clear structure and careful error handling. ${LONG.latin}.`,
  `Хорошая структура. ${LONG.cyrillic}.`,
  `${LONG.cjk}。`,
  `${LONG.arabic}.`,
  `${LONG.hebrew}.`,
].join('\n');

describe('PDF report', () => {
  let t: TestApp;
  let org: TestOrg;
  let rich: FixtureAssessment;
  let tmp: string;
  /** The six candidates' reports: their session ids by script of the name. */
  const sessions = new Map<Script, string>();

  async function exportPdf(sessionId: string, query = '', name = sessionId): Promise<string> {
    const response = await t.request({ method: 'GET', url: `/results/${sessionId}/export?format=pdf${query}`, headers: org.headers });
    expect(response.statusCode).toBe(200);
    const file = path.join(tmp, `${name}.pdf`);
    fs.writeFileSync(file, response.rawPayload);
    return file;
  }

  async function gradeRubricCase(sessionId: string, caseId: string, criteria: Array<{ name: string; points: number }>, feedback: string) {
    const response = await t.request({
      method: 'POST',
      url: `/v1/sessions/${sessionId}/grades`,
      headers: org.headers,
      payload: { grades: [{ caseId, criteria, feedback }] },
    });
    expect(response.statusCode).toBe(200);
  }

  /** Words outside the page's 50-point margins (a line that ran out of its column). */
  const outsideMargins = (pages: readonly PdfPage[]) =>
    pages.flatMap((page) => page.words.filter((word) => word.xMin < 49.5 || word.xMax > page.width - 49.5 || word.yMin < 0 || word.yMax > page.height));

  const missingCharacters = (text: string, source: string) => [...new Set(withoutSpace(source))].filter((character) => !text.includes(character));

  beforeAll(async () => {
    t = await createTestApp({ clock });
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-pdf-'));
    org = await t.createOrg();
    rich = await createAssessmentFixture(t.database.db, clock, org.org.id, {
      title: ASSESSMENT_TITLE,
      role: 'Senior Platform Engineer (distributed systems, on-call, incident response)',
      questions: SCRIPTS.map((script, index) => ({
        text: `${LONG[script]}?`,
        type: index % 2 === 0 ? 'single' : 'multiple',
        options: [CATEGORY[script], `${LONG[script].slice(0, 40)}`, NAMES[script], '42'],
        answer: index % 2 === 0 ? 1 : [0, 2],
        category: CATEGORY[script],
        difficulty: (['easy', 'medium', 'hard'] as const)[index % 3]!,
        points: 1,
      })),
      cases: SCRIPTS.map((script, index) => ({
        title: LONG[script],
        maxScore: 10,
        rubric:
          index === 0
            ? [
                { name: CATEGORY.cyrillic, maxPoints: 5, description: LONG.greek },
                { name: CATEGORY.arabic, maxPoints: 5, description: LONG.hebrew },
              ]
            : undefined,
      })),
    });
    for (const script of SCRIPTS) {
      clock.advance(60_000);
      const result = await createResultFixture(t.database.db, clock, rich, {
        candidate: { name: NAMES[script], email: `${script}@example.com` },
        correct: SCRIPTS.map((_, index) => index % 3 !== 1),
        caseScores: [null, 7, null, 10, 3, 0],
      });
      await gradeRubricCase(
        result.sessionId,
        rich.cases[0]!.id,
        [
          { name: CATEGORY.cyrillic, points: 4 },
          { name: CATEGORY.arabic, points: 3 },
        ],
        FEEDBACK,
      );
      sessions.set(script, result.sessionId);
    }
  });
  afterAll(async () => {
    fs.rmSync(tmp, { recursive: true, force: true });
    await t.close();
  });

  it.each(SCRIPTS)('prints a %s name with long texts in six scripts: no word overlaps another or leaves its margins', async (script) => {
    const file = await exportPdf(sessions.get(script)!, '&include_answers=true', `six-scripts-${script}`);
    const pages = pdfPages(file);
    expect(pages.length).toBeGreaterThan(1);
    expect(overlappingWords(pages)).toEqual([]);
    expect(outsideMargins(pages)).toEqual([]);

    const text = pdfText(file);
    const flat = withoutSpace(text);
    // The name reads in its logical order (for Hebrew and Arabic too).
    expect(flat).toContain(withoutSpace(NAMES[script]));
    // Every character of every text has a glyph and comes back out.
    const sources = [ASSESSMENT_TITLE, FEEDBACK, NAMES[script], ...Object.values(LONG), ...Object.values(CATEGORY)];
    expect(sources.flatMap((source) => missingCharacters(text, source))).toEqual([]);
    expect(text).not.toContain('\u0000');
    expect(text).not.toContain('\ufffd');
    // Each word of the long right-to-left texts is extracted in logical order (shaped Arabic, lam-alef ligatures included).
    for (const rtl of RTL) {
      const words = LONG[rtl].split(/\s+/).map((word) => word.replace(/[,.]/g, ''));
      expect(words.filter((word) => !flat.includes(word))).toEqual([]);
    }
  });

  it('embeds Noto faces for Latin, Arabic, Hebrew and CJK, and nothing unembedded', async () => {
    const file = await exportPdf(sessions.get('latin')!, '&include_answers=true', 'fonts');
    const fonts = pdfFonts(file);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
    const names = fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, ''));
    expect(names).toEqual(expect.arrayContaining(['NotoSans-Regular', 'NotoSans-Bold', 'NotoSansArabic-Regular', 'NotoSansHebrew-Regular', 'NotoSansCJKsc-Regular']));
  });

  it('keeps working with DejaVu Sans alone when the Noto fonts are missing (CJK then has no glyphs)', async () => {
    const noFonts = fs.mkdtempSync(path.join(tmp, 'no-fonts-'));
    const sessionId = sessions.get('arabic')!;
    const report = await loadResultReport(t.database.db, org.org.id, sessionId, { answers: true });
    const doc = renderResultPdf(report, clock.now(), reportFonts({ fontRoot: noFonts }));
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    await new Promise((resolve) => doc.on('end', resolve));
    const file = path.join(tmp, 'dejavu.pdf');
    fs.writeFileSync(file, Buffer.concat(chunks));

    expect(new Set(pdfFonts(file).map((font) => font.name.replace(/^[A-Z]{6}\+/, '')))).toEqual(new Set(['DejaVuSans', 'DejaVuSans-Bold']));
    const pages = pdfPages(file);
    expect(overlappingWords(pages)).toEqual([]);
    expect(outsideMargins(pages)).toEqual([]);
    const text = pdfText(file);
    const flat = withoutSpace(text);
    expect(flat).toContain(withoutSpace(NAMES.arabic));
    const covered = SCRIPTS.filter((script) => script !== 'cjk');
    expect(covered.flatMap((script) => [...missingCharacters(text, LONG[script]), ...missingCharacters(text, CATEGORY[script])])).toEqual([]);
    for (const rtl of RTL) {
      const words = LONG[rtl].split(/\s+/).map((word) => word.replace(/[,.]/g, ''));
      expect(words.filter((word) => !flat.includes(word))).toEqual([]);
    }
    // The coverage DejaVu lacks: CJK characters print as replacement characters.
    expect([...LONG.cjk].filter((character) => /\p{Script=Han}/u.test(character) && text.includes(character))).toEqual([]);
    expect(text).toContain('\ufffd');
  });

  it('prints a hand-graded task with its grade, rubric and feedback, and the others as awaiting grading or not handed in', async () => {
    const exam = await createAssessmentFixture(t.database.db, clock, org.org.id, {
      title: 'Take-home',
      questions: [],
      cases: [
        {
          title: 'Build the API',
          maxScore: 10,
          rubric: [
            { name: 'Correctness', maxPoints: 5, description: 'Every endpoint answers as specified' },
            { name: 'Tests', maxPoints: 5, description: null },
          ],
        },
        { title: 'Write the migration', maxScore: 10 },
        { title: 'Document the design', maxScore: 10 },
      ],
    });
    const result = await createResultFixture(t.database.db, clock, exam, {
      candidate: { name: 'Grace Hopper' },
      caseScores: [null, null, null],
      deliverables: ['diff --git a/api b/api', 'diff --git a/db b/db', null],
    });
    await gradeRubricCase(
      result.sessionId,
      exam.cases[0]!.id,
      [
        { name: 'Correctness', points: 4 },
        { name: 'Tests', points: 3 },
      ],
      'Solid endpoints; the error paths need tests.',
    );

    const file = await exportPdf(result.sessionId, '', 'graded');
    const text = pdfText(file);
    expect(text).toMatch(/1\. Build the API\s+7 \/ 10 points · Graded/);
    // (pdftotext drops the spaces of a short line: "4/5".)
    expect(text).toMatch(/Rubric\s+Correctness\s+4 ?\/ ?5\s+Every endpoint answers as specified\s+Tests\s+3 ?\/ ?5/);
    expect(text).toMatch(/Feedback\s+Solid endpoints; the error paths need tests\./);
    expect(text).toMatch(/2\. Write the migration\s+Awaiting grading · out of 10 points/);
    expect(text).toMatch(/3\. Document the design\s+0 \/ 10 points · Not handed in/);
    expect(text.match(/Not handed in/g)).toHaveLength(1);
    expect(text).toMatch(/AWAITING GRADING/);
    expect(text).not.toMatch(/incorrect|pending/i);
    expect(overlappingWords(pdfPages(file))).toEqual([]);

    // The HTML report says the same.
    const page = await t.request({ method: 'GET', url: `/reports/sessions/${result.sessionId}`, headers: org.headers });
    expect(page.body).toContain('<strong>7 / 10</strong> points · Graded');
    expect(page.body).toMatch(/Correctness<br><span class="muted">Every endpoint answers as specified<\/span><\/th><td>4 \/ 5<\/td>/);
    expect(page.body).toContain('Awaiting grading</span> · out of 10 points');
    expect(page.body).toContain('0 / 10</strong> points · Not handed in');
    expect(page.body).not.toMatch(/incorrect/i);
  });
});
