import type { EmbeddingLevels } from 'bidi-js';
import { paragraphLevels, shaperReverses, visualRuns, type BidiCluster } from './results-pdf-bidi.js';
import type { FontFace, FontWeight, ReportFonts } from './results-pdf-fonts.js';

/**
 * Text setting for the PDF report, on top of pdfkit: a text is measured and
 * broken into lines that fit a width before anything is drawn, so the report
 * places every block by its measured height. Each character is set in the
 * first face of the fallback chain that has its glyph, lines holding
 * right-to-left text are put in visual order (results-pdf-bidi), and
 * fontkit shapes each run (Arabic joining forms).
 */

type Doc = PDFKit.PDFDocument;

export interface TextStyle {
  weight: FontWeight;
  size: number;
  color: string;
}

export interface TextRun {
  face: FontFace;
  /** What pdfkit is given: fontkit lays out a right-to-left script's run itself, so such a run stays in logical order. */
  text: string;
  width: number;
}

export interface TextLine {
  runs: TextRun[];
  width: number;
  /** Above and below the baseline, in points: the tallest face on the line decides. */
  ascent: number;
  descent: number;
}

export interface TextBlock {
  lines: TextLine[];
  style: TextStyle;
  height: number;
  /** The widest line. */
  width: number;
}

export const lineHeightOf = (line: TextLine): number => line.ascent + line.descent;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Spaces, punctuation, digits and marks: they take the face of the text around them when it has their glyph. */
const NEUTRAL = /^[\p{Script=Common}\p{Script=Inherited}]/u;
const IGNORABLE = /^\p{Default_Ignorable_Code_Point}+$/u;
/** Bidi formatting characters: they steer the order and are not drawn. */
const BIDI_CONTROL = /^\p{Bidi_Control}+$/u;
const REPLACEMENT = '\ufffd';
/** Spaces a line may break after (not the no-break ones). */
const BREAKING_SPACE = /^[\t \u1680\u2000-\u2006\u2008-\u200A\u205F\u3000]+$/u;
/** Han and kana: a line may break between any two of them. */
const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3000-\u303F\uFF01-\uFF60]/u;
const NO_BREAK_BEFORE = /^[\p{Pe}\p{Pf}\p{Po}ー]/u;
const NO_BREAK_AFTER = /^[\p{Ps}\p{Pi}]/u;
const HYPHEN_OR_SLASH = /^[-/\u2010\u2013]$/u;
const CONTROL = /[\p{Cc}]/gu;
const EPSILON = 0.01;

interface Cluster extends BidiCluster {
  space: boolean;
  /** Line-breaking classes, for breakBetween. */
  cjk: boolean;
  noBreakBefore: boolean;
  noBreakAfter: boolean;
  hyphen: boolean;
}

/** Measurements and face registrations, per document. */
interface DocState {
  registered: Set<string>;
  widths: Map<string, number>;
}
const states = new WeakMap<Doc, DocState>();

function stateOf(doc: Doc): DocState {
  let state = states.get(doc);
  if (!state) {
    state = { registered: new Set(), widths: new Map() };
    states.set(doc, state);
  }
  return state;
}

/** Selects the face (registering it in the document on first use) and the size. */
export function useFace(doc: Doc, face: FontFace, size: number): Doc {
  const state = stateOf(doc);
  if (!state.registered.has(face.id)) {
    doc.registerFont(face.id, face.source, face.postscriptName);
    state.registered.add(face.id);
  }
  return doc.font(face.id).fontSize(size);
}

/**
 * pdfkit lays a string out word by word (and caches each word) unless it is
 * given `features`; then it hands fontkit the whole string. A run of a
 * right-to-left script needs the whole string, or its words would come out
 * in logical order; everything else takes the faster cached path. Measuring
 * and drawing use the same path, so widths match what is drawn.
 */
function shapingOf(text: string): { features?: PDFKit.Mixins.OpenTypeFeatures[] } {
  return shaperReverses(text) ? { features: [] } : {};
}

function widthOf(doc: Doc, face: FontFace, size: number, text: string): number {
  const state = stateOf(doc);
  const key = `${face.id}\u0000${size}\u0000${text}`;
  let width = state.widths.get(key);
  if (width === undefined) {
    width = useFace(doc, face, size).widthOfString(text, shapingOf(text));
    state.widths.set(key, width);
  }
  return width;
}

function faceFor(chain: readonly FontFace[], text: string, previous: FontFace | null): FontFace | null {
  const codePoint = text.codePointAt(0)!;
  if (previous && NEUTRAL.test(text) && previous.covers(codePoint)) return previous;
  return chain.find((face) => face.covers(codePoint)) ?? null;
}

function clustersOf(paragraph: string, levels: Uint8Array, chain: readonly FontFace[]): Cluster[] {
  const clusters: Cluster[] = [];
  let previous: FontFace | null = null;
  for (const { segment, index } of graphemes.segment(paragraph)) {
    if (BIDI_CONTROL.test(segment)) continue;
    let text = segment;
    let face = faceFor(chain, segment, previous);
    if (!face) {
      // Invisible formatting characters (joiners) that no face draws are left out; anything else prints as the replacement character.
      if (IGNORABLE.test(segment)) continue;
      text = REPLACEMENT;
      face = faceFor(chain, REPLACEMENT, null) ?? chain[0]!;
    }
    clusters.push({
      text,
      start: index,
      end: index + segment.length,
      level: levels[index]!,
      face,
      space: BREAKING_SPACE.test(segment),
      cjk: CJK.test(segment),
      noBreakBefore: NO_BREAK_BEFORE.test(segment),
      noBreakAfter: NO_BREAK_AFTER.test(segment),
      hyphen: HYPHEN_OR_SLASH.test(segment),
    });
    previous = face;
  }
  return clusters;
}

/** Whether a line may break between two clusters that are not spaces. */
function breakBetween(before: Cluster, after: Cluster): boolean {
  if (after.noBreakBefore || before.noBreakAfter) return false;
  if (before.cjk || after.cjk) return true;
  return before.hyphen && !after.space;
}

interface Word {
  /** Its clusters [from, to), then its trailing spaces [to, spaceTo). */
  from: number;
  to: number;
  spaceTo: number;
}

function wordsOf(clusters: readonly Cluster[]): Word[] {
  const words: Word[] = [];
  let from = 0;
  while (from < clusters.length) {
    let to = from;
    while (to < clusters.length && !clusters[to]!.space && (to === from || !breakBetween(clusters[to - 1]!, clusters[to]!))) to++;
    let spaceTo = to;
    while (spaceTo < clusters.length && clusters[spaceTo]!.space) spaceTo++;
    words.push({ from, to, spaceTo });
    from = spaceTo;
  }
  return words;
}

/** The width of clusters [from, to) in logical order, measured per face so that each run is shaped as a whole. */
function rangeWidth(doc: Doc, clusters: readonly Cluster[], from: number, to: number, size: number): number {
  let width = 0;
  let start = from;
  for (let index = from + 1; index <= to; index++) {
    if (index === to || clusters[index]!.face !== clusters[start]!.face) {
      const text = clusters
        .slice(start, index)
        .map((cluster) => cluster.text)
        .join('');
      width += widthOf(doc, clusters[start]!.face, size, text);
      start = index;
    }
  }
  return width;
}

/** The longest start of clusters [from, to) that fits `maxWidth` (at least one cluster). */
function fittingEnd(doc: Doc, clusters: readonly Cluster[], from: number, to: number, size: number, maxWidth: number): number {
  let end = from;
  let estimate = 0;
  while (end < to) {
    const next = widthOf(doc, clusters[end]!.face, size, clusters[end]!.text);
    if (end > from && estimate + next > maxWidth + EPSILON) break;
    estimate += next;
    end++;
  }
  // Shaped widths differ a little from the sum of single clusters.
  while (end > from + 1 && rangeWidth(doc, clusters, from, end, size) > maxWidth + EPSILON) end--;
  return end;
}

/** Greedy line breaking: [from, to) cluster ranges without their trailing spaces. */
function breakLines(doc: Doc, clusters: readonly Cluster[], size: number, maxWidth: number): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  let line: [number, number] | null = null;
  let width = 0;
  let pendingSpace = 0;
  for (const word of wordsOf(clusters)) {
    const wordWidth = rangeWidth(doc, clusters, word.from, word.to, size);
    const spaceWidth = rangeWidth(doc, clusters, word.to, word.spaceTo, size);
    if (line && width + pendingSpace + wordWidth <= maxWidth + EPSILON) {
      line[1] = word.to;
      width += pendingSpace + wordWidth;
      pendingSpace = spaceWidth;
      continue;
    }
    if (line) lines.push(line);
    let from = word.from;
    if (wordWidth > maxWidth + EPSILON) {
      // A word wider than the column is cut where it reaches the edge.
      for (let end = fittingEnd(doc, clusters, from, word.to, size, maxWidth); end < word.to; end = fittingEnd(doc, clusters, from, word.to, size, maxWidth)) {
        lines.push([from, end]);
        from = end;
      }
    }
    line = [from, word.to];
    width = from === word.from ? wordWidth : rangeWidth(doc, clusters, from, word.to, size);
    pendingSpace = spaceWidth;
  }
  if (line) lines.push(line);
  return lines;
}

/** One line: its clusters in visual order, in runs of one face and one direction, measured. */
function lineOf(doc: Doc, paragraph: string, levels: EmbeddingLevels | null, clusters: readonly Cluster[], size: number): TextLine {
  const runs = visualRuns(paragraph, levels, clusters).map(({ face, text }): TextRun => ({ face, text, width: widthOf(doc, face, size, text) }));
  return {
    runs,
    width: runs.reduce((sum, run) => sum + run.width, 0),
    ascent: Math.max(...runs.map((run) => run.face.ascent * size)),
    descent: Math.max(...runs.map((run) => run.face.descent * size)),
  };
}

function emptyLine(face: FontFace, size: number): TextLine {
  return { runs: [], width: 0, ascent: face.ascent * size, descent: face.descent * size };
}

/** Tabs become spaces, other control characters go; each "\n" starts a paragraph. */
function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .split('\n')
    .map((paragraph) => paragraph.replace(CONTROL, ''));
}

/** Breaks `text` into lines no wider than `maxWidth` points; paragraphs run left to right (see `isolate`). */
export function layoutText(doc: Doc, fonts: ReportFonts, text: string, style: TextStyle, maxWidth: number): TextBlock {
  const chain = fonts.chain(style.weight, text);
  const lines: TextLine[] = [];
  for (const paragraph of paragraphsOf(text)) {
    const levels = paragraphLevels(paragraph);
    const clusters = clustersOf(paragraph, levels?.levels ?? new Uint8Array(paragraph.length), chain);
    if (clusters.length === 0) {
      lines.push(emptyLine(chain[0]!, style.size));
      continue;
    }
    for (const [from, to] of breakLines(doc, clusters, style.size, maxWidth)) {
      lines.push(lineOf(doc, paragraph, levels, clusters.slice(from, to), style.size));
    }
  }
  return {
    lines,
    style,
    height: lines.reduce((sum, line) => sum + lineHeightOf(line), 0),
    width: Math.max(0, ...lines.map((line) => line.width)),
  };
}

/** `text` on one line, cut with an ellipsis when it does not fit. */
export function layoutOneLine(doc: Doc, fonts: ReportFonts, text: string, style: TextStyle, maxWidth: number): TextBlock {
  const flat = text.replace(/\s+/g, ' ').trim();
  const whole = layoutText(doc, fonts, flat, style, maxWidth);
  if (whole.lines.length <= 1) return whole;
  const parts = Array.from(graphemes.segment(flat), (part) => part.segment);
  let low = 0;
  let high = parts.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (layoutText(doc, fonts, `${parts.slice(0, middle).join('').trimEnd()}…`, style, maxWidth).lines.length === 1) low = middle;
    else high = middle - 1;
  }
  return layoutText(doc, fonts, `${parts.slice(0, low).join('').trimEnd()}…`, style, maxWidth);
}

export type Align = 'left' | 'center' | 'right';

/** Draws lines of a block from its top-left corner; returns the height used. */
export function drawLines(doc: Doc, lines: readonly TextLine[], style: TextStyle, x: number, top: number, width: number, align: Align = 'left'): number {
  let y = top;
  for (const line of lines) {
    const baseline = y + line.ascent;
    let cursor = align === 'left' ? x : align === 'right' ? x + width - line.width : x + (width - line.width) / 2;
    for (const run of line.runs) {
      useFace(doc, run.face, style.size)
        .fillColor(style.color)
        .text(run.text, cursor, baseline, { ...shapingOf(run.text), lineBreak: false, baseline: 'alphabetic' });
      cursor += run.width;
    }
    y += lineHeightOf(line);
  }
  return y - top;
}
