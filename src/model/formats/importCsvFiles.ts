/**
 * The CSV form as files arrive from a disk or a drop: two CSV files in either order (the one whose
 * header names `source` and `target` holds the relations), the article's text, and optionally
 * article.json (by default the name of the text with .json). Messages name the files by the names given.
 */
import Papa from 'papaparse';
import { importCsv, type ImportResult } from './importCsv';
import { parseArticleJson } from './parseArticleJson';

export interface NamedText {
  name: string;
  text: string;
}

export interface CsvFiles {
  csv: [NamedText, NamedText];
  article: NamedText;
  meta?: NamedText;
}

function namesRelationColumns(csv: string): boolean {
  // Stryker disable next-line ObjectLiteral,Regex,ArrayDeclaration: reading past the header gives the same first row, and Papa's own guess includes these separators; a byte-order mark stands only at the start; an empty file's header names no column either way
  const header = Papa.parse<string[]>(csv.replace(/^\uFEFF/, '').trimStart(), { preview: 1, delimitersToGuess: [',', ';', '\t'] }).data[0] ?? [];
  const names = new Set(header.map((name) => name.trim().toLowerCase()));
  return names.has('source') && names.has('target');
}

export function importCsvFiles({ csv, article, meta }: CsvFiles): ImportResult {
  const [first, second] = csv;
  const [actors, relations] = namesRelationColumns(first.text) && !namesRelationColumns(second.text) ? [second, first] : [first, second];
  // Without article.json, messages name the one that would stand beside the text.
  const metaName = meta?.name ?? article.name.replace(/(\.[^./\\]*)?$/, '.json');
  const fileNames = { actors: actors.name, relations: relations.name, article: article.name, meta: metaName };
  const head = meta ? parseArticleJson(meta.text, meta.name) : undefined;
  if (head && !head.ok) return { ok: false, errors: head.errors, warnings: [] };
  return importCsv({
    actorsCsv: actors.text,
    relationsCsv: relations.text,
    articleText: article.text,
    ...(head?.articleMeta ? { articleMeta: head.articleMeta } : {}),
    ...(head ? { datasetMeta: head.datasetMeta } : {}),
    fileNames,
  });
}
