import type { IncomingMessage } from 'node:http';
import { PassThrough, type Readable } from 'node:stream';
import type { SheetFormat } from '../spreadsheets/read-sheet';
import type { SheetUpload } from '../spreadsheets/score-import';
import { SHEET_LIMITS, SheetError } from '../spreadsheets/sheet-limits';
import { firstFormFile, formBoundary, MalformedFormError } from './multipart-file';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FORM = 'multipart/form-data';

/** What the import takes: the file itself as the body, or a form (a browser's, or fetch with FormData) whose first file is the sheet. */
export const UPLOAD_TYPES = [XLSX, 'text/csv', 'application/octet-stream', FORM];

export const tooLarge = () =>
  new SheetError('PAYLOAD_TOO_LARGE', `Yêu cầu quá lớn: tối đa ${Math.round(SHEET_LIMITS.bodyBytes / 1024 / 1024)} MB.`, 413);

/** A sheet's format from its media type, else from its file name; null when neither says .xlsx or CSV. */
function formatOf(type: string, filename = ''): SheetFormat | null {
  if (type.startsWith('text/csv')) return 'csv';
  if (type.startsWith(XLSX)) return 'xlsx';
  if (/\.csv$/i.test(filename)) return 'csv';
  if (/\.xlsx$/i.test(filename) || (type.startsWith('application/octet-stream') && filename === '')) return 'xlsx';
  return null;
}

/**
 * A request's body as the import reads it, and `release`, called once it has its answer: whatever
 * the import did not read is then read and dropped, so a caller still sending (a sheet refused at
 * its first long cell, an import cancelled by a stop) finishes sending and reads the answer instead
 * of meeting a reset connection. A body cut off by the caller fails the reading.
 */
export function openBody(request: Readable): { chunks: AsyncIterable<Buffer>; release: () => void } {
  const through = new PassThrough();
  const cutOff = () => {
    if (!(request as IncomingMessage).complete) through.destroy(new Error('the request ended before its body did'));
  };
  request.once('close', cutOff);
  request.pipe(through);
  return {
    chunks: through,
    release: () => {
      request.off('close', cutOff);
      request.unpipe(through);
      through.destroy();
      request.resume();
    },
  };
}

/** The body's bytes as they arrive, refused once more than SHEET_LIMITS.bodyBytes have come (a body that announced no length, or a false one). */
async function* bounded(body: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let received = 0;
  for await (const chunk of body) {
    received += chunk.length;
    if (received > SHEET_LIMITS.bodyBytes) throw tooLarge();
    yield chunk;
  }
}

/**
 * The body's bytes until `signal` aborts, then its reason at once, even while the caller is still
 * sending: the request is left unread (Node discards the rest once answered), not destroyed, so
 * the caller still gets the answer.
 */
async function* untilAborted(body: AsyncIterable<Buffer>, signal: AbortSignal): AsyncGenerator<Buffer> {
  const aborted = new Promise<never>((_, reject) => {
    const stop = () => reject(signal.reason as Error);
    if (signal.aborted) stop();
    else signal.addEventListener('abort', stop, { once: true });
  });
  aborted.catch(() => undefined);
  const chunks = body[Symbol.asyncIterator]() as AsyncIterator<Buffer, undefined>;
  for (;;) {
    const next = chunks.next();
    next.catch(() => undefined);
    const { done, value } = await Promise.race([next, aborted]);
    if (done) return;
    yield value;
  }
}

/** The sheet a request carries, read as it arrives (see UPLOAD_TYPES); a form without a file or a file of no known type is refused. */
export async function sheetUpload(body: AsyncIterable<Buffer>, contentType: string, signal: AbortSignal): Promise<SheetUpload> {
  const bytes = untilAborted(bounded(body), signal);
  if (!contentType.toLowerCase().startsWith(FORM)) return { bytes, format: formatOf(contentType.toLowerCase()) ?? 'xlsx' };
  const boundary = formBoundary(contentType);
  if (!boundary) throw new SheetError('BAD_USER_INPUT', 'Biểu mẫu (multipart/form-data) thiếu boundary trong Content-Type.');
  try {
    const file = await firstFormFile(bytes, boundary);
    const format = formatOf(file.type, file.filename);
    if (!format)
      throw new SheetError(
        'UNREADABLE_SHEET',
        `Tệp "${file.filename}" không phải .xlsx hay .csv; hãy gửi mẫu nhập điểm đã điền (.xlsx hoặc .csv).`,
      );
    return { bytes: file.bytes, format };
  } catch (error) {
    if (!(error instanceof MalformedFormError)) throw error;
    throw new SheetError(
      'BAD_USER_INPUT',
      'Biểu mẫu không có tệp bảng điểm: gửi tệp .xlsx hoặc .csv trong một trường tệp của biểu mẫu.',
      400,
      {
        detail: error.message,
      },
    );
  }
}
