// The build itself stops on bad content, before Astro runs, with the editor-facing message.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/buildSite.ts';
import { dossierWithBadDocument } from '../helpers/fixtureDossier.ts';

describe('npm run build with bad content', () => {
  it('stops with one clear message naming the file and the field', () => {
    const root = dossierWithBadDocument('impossible-date');
    const result = buildSite({ CONTENT_DIR: root, OUT_DIR: mkdtempSync(join(tmpdir(), 'kamerdossier-bad-')) });
    expect(result.status).toBe(1);
    expect(result.output).toContain('documents/impossible-date.md: field "date": 2026-02-29 is not a date in the calendar');
    expect(result.output).toContain('The site was not built.');
  });
});
