/** Height of one line of an actor's label, in pixels at scale 1. */
export const LABEL_LINE_HEIGHT = 14;

/** Breaks a long actor name into lines of about `maxChars`, at spaces, so labels stay narrow. */
export function labelLines(name: string, maxChars = 18): string[] {
  const words = name.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length ? lines : [name];
}
