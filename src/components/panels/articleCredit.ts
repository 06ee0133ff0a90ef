import type { Article } from '../../model/datasetSchema';
import { isolated } from '../../i18n/direction';
import { formatPublished } from './formatPublished';
import { t } from '../../i18n/translate';

/**
 * The credit after the title, with only the parts a draft already has:
 * “ by A. Reporter, The Gazette, 5 August 2016”, “, The Gazette” or “” when none is known.
 * Without `by`, the author is one more item of the list (“, A. Reporter, The Gazette…”), as the compact credits write it.
 */
export function creditAfterTitle(article: Article, { by = true } = {}): string {
  const author = article.author && isolated(article.author);
  const rest = [by ? undefined : author, article.outlet && isolated(article.outlet), article.published && formatPublished(article.published)].filter(Boolean);
  const details = rest.join(', ');
  if (by && author) return rest.length ? t(' by {author}, {details}', { author, details }) : t(' by {author}', { author });
  return rest.length ? t(', {details}', { details }) : '';
}

/** “ © The Gazette” with its leading space, or “” while the rights line is not given. */
export const rightsAfter = (article: Article): string => (article.rights ? ` ${isolated(article.rights)}` : '');
