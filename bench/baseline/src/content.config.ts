// The baseline's only collection: the same MDX articles as the site, loaded the same way but with no schema.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '{ko,en}/**/*.mdx', base: './content/articles' }) }),
};
