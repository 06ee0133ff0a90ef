/**
 * How much a dataset may hold. Past these, validation stops with a clear message instead of
 * freezing the page: a newsroom's largest maps fit well inside them.
 */
export const LIMITS = {
  fileBytes: 10 * 1024 * 1024,
  actors: 20_000,
  relations: 60_000,
  quoteCharacters: 2_000,
  textCharacters: 100_000,
  nestingDepth: 32,
  /** Problems listed; past this, one more line gives the total. */
  reportedProblems: 100,
} as const;

/** The path to the first place where `value` nests deeper than `limit`, or null. Iterative: no recursion to overflow. */
export function tooDeep(value: unknown, limit: number): (string | number)[] | null {
  const stack: { node: unknown; path: (string | number)[] }[] = [{ node: value, path: [] }];
  while (stack.length) {
    const { node, path } = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (path.length >= limit) return path;
    const entries: [string | number, unknown][] = Array.isArray(node) ? node.map((child, index) => [index, child]) : Object.entries(node);
    for (const [key, child] of entries) stack.push({ node: child, path: [...path, key] });
  }
  return null;
}
