/**
 * Reads article.json, the file that goes with the CSV pair and the article's text: the head of a
 * dataset, that is everything but the actors, the relations and the paragraphs. The article's
 * metadata stands under "article"; the dataset's own id, title, description and story beside it.
 */
import { t } from '../../i18n/translate';
import { importIssue, type ImportIssue } from './importIssue';

type Loose = Record<string, unknown>;

export type ArticleJsonResult =
  | { ok: true; articleMeta: Loose | undefined; datasetMeta: Loose }
  | { ok: false; errors: ImportIssue[] };

const isRecord = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);

export function parseArticleJson(text: string, file = 'article.json'): ArticleJsonResult {
  const fail = (message: string, field?: string): ArticleJsonResult => ({
    ok: false,
    errors: [importIssue('error', [], message, { file, ...(field !== undefined ? { field } : {}) })],
  });
  const source = text.replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (cause) {
    return fail(describeJsonError(source, cause));
  }
  if (!isRecord(json)) return fail(t('should hold a JSON object: the dataset’s id, title and description, and the article’s title, outlet, author, published, url and rights under "article".'));
  const { article, ...datasetMeta } = json;
  if (article !== undefined && !isRecord(article)) return fail(t('should be an object { … } with the article’s title, dek, outlet, author, published, url and rights.'), 'article');
  return { ok: true, articleMeta: article, datasetMeta };
}

function describeJsonError(text: string, cause: unknown): string {
  const detail = (cause instanceof Error ? cause.message : String(cause)).replace(/\s*\(line \d+ column \d+\)$/, '');
  // "Unexpected end of JSON input" names no position: it is the end.
  const position = /at position (\d+)/.exec(detail)?.[1] ?? (/end of JSON input/.test(detail) ? String(text.length) : undefined);
  if (position === undefined) return t('is not valid JSON: {detail}.', { detail });
  const before = text.slice(0, Number(position)).split('\n');
  const what = detail.replace(/ in JSON at position \d+/, '');
  return t('is not valid JSON: the text breaks off at line {line}, column {column} ({detail}).', { line: String(before.length), column: String(before.at(-1)!.length + 1), detail: what });
}
