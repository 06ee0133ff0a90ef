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
  // Each object remembers its parent and key rather than a copy of its path: a 10 MB dataset has
  // a million values, and only the path of one too deep is ever needed.
  interface Entry {
    node: object;
    parent: Entry | null;
    key: string | number;
    depth: number;
  }
  const pathTo = (entry: Entry) => {
    const path: (string | number)[] = [];
    // Stryker disable next-line OptionalChaining: `at` is never null here (the loop stops at the root, whose parent is null).
    for (let at: Entry | null = entry; at?.parent; at = at.parent) path.push(at.key);
    return path.reverse();
  };
  if (typeof value !== 'object' || value === null) return null;
  const stack: Entry[] = [{ node: value, parent: null, key: '', depth: 0 }];
  while (stack.length) {
    const entry = stack.pop()!;
    if (entry.depth >= limit) return pathTo(entry);
    const { node } = entry;
    // Only objects and arrays can nest: strings and numbers are not stacked at all.
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) {
        const child: unknown = node[index];
        if (typeof child === 'object' && child !== null) stack.push({ node: child, parent: entry, key: index, depth: entry.depth + 1 });
      }
    } else {
      for (const key in node) {
        const child: unknown = (node as Record<string, unknown>)[key];
        if (Object.hasOwn(node, key) && typeof child === 'object' && child !== null) stack.push({ node: child, parent: entry, key, depth: entry.depth + 1 });
      }
    }
  }
  return null;
}
