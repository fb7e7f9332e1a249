// The editing UI (`npm run edit`, http://127.0.0.1:4321/keystatic/): Keystatic in local mode, writing plain files into
// content/. Only the edit server (astro.edit.config.ts) loads it; the production build never does.
import { config } from '@keystatic/core';
import { articleCollection, ARTICLE_COLLECTION } from './src/editing/keystatic/articles';
import { pickLists } from './src/lib/authoring/pick-lists';
import deliveries from './content/data/deliveries.yaml?raw';
import figures from './content/data/figures.yaml?raw';
import recipients from './content/data/recipients.yaml?raw';
import sources from './content/data/sources.yaml?raw';
import tags from './content/data/tags.yaml?raw';

// The pickers offer what the data files hold now (the edit server reloads when they change).
const lists = pickLists({ figures, recipients, sources, tags, deliveries });

export default config({
  storage: { kind: 'local' },
  locale: 'ko-KR',
  ui: { brand: { name: 'GPU 26만 장 · 편집' } },
  collections: {
    [ARTICLE_COLLECTION.ko]: articleCollection('ko', lists),
    [ARTICLE_COLLECTION.en]: articleCollection('en', lists),
  },
});
