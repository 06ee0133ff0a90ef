/**
 * The one rule for the article's credit (outlet, author, date, address, rights): a draft may lack
 * any of it, and is valid with a warning for each missing field (checkDataset.ts); publishing needs
 * all of it, so publishReadiness.ts makes the same fields errors.
 */
import { CREDIT_FIELDS, type CreditField } from './datasetSchema';
import { issue, type ValidationIssue } from './validationIssue';

/** What each field is for, in the words of the person who fills it in. */
export const WHAT_IT_IS: Record<CreditField, string> = {
  outlet: 'the outlet that published the article, credited under the map',
  author: 'the article’s author (the byline), credited under the map',
  published: 'the date the article was published (YYYY-MM-DD), credited under the map',
  url: 'the web address of the article, so readers can open the original',
  rights: 'the rights line (for example “© The Gazette, used with permission”), shown wherever the text is',
};

/** The credit fields `article` lacks: absent, not text, or blank. Reads untrusted JSON. */
export function missingCredit(article: unknown): CreditField[] {
  const fields = typeof article === 'object' && article !== null ? (article as Record<string, unknown>) : {};
  return CREDIT_FIELDS.filter((field) => {
    const value = fields[field];
    return typeof value !== 'string' || value.trim() === '';
  });
}

/** A draft's warning for a credit field not given yet: the map works without it, publishing does not. */
export function draftCreditWarning(field: CreditField): ValidationIssue {
  return issue('warning', ['article', field], `is not given yet: add ${WHAT_IT_IS[field]}. A draft can wait; publishing needs it.`);
}
