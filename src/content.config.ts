// The content collections: everything editors write in content/ comes in through these loaders and schemas.
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { ARTICLE_PATTERN, CONTENT_PATHS } from './lib/content/paths';
import {
  articleSchema,
  eventSchema,
  figureSchema,
  recipientSchema,
  sourceSchema,
  tagSchema,
} from './lib/content/schemas';

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: ARTICLE_PATTERN, base: CONTENT_PATHS.articles }),
    schema: articleSchema,
  }),
  recipients: defineCollection({ loader: file(CONTENT_PATHS.recipients), schema: recipientSchema }),
  figures: defineCollection({ loader: file(CONTENT_PATHS.figures), schema: figureSchema }),
  sources: defineCollection({ loader: file(CONTENT_PATHS.sources), schema: sourceSchema }),
  tags: defineCollection({ loader: file(CONTENT_PATHS.tags), schema: tagSchema }),
  timeline: defineCollection({ loader: file(CONTENT_PATHS.timeline), schema: eventSchema }),
};
