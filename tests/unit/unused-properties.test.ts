import { describe, expect, it } from 'vitest';
import { dropUnusedProperties } from '@/lib/unused-properties';

describe('dropUnusedProperties', () => {
  const css =
    '@layer properties{@supports (x:y){*,:before{--tw-blur:initial;--tw-border-style:solid}}}' +
    '.border{border-style:var(--tw-border-style);border-width:1px}' +
    '@property --tw-blur{syntax:"*";inherits:false}@property --tw-border-style{syntax:"*";inherits:false;initial-value:solid}';

  it('keeps what a rule reads and drops what none does', () => {
    const out = dropUnusedProperties(css);
    expect(out).toContain('@property --tw-border-style');
    expect(out).toContain('--tw-border-style:solid');
    expect(out).not.toContain('--tw-blur');
    expect(out).toContain('.border{border-style:var(--tw-border-style);border-width:1px}');
  });

  it('removes a fallback block left empty', () => {
    const out = dropUnusedProperties('@layer properties{@supports (x:y){*,:before{--tw-blur:initial}}}.a{color:red}');
    expect(out).toBe('.a{color:red}');
  });
});
