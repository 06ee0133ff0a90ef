/**
 * Why JSON.parse refused a text, in words that say where it breaks off: the line and column of
 * the engine's "at position N", or the end for a text cut short. The dataset and article.json
 * both say it so.
 */
import { t } from '../i18n/translate';

export function describeJsonSyntaxError(text: string, cause: unknown): string {
  const detail = cause instanceof Error ? cause.message : String(cause);
  const position = /position (\d+)/.exec(detail);
  // “Unexpected end of JSON input” carries no position: the text stops at its own end.
  if (!position && !/end of JSON input/i.test(detail)) return t('is not valid JSON: {detail}.', { detail });
  const offset = position ? Number(position[1]) : text.length;
  const before = text.slice(0, offset).split('\n');
  return t('is not valid JSON: the text breaks off at line {line}, column {column} ({detail}).', {
    line: String(before.length),
    column: String(before[before.length - 1]!.length + 1),
    // The place is said above: the engine's own position (and, in some versions, line) goes.
    detail: detail.replace(/\s*\(line.*$/, '').replace(/ (in JSON )?at position \d+/, ''),
  });
}
