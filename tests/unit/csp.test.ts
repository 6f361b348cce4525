import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cspHeader } from '../../src/lib/csp.ts';

describe('the content security policy', () => {
  const policy = cspHeader();

  it('allows no inline code and no eval; only WebAssembly for search', () => {
    expect(policy).not.toContain("'unsafe-inline'");
    expect(policy).not.toMatch(/'unsafe-eval'/);
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it('public/_headers carries the same policy and the other security headers', () => {
    const headers = readFileSync('public/_headers', 'utf8');
    expect(headers).toContain(`Content-Security-Policy: ${policy}\n`);
    for (const header of ['Referrer-Policy: no-referrer', 'X-Content-Type-Options: nosniff', 'Permissions-Policy: ']) {
      expect(headers).toContain(header);
    }
  });
});
