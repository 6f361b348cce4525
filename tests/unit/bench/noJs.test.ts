// Readable without JavaScript: the source's text must be in the visible <main> of the HTML.
import { describe, expect, it } from 'vitest';
import { markdownTexts, missingTexts, visibleMainText } from '../../../src/lib/bench/noJs.ts';

const markdown = '## Kop\n\nEen alinea met een **vet** woord.[^1]\n\n| Nr. | Bedrag |\n| --- | --- |\n| 1 | € 100.000<br>incidenteel |\n\n[^1]: Voetnoot.';

describe('missingTexts', () => {
  it('finds every block of the source in a page that shows it, whatever the markup', () => {
    const html =
      '<main><h2 id="kop">Kop</h2><p>Een alinea met een <strong>vet</strong> <a class="term" href="#">woord</a>.<sup><a data-footnote-ref href="#fn-1">1</a></sup></p>' +
      '<table><tr><th>Nr.</th><th>Bedrag</th></tr><tr><td>1</td><td>€ 100.000<br>incidenteel</td></tr></table></main>';
    expect(markdownTexts(markdown)).toHaveLength(4);
    expect(missingTexts(html, markdownTexts(markdown))).toEqual([]);
  });

  it('reports text that only a script, a hidden element or the page outside <main> has', () => {
    const html = '<header>Kop</header><main><p hidden>Een alinea met een vet woord.</p><script>document.write("Nr. Bedrag")</script></main>';
    expect(missingTexts(html, ['Kop', 'Een alinea met een vet woord.', 'Nr. Bedrag'])).toHaveLength(3);
    expect(visibleMainText(html)).toBe('');
  });
});
