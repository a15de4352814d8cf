import { firstFormFile, formBoundary, MalformedFormError } from '../../src/http/multipart-file';

/** A form as fetch encodes it, and its bytes cut every `size` bytes, as a socket might deliver them. */
async function encoded(form: FormData, size: number) {
  const response = new Response(form);
  const bytes = Buffer.from(await response.arrayBuffer());
  async function* chunks(): AsyncGenerator<Buffer> {
    for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
  }
  return { boundary: formBoundary(response.headers.get('content-type')!)!, chunks: chunks() };
}

async function collected(bytes: AsyncIterable<Buffer>): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of bytes) parts.push(chunk);
  return Buffer.concat(parts).toString();
}

describe('the first file of a multipart form, read as it arrives', () => {
  it.each([1, 5, 64, 65536])('skips the fields before it and hands on its bytes whole, cut every %i bytes', async (size) => {
    const sheet = 'Mã đơn vị,Điểm\r\ntân-châu,12\r\n\r\n--không phải ranh giới\r\n';
    const form = new FormData();
    form.append('ghi-chu', 'một trường trước tệp');
    form.append('file', new Blob([sheet], { type: 'text/csv' }), 'bảng điểm.csv');
    form.append('sau', 'một trường sau tệp');
    const { boundary, chunks } = await encoded(form, size);
    const file = await firstFormFile(chunks, boundary);
    expect({ filename: file.filename, type: file.type }).toEqual({ filename: 'bảng điểm.csv', type: 'text/csv' });
    expect(await collected(file.bytes)).toBe(sheet);
  });

  it('refuses a form without a file, and one that ends inside its file', async () => {
    const fields = new FormData();
    fields.append('a', 'b');
    const withoutFile = await encoded(fields, 7);
    await expect(firstFormFile(withoutFile.chunks, withoutFile.boundary)).rejects.toBeInstanceOf(MalformedFormError);

    const form = new FormData();
    form.append('file', new Blob(['x'.repeat(1000)]), 'a.csv');
    const { boundary, chunks } = await encoded(form, 100);
    async function* cut(): AsyncGenerator<Buffer> {
      let sent = 0;
      for await (const chunk of chunks) if ((sent += chunk.length) < 600) yield chunk;
    }
    const file = await firstFormFile(cut(), boundary);
    await expect(collected(file.bytes)).rejects.toBeInstanceOf(MalformedFormError);
  });

  it('reads the boundary of a Content-Type, quoted or not', () => {
    expect(formBoundary('multipart/form-data; boundary=----abc')).toBe('----abc');
    expect(formBoundary('multipart/form-data; charset=utf-8; boundary="a b"')).toBe('a b');
    expect(formBoundary('multipart/form-data')).toBeNull();
  });
});
