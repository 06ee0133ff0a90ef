import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { datasetJsonSchema } from '../../src/model/datasetJsonSchema';

it('publishes the JSON Schema generated from the validator’s own definition (run `npm run schema` after a format change)', () => {
  const published = JSON.parse(readFileSync('data/stancemap.schema.json', 'utf8'));
  expect(published).toEqual(datasetJsonSchema());
  expect(published.required).toEqual(expect.arrayContaining(['schemaVersion', 'article', 'actors', 'relations']));
  expect(published.properties.relations.items.properties.stance.enum).toEqual(['support', 'hostility', 'offer', 'payment']);
});

it('tells what every field means, so a field added to the format gets its description in datasetJsonSchema.ts', () => {
  // These are objects or lists whose own items are described, and the `$schema` pointer.
  const WITHOUT_OWN_DESCRIPTION = new Set(['$schema', 'article', 'actors', 'relations', 'when', 'position', 'x', 'y']);
  const undescribed: string[] = [];
  const visit = (node: { properties?: Record<string, { description?: string }>; items?: unknown } | undefined, path: string) => {
    if (!node) return;
    for (const [key, field] of Object.entries(node.properties ?? {})) {
      if (!field.description && !WITHOUT_OWN_DESCRIPTION.has(key)) undescribed.push(`${path}.${key}`);
      visit(field as never, `${path}.${key}`);
    }
    visit(node.items as never, `${path}[]`);
  };
  visit(datasetJsonSchema() as never, '');
  expect(undescribed).toEqual([]);
});
