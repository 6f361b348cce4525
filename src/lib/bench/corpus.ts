// The material a synthetic dossier is made of: the blocks of the real documents, the real timeline texts and glossary.
import type { CollectionData, Dossier } from '../dossier.ts';
import type { SiteData } from '../../schemas/site.ts';
import { glossaryForms } from '../glossary.ts';
import { isFootnoteDefinition, markdownBlocks, plainSentences } from './markdownBlocks.ts';

export type DocumentData = CollectionData<'documents'>;
export type GlossaryData = CollectionData<'glossary'>;

export interface CorpusDocument {
  data: DocumentData;
  /** The body as the real file has it. */
  body: string;
  /** Its blocks without the footnote definitions, which a synthetic document keeps at the end. */
  blocks: string[];
  footnotes: string[];
}

export interface CorpusTerm {
  data: GlossaryData;
  body: string;
}

export interface Corpus {
  site: SiteData;
  documents: CorpusDocument[];
  /** Blocks of all documents that a document may borrow from another: no footnote reference that would dangle. */
  borrowable: string[];
  timelineBodies: string[];
  glossary: CorpusTerm[];
  /** Long words of the documents that are no form of a real term, most frequent first, each with a sentence using it. */
  termCandidates: { word: string; example: string }[];
}

const MIN_TERM_LENGTH = 8;

function termCandidates(documents: readonly CorpusDocument[], taken: ReadonlySet<string>): Corpus['termCandidates'] {
  const counts = new Map<string, number>();
  const examples = new Map<string, string>();
  for (const doc of documents) {
    for (const block of doc.blocks) {
      for (const sentence of plainSentences(block)) {
        for (const word of sentence.toLowerCase().match(/\p{L}+/gu) ?? []) {
          if (word.length < MIN_TERM_LENGTH || taken.has(word)) continue;
          counts.set(word, (counts.get(word) ?? 0) + 1);
          if (!examples.has(word)) examples.set(word, sentence);
        }
      }
    }
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([word]) => ({ word, example: examples.get(word) ?? '' }));
}

/** Reads the corpus from the real dossier (loaded and checked with loadDossier). */
export function corpusOf(dossier: Dossier): Corpus {
  if (dossier.documents.length === 0) throw new Error('the real dossier has no documents to reuse');
  const documents = [...dossier.documents]
    .sort((a, b) => a.data.slug.localeCompare(b.data.slug))
    .map(({ data, body }) => {
      const blocks = markdownBlocks(body);
      return { data, body, blocks: blocks.filter((b) => !isFootnoteDefinition(b)), footnotes: blocks.filter(isFootnoteDefinition) };
    });
  const taken = new Set(dossier.glossary.flatMap(({ data }) => glossaryForms(data).flatMap((form) => [form, ...(form.match(/\p{L}+/gu) ?? [])])));
  return {
    site: dossier.site,
    documents,
    borrowable: documents.flatMap((doc) => doc.blocks.filter((block) => !block.includes('[^'))),
    timelineBodies: [...dossier.timeline].sort((a, b) => a.data.slug.localeCompare(b.data.slug)).map(({ body }) => body.trim()),
    glossary: [...dossier.glossary].sort((a, b) => a.data.slug.localeCompare(b.data.slug)).map(({ data, body }) => ({ data, body: body.trim() })),
    termCandidates: termCandidates(documents, taken),
  };
}
