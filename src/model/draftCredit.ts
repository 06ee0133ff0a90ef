/**
 * The one rule for the article's credit (outlet, author, date, address, rights): a draft may lack
 * any of it, and is valid with a warning for each missing field (checkDataset.ts); publishing needs
 * all of it, so publishReadiness.ts makes the same fields errors.
 */
import { CREDIT_FIELDS, type CreditField } from './datasetSchema';
import { t } from '../i18n/translate';
import { issue, type ValidationIssue } from './validationIssue';

/** What each field is for, in the words of the person who fills it in (in the interface's language). */
export function whatItIs(field: CreditField): string {
  switch (field) {
    case 'outlet':
      return t('the outlet that published the article, credited under the map');
    case 'author':
      return t('the article’s author (the byline), credited under the map');
    case 'published':
      return t('the date the article was published (YYYY-MM-DD), credited under the map');
    case 'url':
      return t('the web address of the article, so readers can open the original');
    case 'rights':
      return t('the rights line (for example “© The Gazette, used with permission”), shown wherever the text is');
  }
}

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
  return issue('warning', ['article', field], t('is not given yet: add {what}. A draft can wait; publishing needs it.', { what: whatItIs(field) }));
}
