import { execFileSync } from 'node:child_process';

/**
 * What poppler (pdftotext, pdffonts) reads from a PDF file: the words with
 * their boxes, the text in reading order, the fonts. Tests check a PDF by
 * what a reader's tools get out of it, not by how it was written.
 */

export interface PdfWord {
  page: number;
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  words: PdfWord[];
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return entities[name] ?? whole;
  });

/** Every word of every page with its box (points, origin top left), from `pdftotext -bbox`. */
export function pdfPages(file: string): PdfPage[] {
  const xhtml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages: PdfPage[] = [];
  for (const match of xhtml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const number = pages.length + 1;
    const words = [...match[3]!.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([\s\S]*?)<\/word>/g)].map((word) => ({
      page: number,
      text: unescape(word[5]!),
      xMin: Number(word[1]),
      yMin: Number(word[2]),
      xMax: Number(word[3]),
      yMax: Number(word[4]),
    }));
    pages.push({ number, width: Number(match[1]), height: Number(match[2]), words });
  }
  return pages;
}

/** Pairs of words on one page whose boxes share more than `tolerance` points in both directions. */
export function overlappingWords(pages: readonly PdfPage[], tolerance = 0.05): Array<[PdfWord, PdfWord]> {
  const pairs: Array<[PdfWord, PdfWord]> = [];
  for (const page of pages) {
    const words = [...page.words].sort((a, b) => a.yMin - b.yMin);
    for (let i = 0; i < words.length; i++) {
      const a = words[i]!;
      for (let j = i + 1; j < words.length && words[j]!.yMin < a.yMax - tolerance; j++) {
        const b = words[j]!;
        const x = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
        const y = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
        if (x > tolerance && y > tolerance) pairs.push([a, b]);
      }
    }
  }
  return pairs;
}

/** Bidi formatting characters pdftotext puts around right-to-left runs. */
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The text in reading order (`pdftotext`, which puts right-to-left runs back in logical order), without bidi controls. */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).replace(BIDI_CONTROLS, '');
}

/** Without any white space, so that a text wrapped over lines compares equal to its source. */
export const withoutSpace = (text: string) => text.replace(/\s+/gu, '');

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

/** The fonts of the file, from `pdffonts`. */
export function pdfFonts(file: string): PdfFont[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    // name, type (may hold spaces), encoding, emb, sub, uni, object, id: read from the right.
    const parts = line.trim().split(/\s+/);
    const [emb] = parts.slice(-5, -4);
    return { name: parts[0]!, type: parts.slice(1, -6).join(' '), embedded: emb === 'yes' };
  });
}
