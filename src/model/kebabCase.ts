/** `Southland’s Navy` → `southlands-navy`: a valid dataset id made from any text, or `fallback` when nothing is left. */
export function kebabCase(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/['’‘`´]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    // Stryker disable next-line Regex: the line above leaves no two hyphens together
    .replace(/^-+|-+$/g, '');
  return slug || fallback;
}

/** `base`, or `base-2`, `base-3`… whichever is not yet in `taken`; adds the result to `taken`. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
