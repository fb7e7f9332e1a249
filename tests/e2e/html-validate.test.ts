// Every built page is valid HTML by html-validate's recommended rules (.htmlvalidate.json); failures name page and rule.
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from './dist';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = builtPages();

describe('html-validate', () => {
  it.each(pages.map((p) => [p.path, p.file] as const))('%s has no errors', async (_, file) => {
    const report = await validator.validateFile(file);
    const errors = report.results
      .flatMap((r) => r.messages)
      .filter((m) => m.severity === 2)
      .map((m) => `${m.ruleId} (line ${m.line}:${m.column}): ${m.message}`);
    expect(errors).toEqual([]);
  });
});
