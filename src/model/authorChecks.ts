/**
 * What only a dataset's author needs from the validator, apart from its rules: warnings about what
 * the passages say (evidenceChecks.ts) and aliases the article never uses, and the one-pass quote
 * search that keeps a large dataset's check fast. embed.html, which shows readers a map and its
 * errors, builds with authorChecks.reader.ts in this module's place (vite.config.ts): the same
 * errors, found quote by quote, without the author's warnings, within its size budget.
 */
import { t } from '../i18n/translate';
import { evidenceWarnings, readForEvidenceChecks } from './evidenceChecks';
import type { PathSegment } from './formatPath';
import type { ArticlePart } from './locateQuote';
import { joinedForms } from './joinedForms';
import { createMultiSearch } from './multiSearch';
import { normalizedText } from './normalizedText';
import { showValue } from './validationIssue';

export { createQuoteLocator as createLocator } from './quoteLocator';

/** Whether the validator gives an author's warnings too (checkDataset.ts, parseDataset.ts); embed.html's does not. */
export const WARNS_AUTHORS = true;

type Loose = Record<string, unknown>;

export function authorWarnings(parts: readonly ArticlePart[], actors: (Loose | undefined)[], relations: (Loose | undefined)[]): { path: PathSegment[]; message: string }[] {
  const warnings = evidenceWarnings(...readForEvidenceChecks(actors, relations));
  // Every alias looked for in one pass over the article.
  const aliasAt = actors.flatMap((actor, index) => (Array.isArray(actor?.aliases) ? actor.aliases.flatMap((alias, aliasIndex) => (typeof alias === 'string' && alias ? [{ alias, index, aliasIndex }] : [])) : []));
  const wanted = aliasAt.map(({ alias }) => normalizedText(alias));
  // An alias is there in any of its forms: "الشركة" in "للشركة" (joinedForms.ts).
  const formOf = new Map<string, string>();
  for (const alias of wanted) for (const form of [alias, ...joinedForms(alias)]) if (!formOf.has(form)) formOf.set(form, alias);
  const aliasSearch = createMultiSearch([...formOf.keys()]);
  const present = new Set<string>();
  aliasSearch.forEachMatch(normalizedText(parts.map((part) => part.text).join('\n')), (pattern) => present.add(formOf.get(aliasSearch.patterns[pattern]!)!));
  aliasAt.forEach(({ alias, index, aliasIndex }, position) => {
    if (wanted[position] && !present.has(wanted[position])) {
      warnings.push({ path: ['actors', index, 'aliases', aliasIndex], message: t('{alias} does not appear in the article; aliases are the article’s own words for the actor.', { alias: showValue(alias) }) });
    }
  });
  return warnings;
}
