import { describe, expect, it } from 'vitest';
import { BUNDLED_DATASET } from '../../src/app/bundledDataset';
import { EMBED_DATASET, EMBED_DATASET_CHECKED } from '../../src/app/embedDataset';
import { parseDataset } from '../../src/model/parseDataset';

describe('the dataset embed.html carries', () => {
  it('is the bundled dataset without its story, and nothing else is missing', () => {
    const { story, ...rest } = BUNDLED_DATASET as Record<string, unknown>;
    expect(story).toBeDefined();
    expect(EMBED_DATASET).toEqual(rest);
  });

  it('is valid as it is, with the same warnings as the whole file', () => {
    const embedded = parseDataset(EMBED_DATASET);
    const whole = parseDataset(BUNDLED_DATASET);
    expect(embedded.ok).toBe(true);
    expect(embedded.warnings).toEqual(whole.warnings.filter((warning) => warning.path[0] !== 'story'));
  });

  it('is what embed.html trusts without loading the validator: what validating it would find', () => {
    const { anchors, ...checked } = parseDataset(EMBED_DATASET) as Extract<ReturnType<typeof parseDataset>, { ok: true }>;
    expect(anchors).toBeDefined();
    expect(EMBED_DATASET_CHECKED).toStrictEqual(checked);
  });
});
