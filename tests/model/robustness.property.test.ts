import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { valueAt, type PathSegment } from '../../src/model/formatPath';
import { LIMITS } from '../../src/model/limits';
import { parseDataset, parseDatasetText } from '../../src/model/parseDataset';
import { readFixtureJson } from '../fixtures';
import { runs } from '../propertyRuns';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A path resolves when it, or (for a missing field) its parent, stands in the input. */
function resolves(input: unknown, path: PathSegment[]): boolean {
  if (path.length === 0) return true;
  if (valueAt(input, path) !== undefined) return true;
  const parent = valueAt(input, path.slice(0, -1));
  return typeof parent === 'object' && parent !== null;
}

const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();

/** When the input is rejected, every error says where and what; true when it was rejected. */
function checkRejectedWell(input: unknown): boolean {
  const result = parseDataset(input);
  if (result.ok) return false;
  expect(result.errors.length).toBeGreaterThan(0);
  expect(result.errors.length).toBeLessThanOrEqual(LIMITS.reportedProblems + 1);
  for (const error of result.errors) {
    expect(error.message.length).toBeGreaterThan(0);
    expect(resolves(input, error.path), `${JSON.stringify(error.path)} ${error.message}`).toBe(true);
  }
  return true;
}

const MUTATIONS = ['drop-field', 'wrong-type', 'dangling-reference', 'duplicate-id', 'unknown-stance', 'huge-string', 'deep-nesting', 'hostile-id'] as const;
const HOSTILE_IDS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype', 'valueOf'];

function mutate(dataset: Json, kind: (typeof MUTATIONS)[number], pick: number, text: string): Json {
  const relation = dataset.relations[pick % dataset.relations.length];
  const actor = dataset.actors[pick % dataset.actors.length];
  switch (kind) {
    case 'drop-field': {
      const fields = Object.keys(relation);
      delete relation[fields[pick % fields.length]!];
      break;
    }
    case 'wrong-type':
      actor[['name', 'kind', 'aliases', 'evidence', 'description'][pick % 5]!] = [pick, null, { text }, [pick]][pick % 4];
      break;
    case 'dangling-reference':
      relation[['source', 'target', 'claimedBy'][pick % 3]!] = `missing-${pick}`;
      break;
    case 'duplicate-id':
      dataset.actors.push({ ...actor });
      break;
    case 'unknown-stance':
      relation.stance = text || 'bribery';
      break;
    case 'huge-string':
      relation.evidence[0].quote = 'x'.repeat(LIMITS.quoteCharacters + 1 + pick);
      break;
    case 'deep-nesting': {
      let nested: Json = {};
      const root = nested;
      for (let i = 0; i < 40 + (pick % 200); i++) nested = nested.next = {};
      relation.extra = root;
      break;
    }
    case 'hostile-id':
      actor.id = HOSTILE_IDS[pick % HOSTILE_IDS.length];
      relation.source = actor.id;
      break;
  }
  return dataset;
}

describe('whatever it is given, the validator answers with located errors and never throws', () => {
  it('rejects arbitrary JSON (500 runs)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        // No random JSON is a dataset (an article, actors and relations, each quote in the text): every one is rejected, and well.
        expect(checkRejectedWell(value)).toBe(true);
        expect(checkRejectedWell({ schemaVersion: 1, ...(typeof value === 'object' && value && !Array.isArray(value) ? value : { value }) })).toBe(true);
      }),
      runs(500),
    );
  });

  it('rejects valid datasets with one mutation each (500 runs), leaving Object.prototype alone', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MUTATIONS), fc.nat(1000), fc.string({ maxLength: 20 }), (kind, pick, text) => {
        const input = mutate(structuredClone(readFixtureJson('small')), kind, pick, text);
        checkRejectedWell(input);
        checkRejectedWell(JSON.parse(JSON.stringify(input)));
        expect(parseDataset(input).ok && kind !== 'hostile-id' && kind !== 'drop-field').toBe(false);
      }),
      runs(500),
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    expect(({} as Json).polluted).toBeUndefined();
  });

  it('survives JSON text that names __proto__, and files past the size limit', () => {
    const text = JSON.stringify(readFixtureJson('small')).replace('"schemaVersion":1', '"schemaVersion":1,"__proto__":{"polluted":true}');
    expect(parseDatasetText(text).ok).toBe(true);
    expect(({} as Json).polluted).toBeUndefined();
    const huge = parseDatasetText(' '.repeat(LIMITS.fileBytes + 1));
    expect(huge.ok ? [] : huge.errors.map((error) => error.message)).toEqual(['is 10.0 MB; stancemap opens datasets of up to 10 MB.']);
  });

  it('lists at most a hundred problems, then the total', () => {
    const dataset = readFixtureJson('small');
    delete dataset.story;
    dataset.relations = Array.from({ length: 300 }, (_, i) => ({ ...dataset.relations[0], id: `r-${i}`, stance: 'war' }));
    const result = parseDataset(dataset);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(LIMITS.reportedProblems + 1);
    expect(result.errors.at(-1)!.message).toBe('has 200 more errors (300 in all); fix these first.');
  });
});
