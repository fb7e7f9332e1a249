// Where each content collection lives, relative to the project root (used by the Astro loaders and the checks).
export const CONTENT_PATHS = {
  articles: './content/articles',
  recipients: './content/data/recipients.yaml',
  figures: './content/data/figures.yaml',
  sources: './content/data/sources.yaml',
  tags: './content/data/tags.yaml',
  timeline: './content/data/timeline.yaml',
} as const;

/** Articles are MDX files one folder per language. */
export const ARTICLE_PATTERN = '{ko,en}/**/*.mdx';
