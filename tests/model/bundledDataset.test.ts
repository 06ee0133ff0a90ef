import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DATASET, BUNDLED_DATASET_CHECKED } from '../../src/app/bundledDataset';
import { parseDataset } from '../../src/model/parseDataset';
import { indexDataset } from '../../src/model/indexDataset';
import { articleParts } from '../../src/model/locateQuote';
import { STANCES } from '../../src/model/vocabulary';

const raw = JSON.parse(readFileSync('data/russia-poach-rebels-2016.json', 'utf8'));
const articleText = readFileSync('../shared/article/russia-poach-rebels-2016.page.txt', 'utf8');

describe('the bundled dataset', () => {
  const result = parseDataset(raw);
  if (!result.ok) throw new Error(`the bundled dataset does not validate: ${JSON.stringify(result.errors.slice(0, 3))}`);
  const { dataset } = result;
  const parts = articleParts(dataset.article).map((part) => part.text);

  it('validates without errors or warnings', () => {
    expect(result.warnings).toEqual([]);
  });

  it('is what the explorer trusts without loading the validator: what validating it finds', () => {
    expect(BUNDLED_DATASET).toStrictEqual(raw);
    // The validator also hands on where each quote lies; without them the index finds the same places.
    const { anchors, ...checked } = result;
    expect(BUNDLED_DATASET_CHECKED).toStrictEqual(checked);
    expect(anchors?.size).toBe(dataset.relations.length);
    expect(indexDataset(dataset).evidenceSpans).toStrictEqual(indexDataset(dataset, anchors).evidenceSpans);
  });

  it('quotes every passage verbatim from the title, the dek or a single paragraph', () => {
    const quotes = [...dataset.actors, ...dataset.relations].flatMap((item) => item.evidence.map((evidence) => evidence.quote));
    expect(quotes.length).toBeGreaterThan(dataset.relations.length);
    for (const quote of quotes) expect(parts.some((part) => part.includes(quote)), quote).toBe(true);
  });

  it('gives every relation a status and a claimant', () => {
    for (const relation of dataset.relations) {
      expect(relation.status, relation.id).toBeTruthy();
      expect(relation.claimedBy, relation.id).toBeTruthy();
    }
  });

  it('covers all four stances, historical and third-party relations included', () => {
    const stances = new Set(dataset.relations.map((relation) => relation.stance));
    expect([...stances].sort()).toEqual([...STANCES].sort());
    expect(dataset.relations.some((relation) => relation.status === 'historical')).toBe(true);
    expect(dataset.relations.length).toBeGreaterThanOrEqual(40);
  });

  it('keeps the article body as published, without the photo credit or the newsletter block', () => {
    const body = dataset.article.paragraphs.join('\n\n');
    expect(body).not.toMatch(/Getty Images|Get The Beast In Your Inbox|Subscribe/);
    for (const paragraph of dataset.article.paragraphs) expect(articleText).toContain(paragraph);
    expect(articleText.startsWith(dataset.article.title)).toBe(true);
    expect(articleText).toContain(dataset.article.dek);
    expect(dataset.article.url).toBe('https://www.thedailybeast.com/russia-is-trying-to-poach-us-trained-rebels-with-unlimited-weapons-in-syria');
    expect(dataset.article.rights).toMatch(/Daily Beast/);
  });
});
