/**
 * The interface's English strings, as the code passes them to t, tn and tElements: the keys every
 * catalogue in public/locales translates. `npm run messages` lists those a catalogue lacks, and
 * those it has that the code no longer uses (tests/scripts/catalogues.test.ts holds each to none);
 * `-- --list` prints every string, `-- --json` each with the files that show it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ACTOR_KINDS, RELATION_STATUSES, STANCES } from '../src/model/vocabulary';

// A call's first string argument(s), in any quotes; tn's key is its plural (second) string.
const CALL = /\b(t|tElements)\(\s*(['"`])((?:\\.|(?!\2)[^\\])*)\2|\btn\(\s*[^,]+,\s*(['"`])(?:\\.|(?!\4)[^\\])*\4\s*,\s*(['"`])((?:\\.|(?!\5)[^\\])*)\5/g;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const unescape = (text: string) => text.replace(/\\(.)/g, '$1');

/** The English plurals of tn calls: a catalogue gives each one form per plural category. */
export const pluralMessages = new Set<string>();

/** Every English string the code translates, with the files that use it. */
export function interfaceMessages(folder = 'src'): Map<string, string[]> {
  const messages = new Map<string, string[]>();
  for (const file of sourceFiles(folder)) {
    // Examples in comments are not calls.
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    for (const match of code.matchAll(CALL)) {
      const english = unescape(match[3] ?? match[6]!);
      if (match[6] !== undefined) pluralMessages.add(english);
      if (english.includes('${')) throw new Error(`${file}: a translated string may not be a template with \${…}: ${english}`);
      messages.set(english, [...(messages.get(english) ?? []), file]);
    }
  }
  // The vocabulary's words, which theme.ts's vocabularyWord passes to t by their id.
  for (const id of [...STANCES, ...RELATION_STATUSES, ...ACTOR_KINDS]) {
    const word = id.replace(/-/g, ' ');
    messages.set(word, [...(messages.get(word) ?? []), 'src/model/vocabulary.ts']);
  }
  return messages;
}

export function catalogueGaps(catalogue: Record<string, unknown>, messages: Map<string, string[]>): { missing: string[]; unused: string[] } {
  return {
    missing: [...messages.keys()].filter((english) => !(english in catalogue)).sort(),
    unused: Object.keys(catalogue).filter((english) => !messages.has(english)).sort(),
  };
}

function main(): void {
  const messages = interfaceMessages();
  // For translators: each string with the files that show it, and whether it is a count's plural.
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(Object.fromEntries([...messages].map(([english, files]) => [english, { files: [...new Set(files)], plural: pluralMessages.has(english) }])), null, 2));
    return;
  }
  console.log(`${messages.size} interface strings.`);
  if (process.argv.includes('--list')) for (const english of messages.keys()) console.log(`  ${JSON.stringify(english)}`);
  for (const file of readdirSync('public/locales').filter((name) => name.endsWith('.json')).sort()) {
    const { missing, unused } = catalogueGaps(JSON.parse(readFileSync(join('public/locales', file), 'utf8')) as Record<string, unknown>, messages);
    console.log(`${file}: ${missing.length} missing, ${unused.length} unused.`);
    for (const english of missing) console.log(`  missing: ${JSON.stringify(english)}`);
    for (const english of unused) console.log(`  unused: ${JSON.stringify(english)}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
