import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { afterAll, describe, expect, it } from 'vitest';
import { overlappingWords, pdfPages } from '../../../test/helpers/pdf-inspect.js';
import { defaultReportFonts } from './results-pdf-fonts.js';
import { isolate, listRtlLigaturesInVisualOrder } from './results-pdf-bidi.js';
import { drawLines, layoutOneLine, layoutText, type TextStyle } from './results-pdf-text.js';

/**
 * Text setting checked on the page: poppler's `-bbox` words are the glyphs
 * as drawn, left to right, so right-to-left words read reversed there.
 */

const fonts = defaultReportFonts();
const style: TextStyle = { weight: 'regular', size: 10, color: '#000000' };
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-pdf-text-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

let files = 0;
async function render(draw: (doc: PDFKit.PDFDocument) => void): Promise<string> {
  const doc = new PDFDocument({ size: 'A4', margin: 50 });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => doc.on('end', resolve));
  draw(doc);
  listRtlLigaturesInVisualOrder(doc);
  doc.end();
  await ended;
  const file = path.join(tmp, `text-${files++}.pdf`);
  fs.writeFileSync(file, Buffer.concat(chunks));
  return file;
}

const reversed = (text: string) => [...text].reverse().join('');

describe('bidi order on the page', () => {
  it.each<[string, string, string[]]>([
    ['Hebrew with brackets in a Latin sentence (mirrored)', 'Name: נועה (לוי) כהן', ['Name:', reversed('כהן'), `(${reversed('לוי')})`, reversed('נועה')]],
    ['Arabic, shaped, lam-alef ligature included', 'محمد الأحمد', [reversed('الأحمد'), reversed('محمد')]],
    ['Arabic-Indic digits stay left to right', 'رقم ٣٤٥', ['٣٤٥', reversed('رقم')]],
    ['numbers inside Hebrew', 'Score 2024 שלום 12 עולם', ['Score', '2024', reversed('עולם'), '12', reversed('שלום')]],
    ['an isolated right-to-left text keeps its comma', `Task ${isolate('שלום, עולם')} done`, ['Task', reversed('עולם'), `,${reversed('שלום')}`, 'done']],
    ['left-to-right scripts in their order', 'Zoë Иван Δημήτρης 王小明', ['Zoë', 'Иван', 'Δημήτρης', '王小明']],
  ])('%s', async (_, text, words) => {
    const file = await render((doc) => {
      const block = layoutText(doc, fonts, text, style, 400);
      expect(block.lines).toHaveLength(1);
      drawLines(doc, block.lines, style, 50, 60, 400);
    });
    const drawn = pdfPages(file)[0]!.words.sort((a, b) => a.xMin - b.xMin);
    expect(drawn.map((word) => word.text)).toEqual(words);
  });
});

describe('line breaking by measure', () => {
  const long =
    'Implement a resilient job queue with leases, fencing tokens and retries: https://example.com/a/very/long/path/without/any/spaces/that/cannot/fit 分布式任务调度系统，并说明如何保证每个任务恰好执行一次 صمم نظاما موزعا لمعالجة الطلبات Спроектируйте отказоустойчивый сервис';

  it.each([60, 150, 300])('keeps every word of a long mixed text inside a %d-point column, lines clear of each other', async (width) => {
    const file = await render((doc) => {
      const block = layoutText(doc, fonts, long, style, width);
      expect(block.lines.length).toBeGreaterThan(1);
      for (const line of block.lines) expect(line.width).toBeLessThanOrEqual(width + 0.01);
      drawLines(doc, block.lines, style, 50, 60, width);
    });
    const pages = pdfPages(file);
    expect(pages[0]!.words.filter((word) => word.xMin < 50 - 0.01 || word.xMax > 50 + width + 0.01)).toEqual([]);
    expect(overlappingWords(pages)).toEqual([]);
  });

  it('breaks Chinese between characters but never before its punctuation', async () => {
    await render((doc) => {
      const block = layoutText(doc, fonts, '设计一个支持水平扩展和故障恢复的分布式任务调度系统，并说明如何保证每个任务恰好执行一次。', style, 62);
      expect(block.lines.length).toBeGreaterThan(3);
      const starts = block.lines.map((line) => line.runs[0]!.text[0]);
      expect(starts.filter((character) => character === '，' || character === '。')).toEqual([]);
    });
  });

  it('cuts a text to one line with an ellipsis', async () => {
    await render((doc) => {
      const block = layoutOneLine(doc, fonts, `${'Senior Platform Engineer — '.repeat(10)}end`, style, 200);
      expect(block.lines).toHaveLength(1);
      expect(block.lines[0]!.width).toBeLessThanOrEqual(200);
      expect(block.lines[0]!.runs.map((run) => run.text).join('')).toMatch(/^Senior Platform Engineer — .*…$/);
      expect(layoutOneLine(doc, fonts, 'short', style, 200).lines[0]!.runs.map((run) => run.text).join('')).toBe('short');
    });
  });

  it('keeps paragraphs and prints a character no face has as the replacement character', async () => {
    await render((doc) => {
      const block = layoutText(doc, fonts, 'first\n\nthird \u{10FFFD}', style, 300);
      expect(block.lines.map((line) => line.runs.map((run) => run.text).join(''))).toEqual(['first', '', 'third \ufffd']);
    });
  });
});
