// Worker thread for finish-pages: finishes one language's pages and indexes them while the build thread renders on.
import { parentPort, workerData } from 'node:worker_threads';
import { closeSearchIndexer, createPageFinisher, type FinisherOptions } from './page-finisher.ts';

const finisher = createPageFinisher(workerData as FinisherOptions);
// Tells the build thread the modules loaded; until then it keeps the pages (see finish-pages.ts).
parentPort!.postMessage({ id: -1 });
const decoder = new TextDecoder();
const encoder = new TextEncoder();

type Message = { type: 'page'; id: number; pathname: string; bytes: Uint8Array } | { type: 'finish'; id: number };

parentPort!.on('message', async (message: Message) => {
  try {
    if (message.type === 'page') {
      const bytes = encoder.encode(await finisher.page(message.pathname, decoder.decode(message.bytes), message.bytes));
      parentPort!.postMessage({ id: message.id, bytes }, [bytes.buffer as ArrayBuffer]);
    } else {
      const report = await finisher.finish().finally(closeSearchIndexer);
      parentPort!.postMessage({ id: message.id, report });
    }
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
