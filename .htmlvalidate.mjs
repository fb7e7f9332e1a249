// html-validate settings for the built pages (tests/e2e/html-validate.test.ts): the recommended rules, with these changes.
import { defineConfig } from 'html-validate';

export default defineConfig({
  extends: ['html-validate:recommended'],
  rules: {
    // Ids come from the data (figure ids such as "derived.value-per-gpu", timeline ids that start with a date) and from
    // Korean headings. HTML allows any id without spaces; these are only #fragment targets, never CSS selectors.
    'valid-id': ['error', { relaxed: true }],
    // Article titles are editors' headlines; length is their call, and search engines cut the "| site name" suffix.
    'long-title': 'off',
    // Stricter than recommended, which allows style="display: …": the CSP blocks every style attribute.
    'no-inline-style': ['error', { allowedProperties: [] }],
  },
});
