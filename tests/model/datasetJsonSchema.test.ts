import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { datasetJsonSchema } from '../../src/model/parseDataset';

it('publishes the JSON Schema generated from the validator’s own definition (run `npm run schema` after a format change)', () => {
  const published = JSON.parse(readFileSync('data/stancemap.schema.json', 'utf8'));
  expect(published).toEqual(datasetJsonSchema());
  expect(published.required).toEqual(expect.arrayContaining(['schemaVersion', 'article', 'actors', 'relations']));
  expect(published.properties.relations.items.properties.stance.enum).toEqual(['support', 'hostility', 'offer', 'payment']);
});
