/**
 * The article as a plain text file: paragraphs separated by blank lines. Line breaks inside a
 * paragraph are kept, since the body is kept exactly as published; space around a paragraph is not.
 */

export interface TextBlock {
  text: string;
  /** 1-based line of the file where the block starts. */
  line: number;
}

export function splitArticleText(text: string): TextBlock[] {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const blocks: TextBlock[] = [];
  let current: { lines: string[]; line: number } | undefined;
  lines.forEach((line, index) => {
    if (line.trim() === '') {
      if (current) blocks.push({ text: current.lines.join('\n').trim(), line: current.line });
      current = undefined;
    } else if (current) current.lines.push(line);
    else current = { lines: [line], line: index + 1 };
  });
  if (current) blocks.push({ text: current.lines.join('\n').trim(), line: current.line });
  return blocks;
}

export function joinArticleText(paragraphs: readonly string[]): string {
  return `${paragraphs.join('\n\n')}\n`;
}
