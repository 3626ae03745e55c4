import { createRequire } from 'node:module';
import type { Bidi, EmbeddingLevels } from 'bidi-js';
import type { FontFace } from './results-pdf-fonts.js';

/**
 * Right-to-left text in the PDF report: the Unicode bidirectional algorithm
 * (bidi-js) gives each character its level and a line its visual order, and
 * what pdfkit is handed per run accounts for fontkit, which reverses the
 * glyphs of a right-to-left script's run itself while shaping it.
 */

// bidi-js is CommonJS whose module is the factory; its types describe an ES default export.
const bidi = (createRequire(import.meta.url)('bidi-js') as () => Bidi)();
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The scripts fontkit writes right to left: it reverses the glyphs of a run whose first script character is one of them. */
const SCRIPT_CHARACTER = /[^\p{Script=Common}\p{Script=Inherited}\p{Script=Unknown}]/u;
const RTL_SCRIPT =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Cypriot}\p{Script=Kharoshthi}\p{Script=Phoenician}\p{Script=Nko}\p{Script=Lydian}\p{Script=Avestan}\p{Script=Imperial_Aramaic}\p{Script=Inscriptional_Pahlavi}\p{Script=Inscriptional_Parthian}\p{Script=Old_South_Arabian}\p{Script=Old_Turkic}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Meroitic_Cursive}\p{Script=Meroitic_Hieroglyphs}\p{Script=Manichaean}\p{Script=Mende_Kikakui}\p{Script=Nabataean}\p{Script=Old_North_Arabian}\p{Script=Palmyrene}\p{Script=Psalter_Pahlavi}]/u;
/** Right-to-left mark, embedding, override and isolate. */
const RTL_CONTROL = /[\u200F\u202B\u202E\u2067]/u;

/** Whether fontkit lays `text` out right to left (and so reverses it). */
export function shaperReverses(text: string): boolean {
  const first = SCRIPT_CHARACTER.exec(text);
  return first !== null && RTL_SCRIPT.test(first[0]);
}

/**
 * Text from elsewhere (a name, a title, an answer) inside the report's own
 * left-to-right sentences: each of its lines is a bidi isolate (FSI … PDI),
 * so it reads in its own direction without reordering the words around it.
 */
export function isolate(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map((line) => `\u2068${line}\u2069`)
    .join('\n');
}

/** The levels of a paragraph that runs left to right; null when nothing in it is right to left (every level 0). */
export function paragraphLevels(paragraph: string): EmbeddingLevels | null {
  return RTL_SCRIPT.test(paragraph) || RTL_CONTROL.test(paragraph) ? bidi.getEmbeddingLevels(paragraph, 'ltr') : null;
}

/** A user-perceived character of a paragraph, with its level and the face it is set in. */
export interface BidiCluster {
  text: string;
  /** Code units of the paragraph it covers. */
  start: number;
  end: number;
  level: number;
  face: FontFace;
}

function reverseClusters(text: string): string {
  return Array.from(graphemes.segment(text), (part) => part.segment)
    .reverse()
    .join('');
}

/**
 * One line's clusters (in logical order) as runs in visual order, each of one
 * face and one direction, with the text to hand pdfkit: a right-to-left
 * script's run in logical order (fontkit reverses and shapes it); other text
 * at a right-to-left level (spaces, brackets) reversed here, brackets
 * mirrored; a left-to-right run of a right-to-left script (Arabic-Indic
 * digits) reversed here, so that fontkit's reversal puts it back.
 */
export function visualRuns(paragraph: string, levels: EmbeddingLevels | null, clusters: readonly BidiCluster[]): Array<{ face: FontFace; text: string }> {
  const first = clusters[0]!.start;
  const last = clusters[clusters.length - 1]!.end - 1;
  const order = levels ? bidi.getReorderedIndices(paragraph, levels, first, last) : null;
  const clusterOfUnit = new Map<number, number>();
  clusters.forEach((cluster, index) => {
    for (let unit = cluster.start; unit < cluster.end; unit++) clusterOfUnit.set(unit, index);
  });
  // A cluster (a surrogate pair, a letter with its marks) goes where the first of its code units lands.
  const visual: number[] = [];
  const seen = new Set<number>();
  for (let position = first; position <= last; position++) {
    const index = clusterOfUnit.get(order ? order[position]! : position);
    if (index !== undefined && !seen.has(index)) {
      seen.add(index);
      visual.push(index);
    }
  }

  const mirrorOf = (cluster: BidiCluster) => (cluster.level % 2 === 1 ? bidi.getMirroredCharacter(cluster.text) : null);
  const groups: number[][] = [];
  for (const index of visual) {
    const cluster = clusters[index]!;
    const group = groups[groups.length - 1];
    const previous = group ? clusters[group[group.length - 1]!]! : null;
    const step = cluster.level % 2 === 1 ? -1 : 1;
    const joins =
      group &&
      previous &&
      previous.face === cluster.face &&
      previous.level === cluster.level &&
      group[group.length - 1]! + step === index &&
      mirrorOf(previous) === null &&
      mirrorOf(cluster) === null;
    if (joins) group.push(index);
    else groups.push([index]);
  }

  return groups.map((group) => {
    const face = clusters[group[0]!]!.face;
    const rtl = clusters[group[0]!]!.level % 2 === 1;
    const logical = [...group]
      .sort((a, b) => a - b)
      .map((index) => clusters[index]!.text)
      .join('');
    if (rtl) return { face, text: shaperReverses(logical) ? logical : group.map((index) => mirrorOf(clusters[index]!) ?? clusters[index]!.text).join('') };
    return { face, text: shaperReverses(logical) ? reverseClusters(logical) : logical };
  });
}

/**
 * Text extraction puts right-to-left text back in logical order by reading
 * it right to left. A ligature glyph (Arabic lam-alef) stands for several
 * characters, so its characters must be listed in visual order too, like the
 * glyphs around it; pdfkit lists them in logical order. Reads pdfkit's
 * embedded fonts (an internal: the PDF tests check the result). Called once,
 * before the document ends.
 */
export function listRtlLigaturesInVisualOrder(doc: PDFKit.PDFDocument): void {
  const families = (doc as unknown as { _fontFamilies?: Record<string, { unicode?: unknown }> })._fontFamilies ?? {};
  for (const font of new Set(Object.values(families))) {
    if (!Array.isArray(font.unicode)) continue;
    const unicode = font.unicode as Array<number[] | undefined>;
    unicode.forEach((codePoints, glyph) => {
      if (!codePoints || codePoints.length < 2) return;
      const rtl = codePoints.some((codePoint) => ['R', 'AL'].includes(bidi.getBidiCharTypeName(String.fromCodePoint(codePoint))));
      if (rtl) unicode[glyph] = [...codePoints].reverse();
    });
  }
}
