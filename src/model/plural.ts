/**
 * A count with its noun, singular for one and plural otherwise: `plural(1, 'stance')` →
 * “1 stance”, `plural(2, 'actor')` → “2 actors”. Irregular nouns pass their plural.
 */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
