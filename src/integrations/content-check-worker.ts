// Worker thread for content-check: the whole editor check, run while Astro sets up its bundler and syncs the content.
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent } from '../lib/check-content';

const { problems, articleCount } = checkContent((workerData as { root: string }).root);
parentPort!.postMessage({ problems, articles: articleCount });
