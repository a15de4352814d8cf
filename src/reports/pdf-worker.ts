import { parentPort } from 'node:worker_threads';
import type { OfficialDocument } from './official-document';
import { toPdf } from './pdf';

/** Lays out PDFs off the service's event loop: one message in (a document), one out (its bytes or the error). */
parentPort!.on('message', ({ id, document }: { id: number; document: OfficialDocument }) => {
  toPdf(document).then(
    (pdf) => parentPort!.postMessage({ id, pdf }),
    (error: unknown) => parentPort!.postMessage({ id, error: (error as Error).message }),
  );
});
