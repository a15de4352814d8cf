import PDFDocument from 'pdfkit';
import { cellText, type Table } from '../spreadsheets/table';
import { FONTS, type FontStyle } from './fonts';
import type { OfficialDocument } from './official-document';

const MM = 72 / 25.4;
/** Nghị định 30/2020/NĐ-CP: A4; margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };
const BODY = 13;
const TABLE = 11;
const INDENT = 10 * MM;

type Doc = PDFKit.PDFDocument;

function use(doc: Doc, style: FontStyle, size: number): Doc {
  return doc.font(style).fontSize(size);
}

/** Centred lines in a column [x, x + width), starting at y; returns the y below them. */
function centred(doc: Doc, lines: [string, FontStyle, number][], x: number, y: number, width: number): number {
  let at = y;
  for (const [text, style, size] of lines) {
    use(doc, style, size).text(text, x, at, { width, align: 'center' });
    at = doc.y;
  }
  return at;
}

/** A short rule under a centred line, as the decree draws under the issuer and the motto. */
function rule(doc: Doc, x: number, y: number, width: number, length: number): void {
  doc
    .moveTo(x + (width - length) / 2, y + 1)
    .lineTo(x + (width + length) / 2, y + 1)
    .lineWidth(0.6)
    .stroke();
}

function header(doc: Doc, d: OfficialDocument, width: number): void {
  const left = MARGINS.left;
  const leftWidth = width * 0.42;
  const right = left + leftWidth;
  const rightWidth = width - leftWidth;
  const top = MARGINS.top;
  let y = centred(
    doc,
    [
      [d.superior, 'regular', 12],
      [d.issuer, 'bold', 12],
    ],
    left - 10,
    top,
    leftWidth + 10,
  );
  rule(doc, left - 10, y, leftWidth + 10, leftWidth * 0.35);
  y = centred(doc, [[d.numberSymbol, 'regular', BODY]], left - 10, y + 8, leftWidth + 10);
  let r = centred(
    doc,
    [
      ['CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'bold', 12],
      ['Độc lập - Tự do - Hạnh phúc', 'bold', BODY],
    ],
    right,
    top,
    rightWidth,
  );
  rule(doc, right, r, rightWidth, use(doc, 'bold', BODY).widthOfString('Độc lập - Tự do - Hạnh phúc'));
  r = centred(doc, [[d.placeDate, 'italic', BODY]], right, r + 8, rightWidth);
  y = Math.max(y, r) + 18;
  y = centred(
    doc,
    [
      [d.kind, 'bold', 14],
      [d.summary, 'bold', BODY],
    ],
    left,
    y,
    width,
  );
  rule(doc, left, y + 2, width, width * 0.2);
  doc.y = y + 16;
}

/**
 * Widths in proportion to the spreadsheet's, but never narrower than the longest word of a column
 * (header or cell), so no word is broken across lines.
 */
function columnWidths(doc: Doc, t: Table, width: number, pad: number): number[] {
  // pdfkit measures a word with the space after it when it wraps a line.
  const longestWord = (texts: string[], style: FontStyle) =>
    Math.max(0, ...texts.flatMap((text) => text.split(/\s+/)).map((word) => use(doc, style, TABLE).widthOfString(`${word} `)));
  const least = t.columns.map(
    (c, i) =>
      Math.max(
        longestWord([c.header], 'bold'),
        longestWord(
          t.rows.map((r) => cellText(r[i], c.format)),
          'regular',
        ),
      ) +
      2 * pad +
      1,
  );
  const weights = t.columns.map((c) => c.width ?? (c.format === 'points' ? 11 : 12));
  const fixed = new Set<number>();
  for (;;) {
    const free = width - [...fixed].reduce((sum, i) => sum + least[i], 0);
    const weight = weights.reduce((sum, w, i) => (fixed.has(i) ? sum : sum + w), 0);
    const widths = weights.map((w, i) => (fixed.has(i) ? least[i] : (w / weight) * free));
    const short = widths.findIndex((w, i) => !fixed.has(i) && w < least[i]);
    if (short < 0 || fixed.size === widths.length - 1) return widths;
    fixed.add(short);
  }
}

function table(doc: Doc, t: Table, width: number): void {
  const pad = 3;
  const widths = columnWidths(doc, t, width, pad);
  const bottom = doc.page.height - MARGINS.bottom;
  const rowHeight = (cells: string[], style: FontStyle) =>
    Math.max(...cells.map((text, i) => use(doc, style, TABLE).heightOfString(text || ' ', { width: widths[i] - 2 * pad }))) + 2 * pad;
  const draw = (cells: string[], style: FontStyle, shade: boolean) => {
    const height = rowHeight(cells, style);
    if (doc.y + height > bottom) {
      doc.addPage();
      drawHead();
    }
    let x = MARGINS.left;
    const y = doc.y;
    cells.forEach((text, i) => {
      if (shade) doc.rect(x, y, widths[i], height).fillAndStroke('#eeeeee', '#000000').fillColor('#000000');
      else doc.rect(x, y, widths[i], height).lineWidth(0.5).stroke();
      const numeric = t.columns[i].format === 'points' || t.columns[i].format === 'integer';
      use(doc, style, TABLE).text(text, x + pad, y + pad, {
        width: widths[i] - 2 * pad,
        align: shade ? 'center' : numeric ? 'right' : 'left',
      });
      x += widths[i];
    });
    doc.x = MARGINS.left;
    doc.y = y + height;
  };
  const drawHead = () =>
    draw(
      t.columns.map((c) => c.header),
      'bold',
      true,
    );
  if (doc.y + 3 * rowHeight(['x'], 'regular') > bottom) doc.addPage();
  drawHead();
  for (const row of t.rows)
    draw(
      row.map((value, i) => cellText(value, t.columns[i].format)),
      'regular',
      false,
    );
  doc.y += 8;
}

function signatureBlock(doc: Doc, d: OfficialDocument, width: number): void {
  const half = width / 2;
  if (doc.y + 150 > doc.page.height - MARGINS.bottom) doc.addPage();
  const top = doc.y + 12;
  let y = centred(
    doc,
    [
      [d.signature.capacity, 'bold', BODY],
      [d.signature.position, 'bold', BODY],
    ],
    MARGINS.left + half,
    top,
    half,
  );
  y = centred(doc, [[d.signature.signer, 'bold', BODY]], MARGINS.left + half, y + 64, half);
  centred(
    doc,
    d.signature.details.map((line) => [line, 'italic', 11]),
    MARGINS.left + half,
    y,
    half,
  );
  use(doc, 'boldItalic', 12).text('Nơi nhận:', MARGINS.left, top, { width: half });
  d.recipients.forEach((r, i) => use(doc, 'regular', 11).text(`- ${r}${i === d.recipients.length - 1 ? '.' : ';'}`, { width: half - 10 }));
}

/** The document as an A4 PDF with Noto Serif embedded; page numbers from page 2, at the top, as the decree asks. */
export function toPdf(d: OfficialDocument): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    bufferPages: true,
    lang: 'vi-VN',
    displayTitle: true,
    info: { Title: `${d.kind.charAt(0)}${d.kind.slice(1).toLocaleLowerCase('vi')}: ${d.summary}`, Author: d.issuer, Creator: 'Thi đua' },
  });
  for (const [style, file] of Object.entries(FONTS)) doc.registerFont(style, file);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - MARGINS.left - MARGINS.right;
  header(doc, d, width);
  for (const block of d.body) {
    if ('heading' in block) {
      // A heading stays with the start of what it heads.
      if (doc.y + 90 > doc.page.height - MARGINS.bottom) doc.addPage();
      use(doc, 'bold', BODY).text(block.heading, MARGINS.left, doc.y + 4, { width });
    } else if ('text' in block)
      use(doc, 'regular', BODY).text(block.text, MARGINS.left, doc.y, { width, align: 'justify', indent: INDENT, paragraphGap: 4 });
    else {
      doc.y += 4;
      table(doc, block.table, width);
    }
  }
  signatureBlock(doc, d, width);
  const { count } = doc.bufferedPageRange();
  for (let i = 1; i < count; i++) {
    doc.switchToPage(i);
    use(doc, 'regular', BODY).text(String(i + 1), MARGINS.left, 8 * MM, { width, align: 'center', lineBreak: false });
  }
  doc.end();
  return done;
}
