/**
 * Reads article.json, the file that goes with the CSV pair and the article's text: the head of a
 * dataset, that is everything but the actors, the relations and the paragraphs. The article's
 * metadata stands under "article"; the dataset's own id, title, description and story beside it.
 */
import { t } from '../../i18n/translate';
import { describeJsonSyntaxError } from '../jsonSyntaxError';
import { importIssue, type ImportIssue } from './importIssue';

type Loose = Record<string, unknown>;

export type ArticleJsonResult =
  | { ok: true; articleMeta: Loose | undefined; datasetMeta: Loose }
  | { ok: false; errors: ImportIssue[] };

const isRecord = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);

export function parseArticleJson(text: string, file = 'article.json'): ArticleJsonResult {
  const fail = (message: string, field?: string): ArticleJsonResult => ({
    ok: false,
    // Stryker disable next-line ArrayDeclaration,ConditionalExpression: such a problem is shown by its place in the file, never by its path; a field of undefined formats as none
    errors: [importIssue('error', [], message, { file, ...(field !== undefined ? { field } : {}) })],
  });
  const source = text.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (cause) {
    return fail(describeJsonSyntaxError(source, cause));
  }
  if (!isRecord(json)) return fail(t('should hold a JSON object: the dataset’s id, title and description, and the article’s title, outlet, author, published, url and rights under "article".'));
  const { article, ...datasetMeta } = json;
  if (article !== undefined && !isRecord(article)) return fail(t('should be an object { … } with the article’s title, dek, outlet, author, published, url and rights.'), 'article');
  return { ok: true, articleMeta: article, datasetMeta };
}
