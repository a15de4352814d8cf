import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { builtModule } from '../eventstore/worker-thread';
import type { OfficialDocument } from './official-document';

type Reply = { id: number; pdf?: Uint8Array; error?: string };

/**
 * Renders PDFs in a worker thread: laying out and subsetting the fonts of a report takes from a
 * few hundred milliseconds to seconds, which on the event loop would stall every other request
 * (and trip the service's load shedding). The worker starts on the first PDF and stays for the next.
 */
export class PdfRenderer {
  private worker: Worker | null = null;
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (pdf: Buffer) => void; reject: (error: Error) => void }>();

  render(document: OfficialDocument): Promise<Buffer> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.start().postMessage({ id, document });
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const compiled = builtModule(path.join(__dirname, 'pdf-worker'));
    const worker = compiled
      ? new Worker(compiled)
      : new Worker(path.join(__dirname, 'pdf-worker.ts'), { execArgv: ['--require', '@swc-node/register'] });
    worker.unref();
    worker.on('message', ({ id, pdf, error }: Reply) => {
      const waiting = this.waiting.get(id);
      this.waiting.delete(id);
      if (pdf) waiting?.resolve(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength));
      else waiting?.reject(new Error(error));
    });
    worker.on('error', (error) => this.fail(worker, error));
    worker.on('exit', (code) => this.fail(worker, new Error(`PDF worker stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  /** A worker that died fails what it was laying out; the next PDF starts a new one. */
  private fail(worker: Worker, error: Error): void {
    if (this.worker === worker) this.worker = null;
    for (const { reject } of this.waiting.values()) reject(error);
    this.waiting.clear();
  }
}
