import { describe, expect, it } from 'vitest';
import { BUNDLED_DATASET } from '../../src/app/bundledDataset';
import { EMBED_DATASET, EMBED_DATASET_CHECKED } from '../../src/app/embedDataset';
import type { Dataset } from '../../src/model/datasetSchema';
import { parseDataset } from '../../src/model/parseDataset';

describe('the dataset embed.html carries', () => {
  it('is the bundled dataset without its story and its article’s body, and nothing else is missing', () => {
    const { story, article, ...rest } = BUNDLED_DATASET as Record<string, unknown> & { article: Record<string, unknown> };
    expect(story).toBeDefined();
    expect((article.paragraphs as string[]).length).toBeGreaterThan(10);
    expect(EMBED_DATASET).toEqual({ ...rest, article: { ...article, paragraphs: [] } });
  });

  it('is trusted without the validator because the whole file it comes from is valid without a warning', () => {
    const whole = parseDataset(BUNDLED_DATASET);
    expect(whole.ok && whole.warnings).toEqual([]);
    expect(EMBED_DATASET_CHECKED).toStrictEqual({ ok: true, dataset: EMBED_DATASET, warnings: [] });
  });

  it('keeps every passage the embed shows: each relation’s and actor’s quotes, word for word', () => {
    const whole = parseDataset(BUNDLED_DATASET);
    if (!whole.ok) throw new Error('the bundled dataset is invalid');
    const quotes = (dataset: Dataset) => [...dataset.relations, ...dataset.actors].map((item) => [item.id, item.evidence.map((evidence) => evidence.quote)]);
    expect(quotes(EMBED_DATASET as Dataset)).toEqual(quotes(whole.dataset));
  });
});
