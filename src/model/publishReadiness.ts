/**
 * What a map still lacks before it can be published: a published embed credits the article
 * (outlet, author, date), links to it and states the rights, and its passages should hold up.
 * A draft may lack all of these; the Embed dialog and `npm run build:embed` may not.
 */
import { checkDataset } from './checkDataset';
import type { Dataset } from './datasetSchema';
import { issue, type ValidationIssue } from './validationIssue';

const REQUIRED: [field: 'outlet' | 'author' | 'published' | 'url' | 'rights', message: string][] = [
  ['outlet', 'is missing: the embed credits the outlet that published the article.'],
  ['author', 'is missing: the embed credits the article’s author.'],
  ['published', 'is missing: the embed gives the date the article was published.'],
  ['url', 'is missing: the embed links to the article.'],
  ['rights', 'is missing: say who holds the rights to the quoted text and on what terms it is shown.'],
];

/**
 * The errors that stop a map being published (a missing credit, date, address or rights line)
 * and the warnings about its passages, each at its JSON path.
 * @example publishProblems(dataset).filter((problem) => problem.severity === 'error')
 */
export function publishProblems(dataset: Dataset): ValidationIssue[] {
  // Read loosely, so that a draft whose article lacks a field (or holds a non-string) is reported, not thrown on.
  const article = (dataset.article ?? {}) as Partial<Record<string, unknown>>;
  const missing = REQUIRED.filter(([field]) => {
    const value = article[field];
    return typeof value !== 'string' || !value.trim();
  }).map(([field, message]) => issue('error', ['article', field], message));
  const quoteWarnings = checkDataset(dataset).filter((found) => found.severity === 'warning' && found.path.includes('quote'));
  return [...missing, ...quoteWarnings];
}
