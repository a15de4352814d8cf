import { zipSync } from 'fflate';
import yauzl from 'yauzl';
import { cellTooLong, SHEET_LIMITS, SheetError, sheetTooLarge } from './sheet-limits';

/** The parts of a workbook the score sheet reader needs; everything else (images, printer settings) stays packed. */
const NEEDED =
  /^(\[Content_Types\]\.xml|_rels\/\.rels|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/styles\.xml|xl\/worksheets\/sheet(\d+)\.xml)$/;
const EMPTY_SHARED_STRINGS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>';

const unreadable = (why: string) => new SheetError('UNREADABLE_SHEET', `Không đọc được tệp .xlsx: ${why}.`);

function open(buffer: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    // validateEntrySizes: inflating stops with an error the moment an entry exceeds its declared size.
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true }, (error, zip) =>
      error ? reject(unreadable('tệp không phải dạng nén ZIP của Excel')) : resolve(zip),
    ),
  );
}

/**
 * The longest stretch of a part without a "<": a cell's text, or a tag. A cell of
 * SHEET_LIMITS.cellCharacters characters takes at most this many bytes however it is written
 * (UTF-8, XML escapes); a longer stretch is refused while it inflates, before the XML parser could
 * gather it into one string.
 */
const MAX_STRETCH_BYTES = SHEET_LIMITS.cellCharacters * 8;
const LT = 0x3c;

/** Follows the stretch since the last "<" across a part's chunks; false once it is too long. */
function stretchGuard() {
  let stretch = 0;
  return (chunk: Buffer): boolean => {
    let from = 0;
    for (let at = chunk.indexOf(LT); at >= 0; at = chunk.indexOf(LT, from)) {
      if (stretch + at - from > MAX_STRETCH_BYTES) return false;
      stretch = 0;
      from = at + 1;
    }
    stretch += chunk.length - from;
    return stretch <= MAX_STRETCH_BYTES;
  };
}

function inflate(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (error, stream) => {
      if (error) return reject(unreadable(`phần "${entry.fileName}" hỏng`));
      const chunks: Buffer[] = [];
      const withinCell = stretchGuard();
      stream.on('data', (chunk: Buffer) => {
        if (withinCell(chunk)) return chunks.push(chunk);
        stream.destroy();
        reject(cellTooLong(null));
      });
      stream.on('error', () => reject(unreadable(`phần "${entry.fileName}" hỏng hoặc khai báo sai kích thước`)));
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    }),
  );
}

/**
 * Unpacks the parts of an .xlsx that hold its first sheet, refusing a file whose parts declare more
 * than SHEET_LIMITS.unpackedBytes before inflating any of them (yauzl then holds every part to its
 * declared size), and packs them again, uncompressed and in the order exceljs's streaming reader
 * wants (shared strings before the sheet). The reader thus sees exactly the bounded parts checked
 * here: a zip whose local headers say something else than its directory cannot smuggle a bomb past.
 */
export async function boundedWorkbook(buffer: Buffer): Promise<Buffer> {
  const zip = await open(buffer);
  const wanted: yauzl.Entry[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        if (NEEDED.test(entry.fileName)) wanted.push(entry);
        zip.readEntry();
      });
      zip.on('end', resolve);
      zip.on('error', () => reject(unreadable('mục lục của tệp nén hỏng')));
      zip.readEntry();
    });
    const sheets = wanted.filter((e) => /^xl\/worksheets\//.test(e.fileName));
    const sheetNumber = (e: yauzl.Entry) => Number(NEEDED.exec(e.fileName)![2]);
    const first = sheets.sort((a, b) => sheetNumber(a) - sheetNumber(b))[0];
    if (!first || !wanted.some((e) => e.fileName === 'xl/workbook.xml'))
      throw new SheetError(
        'NO_WORKBOOK',
        'Tệp .xlsx không có bảng tính nào (thiếu sổ làm việc hoặc trang tính); hãy tải mẫu nhập điểm và điền vào đó.',
      );
    const parts = wanted.filter((e) => !/^xl\/worksheets\//.test(e.fileName) || e === first);
    const declared = parts.reduce((sum, e) => sum + e.uncompressedSize, 0);
    if (declared > SHEET_LIMITS.unpackedBytes) throw sheetTooLarge('unpackedBytes');
    const files: Record<string, Uint8Array> = {};
    for (const part of parts) if (part !== first) files[part.fileName] = await inflate(zip, part);
    files['xl/sharedStrings.xml'] ??= Buffer.from(EMPTY_SHARED_STRINGS);
    files[first.fileName] = await inflate(zip, first);
    return Buffer.from(zipSync(files, { level: 0 }));
  } finally {
    zip.close();
  }
}
