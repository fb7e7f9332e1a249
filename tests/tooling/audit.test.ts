// The dependency gate (scripts/audit.mjs) blocks high and critical advisories and never passes an audit that did not run.
import { describe, expect, it } from 'vitest';
import { judgeAudit } from '../../scripts/audit.mjs';

const report = (vulnerabilities: Record<string, { severity: string }>) => ({
  vulnerabilities: Object.fromEntries(
    Object.entries(vulnerabilities).map(([name, v]) => [
      name,
      { name, severity: v.severity, range: '<2.0.0', via: [{ title: `${name} is unsafe`, url: `https://example.org/${name}` }] },
    ]),
  ),
  metadata: { vulnerabilities: { low: 1, moderate: 1, high: 0, critical: 0 } },
});

describe('npm audit gate', () => {
  it('passes low and moderate advisories', () => {
    expect(judgeAudit(report({ a: { severity: 'low' }, b: { severity: 'moderate' } }))).toEqual({
      ok: true,
      message: 'no high or critical advisory (low 1, moderate 1) in the runtime dependencies',
    });
  });

  it('fails on high or critical, naming each package and advisory', () => {
    const result = judgeAudit(report({ a: { severity: 'high' }, b: { severity: 'critical' }, c: { severity: 'low' } }));
    expect(result.ok).toBe(false);
    expect(result.message).toContain('found 2 high or critical advisories');
    expect(result.message).toContain('a (high, <2.0.0): a is unsafe https://example.org/a');
    expect(result.message).toContain('b (critical, <2.0.0): b is unsafe https://example.org/b');
  });

  it('says NOT RUN when the endpoint does not answer, and fails then if the audit is required', () => {
    const refused = { message: '405 Method Not Allowed', statusCode: 405 };
    expect(judgeAudit(refused).message).toMatch(/^NOT RUN — npm audit could not run.*405 Method Not Allowed/);
    expect(judgeAudit(refused, { requireAudit: true }).ok).toBe(false);
    expect(judgeAudit(undefined, { requireAudit: true, stderr: 'npm error network\n' }).message).toContain('(npm error network)');
  });
});
