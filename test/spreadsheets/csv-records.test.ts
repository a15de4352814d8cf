import { csvRecords } from '../../src/spreadsheets/csv-records';
import { SheetError, SHEET_LIMITS } from '../../src/spreadsheets/sheet-limits';

/** The bytes as a socket might deliver them: cut every `size` bytes, through multi-byte characters and line breaks alike. */
async function* chunked(text: string, size: number): AsyncGenerator<Buffer> {
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function records(text: string, size = 1): Promise<string[][]> {
  const read: string[][] = [];
  for await (const record of csvRecords(chunked(text, size))) read.push(record);
  return read;
}

describe('CSV records read as they arrive', () => {
  it.each([1, 2, 3, 7, 1024])(
    'reads quoted fields, doubled quotes, line breaks and Vietnamese the same, cut every %i bytes',
    async (size) => {
      const text = '\uFEFFMã đơn vị,Điểm,Minh chứng\r\ntân-châu,"12,5","Báo cáo ""số 3""\r\ntrang 2"\nan-phú,7,\r\n,,\r\n';
      expect(await records(text, size)).toEqual([
        ['Mã đơn vị', 'Điểm', 'Minh chứng'],
        ['tân-châu', '12,5', 'Báo cáo "số 3"\r\ntrang 2'],
        ['an-phú', '7', ''],
        ['', '', ''],
      ]);
    },
  );

  it('reads a last record without a line break, and a lone quote inside a field as text', async () => {
    expect(await records('a,b"c\r\nd,e', 4)).toEqual([
      ['a', 'b"c'],
      ['d', 'e'],
    ]);
  });

  it('refuses a quoted field that is never closed', async () => {
    await expect(records('a,"bc\r\n', 3)).rejects.toThrow('never closed');
  });

  it('refuses a cell over the limit as soon as it passes it, naming its row and column, without reading the rest', async () => {
    let delivered = 0;
    async function* endless(): AsyncGenerator<Buffer> {
      yield Buffer.from('a,b,c\r\nx,"');
      for (;;) {
        delivered += 8192;
        yield Buffer.alloc(8192, 'y');
      }
    }
    const read = async () => {
      for await (const _record of csvRecords(endless()));
    };
    const error = await read().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SheetError);
    expect(error).toMatchObject({ code: 'CELL_TOO_LONG', status: 413, details: { row: 2, column: 2, max: SHEET_LIMITS.cellCharacters } });
    expect(delivered).toBeLessThan(SHEET_LIMITS.cellCharacters + 2 * 8192);
  });
});
