// The glossary's word forms: which words in running text count as a use of which term.
import type { GlossaryData } from '../schemas/glossary.ts';

/** The term itself plus its aliases, lower case, without repeats. */
export function glossaryForms(data: GlossaryData): string[] {
  return [...new Set([data.term, ...data.aliases].map((form) => form.trim().toLowerCase()).filter(Boolean))];
}
