// Blocks of a Markdown body, and the sentences that read the same in the source as on the page (so they can be quoted).
import { describe, expect, it } from 'vitest';
import { isFootnoteDefinition, isPlainParagraph, markdownBlocks, plainSentences } from '../../../src/lib/bench/markdownBlocks.ts';

describe('markdownBlocks', () => {
  it('splits at blank lines and keeps an indented continuation with its block', () => {
    const body = '## Kop\n\nEen alinea.\n\n[^1]: Voetnoot.\n\n    Vervolg van de voetnoot.\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n';
    const blocks = markdownBlocks(body);
    expect(blocks).toEqual(['## Kop', 'Een alinea.', '[^1]: Voetnoot.\n\n    Vervolg van de voetnoot.', '| a | b |\n| --- | --- |\n| 1 | 2 |']);
    expect(blocks.map(isFootnoteDefinition)).toEqual([false, false, true, false]);
    expect(blocks.map(isPlainParagraph)).toEqual([false, true, false, false]);
  });
});

describe('plainSentences', () => {
  it('gives the sentences without Markdown syntax, line breaks made spaces', () => {
    const paragraph = 'De Kamer nam de motie aan op die dag.\nDaarna volgde een brief [^2] van de minister aan de Kamer. Zie *dit* stuk voor meer uitleg over de kosten. Kort.';
    expect(plainSentences(paragraph)).toEqual(['De Kamer nam de motie aan op die dag.']);
  });

  it('gives nothing for a heading, list or table', () => {
    expect(plainSentences('## Een kop met genoeg woorden voor een zin.')).toEqual([]);
    expect(plainSentences('- Een lijst met genoeg woorden voor een zin.')).toEqual([]);
    expect(plainSentences('| Een tabel | met genoeg woorden voor een zin. |')).toEqual([]);
  });
});
