// Where everything editors write lives, relative to the project root: the articles folder and one YAML file per kind
// of data. The reader, the checks, `npm run new` and every message to editors name files by these paths.
export const contentPaths = {
  articles: 'content/articles',
  recipients: 'content/data/recipients.yaml',
  figures: 'content/data/figures.yaml',
  sources: 'content/data/sources.yaml',
  tags: 'content/data/tags.yaml',
  timeline: 'content/data/timeline.yaml',
  /** Optional: the corrections record, newest first. */
  corrections: 'content/data/corrections.yaml',
  /** Where each recipient's GPUs are: announced, purchased, delivered, in service (the /tracker/ page). */
  deliveries: 'content/data/deliveries.yaml',
} as const;
