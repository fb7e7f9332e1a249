// Every built page is valid HTML by html-validate's recommended rules (.htmlvalidate.mjs); failures name page and rule.
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from './dist';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const pages = builtPages();

describe('html-validate', () => {
  it("finds the pages, and applies the project's rules (.htmlvalidate.mjs)", async () => {
    expect(pages.length).toBeGreaterThan(40);
    // Allowed by the recommended rules, an error under ours: no style attribute at all (the CSP blocks them).
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>t</title></head><body><main><p style="display: none">x</p></main></body></html>',
      'dist/check.html',
    );
    expect(report.results.flatMap((r) => r.messages).map((m) => m.ruleId)).toContain('no-inline-style');
  });

  it.each(pages.map((p) => [p.path, p.file] as const))('%s has no errors', async (_, file) => {
    const report = await validator.validateFile(file);
    const errors = report.results
      .flatMap((r) => r.messages)
      .filter((m) => m.severity === 2)
      .map((m) => `${m.ruleId} (line ${m.line}:${m.column}): ${m.message}`);
    expect(errors).toEqual([]);
  });
});
