import { describe, expect, it } from 'vitest';
import { formatImportIssue } from '../../../src/model/formats/importIssue';
import { parseArticleJson } from '../../../src/model/formats/parseArticleJson';

const problem = (text: string) => {
  const result = parseArticleJson(text);
  return result.ok ? null : result.errors.map(formatImportIssue);
};

describe('parseArticleJson reads the head of a spreadsheet dataset', () => {
  it('splits the article’s fields from the dataset’s, with or without a byte-order mark', () => {
    for (const mark of ['', '\uFEFF']) {
      expect(parseArticleJson(`${mark}{"id": "lake-quarrel", "title": "A quarrel", "article": {"title": "Over the Lake", "outlet": "The Gazette"}}`)).toEqual({
        ok: true,
        articleMeta: { title: 'Over the Lake', outlet: 'The Gazette' },
        datasetMeta: { id: 'lake-quarrel', title: 'A quarrel' },
      });
    }
    expect(parseArticleJson('{"id": "lake-quarrel"}')).toEqual({ ok: true, articleMeta: undefined, datasetMeta: { id: 'lake-quarrel' } });
    // The same character inside a value is the value's.
    expect(parseArticleJson('{"title": "Lake\uFEFFside"}')).toEqual({ ok: true, articleMeta: undefined, datasetMeta: { title: 'Lake\uFEFFside' } });
  });

  it('says where the JSON breaks off, by line and column', () => {
    expect(problem('{"id": "x",\n  "title": "y",\n  oops}')).toEqual(['article.json: is not valid JSON: the text breaks off at line 3, column 3 (Expected double-quoted property name).']);
    expect(problem('')).toEqual(['article.json: is not valid JSON: the text breaks off at line 1, column 1 (Unexpected end of JSON input).']);
  });

  it('asks for an object, and for "article" to be one, naming the file it was given', () => {
    const notAnObject = 'should hold a JSON object: the dataset’s id, title and description, and the article’s title, outlet, author, published, url and rights under "article".';
    for (const text of ['[1, 2]', 'null', '"text"']) expect(problem(text)).toEqual([`article.json: ${notAnObject}`]);
    for (const article of ['[1]', 'null', '"Over the Lake"']) {
      const result = parseArticleJson(`{"article": ${article}}`, 'head.json');
      expect(result.ok ? null : result.errors.map(formatImportIssue)).toEqual(['head.json, field "article": should be an object { … } with the article’s title, dek, outlet, author, published, url and rights.']);
    }
  });

  it('says where the JSON breaks off, by line and column, once, and after a byte-order mark counts from the text', () => {
    expect(problem('\uFEFF{\n  "article": {\n    "title": "x",,\n  }\n}')).toEqual(['article.json: is not valid JSON: the text breaks off at line 3, column 18 (Expected double-quoted property name).']);
    expect(problem('{"id": "lake"} and more')).toEqual(['article.json: is not valid JSON: the text breaks off at line 1, column 16 (Unexpected non-whitespace character after JSON).']);
  });
});

