import type { ReportFonts } from './results-pdf-fonts.js';
import { drawLines, layoutText, lineHeightOf, type Align, type TextBlock, type TextLine, type TextStyle } from './results-pdf-text.js';

/**
 * The flow of the PDF report down its pages: a cursor that every block moves
 * by its measured height, page breaks before a block that does not fit, and
 * columns that continue on the next page when they are longer than one.
 */

type Doc = PDFKit.PDFDocument;

export const MARGIN = 50;
/** The footer sits below this line, in the bottom margin. */
const CONTENT_BOTTOM_GAP = MARGIN + 4;

export interface PlacedBlock {
  block: TextBlock;
  x: number;
  width: number;
  align?: Align;
}

export class PdfFlow {
  y = MARGIN;

  constructor(
    readonly doc: Doc,
    readonly fonts: ReportFonts,
  ) {}

  get left(): number {
    return MARGIN;
  }

  get width(): number {
    return this.doc.page.width - MARGIN * 2;
  }

  get bottom(): number {
    return this.doc.page.height - CONTENT_BOTTOM_GAP;
  }

  /** The most one page holds. */
  get capacity(): number {
    return this.bottom - MARGIN;
  }

  get atPageTop(): boolean {
    return this.y <= MARGIN;
  }

  layout(text: string, style: TextStyle, width: number): TextBlock {
    return layoutText(this.doc, this.fonts, text, style, width);
  }

  newPage(): void {
    this.doc.addPage();
    this.y = MARGIN;
  }

  /** Starts a new page unless `height` (at most a page) fits below the cursor. */
  keep(height: number): void {
    if (!this.atPageTop && this.y + Math.min(height, this.capacity) > this.bottom) this.newPage();
  }

  gap(points: number): void {
    this.y = Math.min(this.y + points, this.bottom);
  }

  /**
   * Blocks side by side from the cursor, which then moves below the tallest.
   * A row that fits on a page is kept whole; a longer one fills this page and
   * goes on, line by line, on the next.
   */
  row(columns: readonly PlacedBlock[]): void {
    const height = Math.max(0, ...columns.map((column) => column.block.height));
    const firstLines = Math.max(0, ...columns.map((column) => (column.block.lines[0] ? lineHeightOf(column.block.lines[0]) : 0)));
    this.keep(height <= this.capacity ? height : firstLines);
    const pending = columns.map((column) => ({ column, lines: [...column.block.lines] }));
    for (;;) {
      let used = 0;
      for (const item of pending) {
        const taken: TextLine[] = [];
        let takenHeight = 0;
        while (item.lines.length > 0 && this.y + takenHeight + lineHeightOf(item.lines[0]!) <= this.bottom + 0.01) {
          takenHeight += lineHeightOf(item.lines[0]!);
          taken.push(item.lines.shift()!);
        }
        if (taken.length === 0 && this.atPageTop && item.lines.length > 0) {
          // A line taller than the page: printed anyway rather than never.
          takenHeight += lineHeightOf(item.lines[0]!);
          taken.push(item.lines.shift()!);
        }
        const { block, x, width, align } = item.column;
        drawLines(this.doc, taken, block.style, x, this.y, width, align);
        used = Math.max(used, takenHeight);
      }
      if (pending.every((item) => item.lines.length === 0)) {
        this.y += used;
        return;
      }
      this.newPage();
    }
  }

  /** A block across the full width (or from `indent`). */
  text(text: string, style: TextStyle, options: { indent?: number; align?: Align } = {}): TextBlock {
    const indent = options.indent ?? 0;
    const block = this.layout(text, style, this.width - indent);
    this.row([{ block, x: this.left + indent, width: this.width - indent, align: options.align }]);
    return block;
  }
}
