import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { CREDIT_FIELDS, type CreditField, type Dataset } from '../../../src/model/datasetSchema';
import type { PathSegment } from '../../../src/model/formatPath';
import { exportCsv } from '../../../src/model/formats/exportCsv';
import { exportFtm } from '../../../src/model/formats/exportFtm';
import { exportGexf } from '../../../src/model/formats/exportGexf';
import { exportGraphml } from '../../../src/model/formats/exportGraphml';
import { exportJson } from '../../../src/model/formats/exportJson';
import { importCsv, type CsvImportInput, type ImportResult } from '../../../src/model/formats/importCsv';
import { parseArticleJson } from '../../../src/model/formats/parseArticleJson';
import { parseDataset, parseDatasetText } from '../../../src/model/parseDataset';
import { arbitraryDataset } from './arbitraryDataset';
import { runs } from '../../propertyRuns';

const RUNS = runs(200);

function valid(raw: unknown): Dataset {
  const result = parseDataset(raw);
  if (!result.ok) throw new Error(`the generator made an invalid dataset: ${JSON.stringify(result.errors)}`);
  return result.dataset;
}

function csvInput(dataset: Dataset): CsvImportInput {
  const files = exportCsv(dataset);
  const head = parseArticleJson(files.articleJson);
  if (!head.ok) throw new Error('article.json does not parse');
  return { actorsCsv: files.actorsCsv, relationsCsv: files.relationsCsv, articleText: files.articleText, articleMeta: head.articleMeta!, datasetMeta: head.datasetMeta };
}

const FILES = ['actors.csv', 'relations.csv', 'article.txt', 'article.json'];
/** Every issue names a file it came from, and a place in it when it has one. */
function expectLocated(result: ImportResult) {
  for (const found of [...(result.ok ? [] : result.errors), ...result.warnings]) {
    expect(found.location, JSON.stringify(found)).toBeDefined();
    expect(FILES).toContain(found.location!.file);
  }
}

describe('export → import → export is the identity', () => {
  it('for JSON', () => {
    fc.assert(
      fc.property(arbitraryDataset, (raw) => {
        const dataset = valid(raw);
        const text = exportJson(dataset);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(raw)));
        const again = parseDatasetText(text);
        expect(again.ok).toBe(true);
        if (!again.ok) return;
        expect(again.dataset).toEqual(dataset);
        expect(exportJson(again.dataset)).toBe(text);
      }),
      RUNS,
    );
  });

  it('for the CSV files', () => {
    fc.assert(
      fc.property(arbitraryDataset, (raw) => {
        const dataset = valid(raw);
        const input = csvInput(dataset);
        const back = importCsv(input);
        expect(back.ok ? [] : back.errors).toEqual([]);
        if (!back.ok) return;
        expect(back.dataset).toEqual(dataset);
        expect(exportCsv(back.dataset)).toEqual(exportCsv(dataset));
      }),
      RUNS,
    );
  });
});

describe('the graph formats', () => {
  it('are well-formed XML and JSON lines whatever the text holds', () => {
    fc.assert(
      fc.property(arbitraryDataset, (raw) => {
        const dataset = valid(raw);
        expect(XMLValidator.validate(exportGexf(dataset))).toBe(true);
        expect(XMLValidator.validate(exportGraphml(dataset))).toBe(true);
        const lines = exportFtm(dataset).trimEnd().split('\n');
        expect(lines.map((line) => JSON.parse(line).schema)).toHaveLength(1 + dataset.actors.length + dataset.actors.filter((actor) => actor.partOf).length + dataset.relations.length);
      }),
      RUNS,
    );
  });
});

const garbage = fc.string({ unit: fc.constantFrom(...'ab,;\t"\n\r|\'= {}[]:'.split(''), '\uFEFF', '’'), maxLength: 20 });

describe('malformed input is rejected with a located error, never an exception', () => {
  it('CSV files and article text with garbage spliced in, or cut short', () => {
    const which = fc.constantFrom('actorsCsv', 'relationsCsv', 'articleText') as fc.Arbitrary<'actorsCsv' | 'relationsCsv' | 'articleText'>;
    let cases = 0;
    let located = 0;
    fc.assert(
      fc.property(arbitraryDataset, which, fc.nat(), fc.nat(), garbage, (raw, file, at, cut, inserted) => {
        const input = csvInput(valid(raw));
        const original = input[file];
        const from = at % (original.length + 1);
        input[file] = original.slice(0, from) + inserted + original.slice(Math.min(original.length, from + (cut % 30)));
        const result = importCsv(input);
        expectLocated(result);
        cases++;
        if (!result.ok || result.warnings.length > 0) located++;
        // What is taken without a word is a dataset the validator accepts as it is.
        else expect(parseDataset(result.dataset).ok).toBe(true);
      }),
      RUNS,
    );
    // Most splices break something the importer then names: the check above ran, and often.
    expect(located).toBeGreaterThan(cases / 3);
  });

  it('a stance outside the vocabulary, at its row and column', () => {
    fc.assert(
      fc.property(arbitraryDataset, fc.nat(), fc.stringMatching(/^[a-z]{1,12}$/), (raw, pick, stance) => {
        const dataset = valid(raw);
        fc.pre(dataset.relations.length > 0 && !['support', 'hostility', 'offer', 'payment'].includes(stance));
        const index = pick % dataset.relations.length;
        const broken = structuredClone(dataset);
        broken.relations[index]!.stance = stance as Dataset['relations'][number]['stance'];
        const result = importCsv(csvInput(broken));
        expect(result.ok).toBe(false);
        expectLocated(result);
        if (result.ok) return;
        expect(result.errors.map((found) => found.location)).toContainEqual({ file: 'relations.csv', row: index + 2, column: 'stance' });
      }),
      RUNS,
    );
  });

  it('JSON cut short', () => {
    fc.assert(
      fc.property(arbitraryDataset, fc.nat(), (raw, at) => {
        // Without the final line break: dropping only that would leave the whole, valid JSON.
        const text = exportJson(valid(raw)).trimEnd();
        const result = parseDatasetText(text.slice(0, at % text.length));
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.errors).toHaveLength(1);
        expect(result.errors[0]!.path).toEqual([]);
        // V8 gives no position for "Unexpected end of JSON input", so that message has no line.
        expect(result.errors[0]!.message).toMatch(/^is not valid JSON: (the text breaks off at line \d+, column \d+|Unexpected end of JSON input)/);
      }),
      RUNS,
    );
  });

  it('JSON with a field set to null or removed, at its path', () => {
    fc.assert(
      fc.property(arbitraryDataset, fc.nat(), fc.boolean(), (raw, pick, remove) => {
        const dataset = JSON.parse(exportJson(valid(raw)));
        const leaves = leafPaths(dataset).filter((path) => !path.some((segment) => ['note', 'reviewer', 'x-extra', 'description', 'dek'].includes(String(segment))));
        const path = leaves[pick % leaves.length]!;
        const parent = path.slice(0, -1).reduce<any>((node, segment) => node[segment], dataset); // eslint-disable-line @typescript-eslint/no-explicit-any
        const key = path.at(-1)!;
        // The article's credit may be left out of a draft (publishReadiness.ts), but not set to null.
        const optional = ['partOf', 'wikidataId', 'date', 'value', 'currency', 'paragraph', '$schema', 'story'].includes(String(key)) || (path[0] === 'article' && CREDIT_FIELDS.includes(key as CreditField));
        if (remove && !Array.isArray(parent) && !optional) delete parent[key];
        else parent[key] = null;
        const result = parseDataset(dataset);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        // The error stands at the field, or at the object or list that holds it.
        const touches = (found: PathSegment[]) => found.every((segment, index) => index >= path.length || path[index] === segment);
        expect(result.errors.some((found) => found.path.length > 0 && touches(found.path))).toBe(true);
      }),
      RUNS,
    );
  });
});

function leafPaths(node: unknown, path: PathSegment[] = []): PathSegment[][] {
  if (Array.isArray(node)) return node.flatMap((child, index) => leafPaths(child, [...path, index]));
  if (typeof node === 'object' && node !== null) return Object.entries(node).flatMap(([key, child]) => leafPaths(child, [...path, key]));
  return [path];
}
