// The document's own Kamerstuk (dossier, number, vergaderjaar) as the text states it: running footer or title block.
import { RUNNING_FOOTER } from './furniture.ts';

export interface StatedKamerstuk {
  dossier: string;
  nummer: number;
  /** `2023–2024` with an en dash; undefined when the text does not state it. */
  vergaderjaar?: string;
  /** Where it was read: the running footer, or the title block (`36 800 VI Vaststelling …` plus `Nr. 136 …`). */
  from: 'footer' | 'title';
}

const TITLE_DOSSIER = /^\s*(\d{2} \d{3}(?: [IVXLC]+)?) \p{Lu}/u;
const TITLE_NUMBER = /^\s*Nr\. (\d+)\b/;
const TITLE_BLOCK_LINES = 8;

/** From the first running footer; else from a title block at the top; else null. */
export function findStatedKamerstuk(lines: readonly string[]): StatedKamerstuk | null {
  for (const line of lines) {
    const m = RUNNING_FOOTER.exec(line);
    if (m) {
      return { dossier: m[3] ?? '', nummer: Number(m[4]), vergaderjaar: `${m[1]}–${m[2]}`, from: 'footer' };
    }
  }
  const top = lines.filter((line) => line.trim() !== '').slice(0, TITLE_BLOCK_LINES);
  const dossierLine = top.findIndex((line) => TITLE_DOSSIER.test(line));
  if (dossierLine < 0) return null;
  const numberLine = top.slice(dossierLine + 1).find((line) => TITLE_NUMBER.test(line));
  if (numberLine === undefined) return null;
  return {
    dossier: TITLE_DOSSIER.exec(top[dossierLine] ?? '')?.[1] ?? '',
    nummer: Number(TITLE_NUMBER.exec(numberLine)?.[1]),
    from: 'title',
  };
}
