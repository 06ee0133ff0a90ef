/**
 * What a map still lacks before it can be published: a published embed credits the article
 * (outlet, author, date), links to it and states the rights — the fields a draft may leave out
 * (draftCredit.ts) — and its passages should hold up. The Embed dialog and `npm run build:embed`
 * list these before they offer a snippet or a page.
 */
import { checkDataset } from './checkDataset';
import type { Dataset } from './datasetSchema';
import { t } from '../i18n/translate';
import { missingCredit, whatItIs } from './draftCredit';
import { issue, type ValidationIssue } from './validationIssue';

/**
 * The errors that stop a map being published (each missing credit field) and the warnings about
 * its passages, each at its JSON path. Empty when the map can be published as it is.
 * @example publishProblems(draft).map(formatIssue) // ['article.url: is missing: add the web address of the article, …']
 */
export function publishProblems(dataset: Dataset): ValidationIssue[] {
  const missing = missingCredit(dataset.article).map((field) => issue('error', ['article', field], t('is missing: add {what}.', { what: whatItIs(field) })));
  // Stryker disable next-line ConditionalExpression: a dataset that parsed has no errors left for checkDataset to find.
  const quoteWarnings = checkDataset(dataset).filter((found) => found.severity === 'warning' && found.path.includes('quote'));
  return [...missing, ...quoteWarnings];
}
