import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { create as openFont, type Font } from 'fontkit';

/**
 * The fonts of the PDF report. Candidates' names, task titles and answers
 * come in every script, so each character is set in the first face of a
 * fallback chain that has a glyph for it: Noto Sans (Latin, Cyrillic, Greek
 * and more), Noto Sans Arabic, Noto Sans Hebrew, Noto Sans CJK (Chinese,
 * Japanese, Korean), Noto Sans Symbols 2, and last the bundled DejaVu Sans.
 *
 * The Noto faces come from the Debian packages fonts-noto-core and
 * fonts-noto-cjk. Without them the report still renders with DejaVu Sans
 * alone, which covers Latin, Cyrillic, Greek, Arabic and Hebrew but no CJK
 * (those characters then print as empty boxes).
 */

export type FontWeight = 'regular' | 'bold';

export interface FontFace {
  /** The name the face is registered under in a document. */
  readonly id: string;
  /** Ascender and descender depth, in ems (both positive). */
  readonly ascent: number;
  readonly descent: number;
  covers(codePoint: number): boolean;
  /** The font file, for pdfkit. */
  readonly source: Buffer;
  /** The face inside a collection (.ttc), for pdfkit. */
  readonly postscriptName: string | undefined;
}

export interface ReportFonts {
  /** The faces tried, in order, for the characters of `text` in this weight. */
  chain(weight: FontWeight, text: string): readonly FontFace[];
  /** The names of the faces found on this machine, first to last. */
  faceNames(): string[];
}

interface FaceFile {
  file: string;
  postscriptName?: string;
}

interface FaceSpec {
  key: string;
  regular: FaceFile;
  bold: FaceFile;
}

/** Where Debian puts Noto: truetype/noto (fonts-noto-core), opentype/noto (fonts-noto-cjk). */
export const DEBIAN_FONT_ROOT = '/usr/share/fonts';

const notoTtf = (name: string, bold = `${name}-Bold`): Pick<FaceSpec, 'regular' | 'bold'> => ({
  regular: { file: `truetype/noto/${name}-Regular.ttf` },
  bold: { file: `truetype/noto/${bold}.ttf` },
});

const notoCjk = (variant: string): Pick<FaceSpec, 'regular' | 'bold'> => ({
  regular: { file: 'opentype/noto/NotoSansCJK-Regular.ttc', postscriptName: `NotoSansCJK${variant}-Regular` },
  bold: { file: 'opentype/noto/NotoSansCJK-Bold.ttc', postscriptName: `NotoSansCJK${variant}-Bold` },
});

/** The CJK faces differ in the shapes of shared Han characters: kana picks Japanese, hangul Korean, else Simplified Chinese. */
export type CjkVariant = 'sc' | 'jp' | 'kr';

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;

export function cjkVariantOf(text: string): CjkVariant {
  if (KANA.test(text)) return 'jp';
  if (HANGUL.test(text)) return 'kr';
  return 'sc';
}

const NOTO_BEFORE_CJK: FaceSpec[] = [
  { key: 'noto-sans', ...notoTtf('NotoSans') },
  { key: 'noto-arabic', ...notoTtf('NotoSansArabic') },
  { key: 'noto-hebrew', ...notoTtf('NotoSansHebrew') },
];
const NOTO_CJK: Record<CjkVariant, FaceSpec> = {
  sc: { key: 'noto-cjk-sc', ...notoCjk('sc') },
  jp: { key: 'noto-cjk-jp', ...notoCjk('jp') },
  kr: { key: 'noto-cjk-kr', ...notoCjk('kr') },
};
const NOTO_AFTER_CJK: FaceSpec[] = [{ key: 'noto-symbols2', ...notoTtf('NotoSansSymbols2', 'NotoSansSymbols2-Regular') }];

const require = createRequire(import.meta.url);
const DEJAVU: FaceSpec = {
  key: 'dejavu-sans',
  regular: { file: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf') },
  bold: { file: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf') },
};

/** Font files read once per process (the CJK collections are ~20 MB each, read only when a text needs them). */
const files = new Map<string, Buffer>();
const fonts = new Map<string, Font>();

function fileOf(file: string): Buffer {
  let buffer = files.get(file);
  if (!buffer) {
    buffer = readFileSync(file);
    files.set(file, buffer);
  }
  return buffer;
}

function fontOf(file: string, postscriptName: string | undefined): Font {
  const key = `${file}#${postscriptName ?? ''}`;
  let font = fonts.get(key);
  if (!font) {
    const opened = openFont(fileOf(file), postscriptName);
    if (!('unitsPerEm' in opened)) throw new Error(`${file} is a font collection; name the face to use`);
    font = opened;
    fonts.set(key, font);
  }
  return font;
}

class LazyFace implements FontFace {
  private readonly coverage = new Map<number, boolean>();

  constructor(
    readonly id: string,
    private readonly file: string,
    readonly postscriptName: string | undefined,
  ) {}

  private get font(): Font {
    return fontOf(this.file, this.postscriptName);
  }

  get source(): Buffer {
    return fileOf(this.file);
  }

  get ascent(): number {
    return this.font.ascent / this.font.unitsPerEm;
  }

  get descent(): number {
    return Math.abs(this.font.descent) / this.font.unitsPerEm;
  }

  covers(codePoint: number): boolean {
    let known = this.coverage.get(codePoint);
    if (known === undefined) {
      known = this.font.hasGlyphForCodePoint(codePoint);
      this.coverage.set(codePoint, known);
    }
    return known;
  }
}

/**
 * The report's fonts from `fontRoot` (Debian's font folder by default), plus
 * DejaVu Sans. A face whose file is missing is left out of the chain.
 */
export function reportFonts(options: { fontRoot?: string } = {}): ReportFonts {
  const root = options.fontRoot ?? DEBIAN_FONT_ROOT;
  const faces = new Map<string, FontFace>();
  const faceOf = (spec: FaceSpec, weight: FontWeight): FontFace | null => {
    const id = `${spec.key}-${weight}`;
    const cached = faces.get(id);
    if (cached) return cached;
    const file = path.isAbsolute(spec[weight].file) ? spec[weight].file : path.join(root, spec[weight].file);
    if (!existsSync(file)) return null;
    const face = new LazyFace(id, file, spec[weight].postscriptName);
    faces.set(id, face);
    return face;
  };
  const chains = new Map<string, FontFace[]>();
  const chainOf = (weight: FontWeight, variant: CjkVariant): FontFace[] => {
    const key = `${weight}:${variant}`;
    let chain = chains.get(key);
    if (!chain) {
      const noto = [...NOTO_BEFORE_CJK, NOTO_CJK[variant], ...NOTO_AFTER_CJK].map((spec) => faceOf(spec, weight));
      chain = [...noto.filter((face): face is FontFace => face !== null), faceOf(DEJAVU, weight)!];
      chains.set(key, chain);
    }
    return chain;
  };
  return {
    chain: (weight, text) => chainOf(weight, cjkVariantOf(text)),
    faceNames: () => chainOf('regular', 'sc').map((face) => face.id),
  };
}

let shared: ReportFonts | null = null;

/** The fonts of this machine, looked up once per process. */
export function defaultReportFonts(): ReportFonts {
  shared ??= reportFonts();
  return shared;
}
