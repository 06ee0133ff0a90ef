/**
 * Every occurrence of many patterns in one pass over a text: an Aho–Corasick automaton, built
 * once for a dataset's quotes (or its actors' names) and run over each piece of text. Searching
 * for each pattern in turn costs patterns × text, which at 30,000 quotes in a 9 MB article is
 * minutes; this costs the text's length plus the matches, whatever the number of patterns.
 *
 * Positions are UTF-16 code units, as `indexOf` counts them, and overlapping occurrences are all
 * found, as `indexOf(pattern, at + 1)` would find them. Pure.
 */

export interface MultiSearch {
  /** The patterns, as given: `found` is told a pattern's index in this list. */
  readonly patterns: readonly string[];
  /** Calls `found` for each occurrence of each non-empty pattern, in the order of where they end. */
  forEachMatch(text: string, found: (pattern: number, start: number) => void): void;
}

const ROOT = 0;
const NONE = -1;
// A node with more children than this finds them in a map rather than down its sibling list:
// "… backs " before every actor that a dataset's quotes name can have thousands.
const DENSE_ABOVE = 8;

/**
 * The trie, as typed arrays (a million nodes for 30,000 quotes: objects or a map per node would
 * take seconds to build): for each node its first child, next sibling, the character leading to
 * it, its failure link (the longest proper suffix of its path that is also a path), and the
 * nearest node down that chain where a pattern ends.
 */
class Trie {
  size = 1;
  firstChild: Int32Array;
  nextSibling: Int32Array;
  charOf: Uint16Array;
  childCount: Uint32Array;
  fail: Int32Array;
  output: Int32Array;
  /** The patterns ending at each node, for the nodes where one does: `ends[endsAt[node]]`. */
  endsAt: Int32Array;
  ends: number[][] = [];
  /** The children of nodes with many, by character; `denseAt` gives a node's place here (or NONE). */
  dense: Map<number, number>[] = [];
  denseAt: Int32Array;
  /**
   * The root's children by character, for a large trie: the search is at the root most of the
   * time. A small one (a few names) keeps them in a map, as dense nodes do.
   */
  rootChild: Int32Array | null;

  /** `characters`: the patterns' length together, the most nodes the trie can need. */
  constructor(characters: number) {
    const capacity = characters + 1;
    this.firstChild = new Int32Array(capacity).fill(NONE);
    this.nextSibling = new Int32Array(capacity).fill(NONE);
    this.charOf = new Uint16Array(capacity);
    this.childCount = new Uint32Array(capacity);
    this.fail = new Int32Array(capacity);
    this.output = new Int32Array(capacity).fill(NONE);
    this.denseAt = new Int32Array(capacity).fill(NONE);
    this.endsAt = new Int32Array(capacity).fill(NONE);
    const large = characters > 4096;
    this.rootChild = large ? new Int32Array(0x10000).fill(NONE) : null;
    if (!large) this.makeDense(ROOT);
  }

  child(node: number, code: number): number {
    if (node === ROOT && this.rootChild) return this.rootChild[code]!;
    const dense = this.denseAt[node]!;
    if (dense !== NONE) return this.dense[dense]!.get(code) ?? NONE;
    for (let next = this.firstChild[node]!; next !== NONE; next = this.nextSibling[next]!) if (this.charOf[next] === code) return next;
    return NONE;
  }

  addChild(node: number, code: number): number {
    const created = this.size++;
    this.charOf[created] = code;
    this.nextSibling[created] = this.firstChild[node]!;
    this.firstChild[node] = created;
    if (node === ROOT && this.rootChild) this.rootChild[code] = created;
    else {
      const count = ++this.childCount[node]!;
      const dense = this.denseAt[node]!;
      if (dense !== NONE) this.dense[dense]!.set(code, created);
      else if (count > DENSE_ABOVE) this.makeDense(node);
    }
    return created;
  }

  private makeDense(node: number) {
    const map = new Map<number, number>();
    for (let next = this.firstChild[node]!; next !== NONE; next = this.nextSibling[next]!) map.set(this.charOf[next]!, next);
    this.denseAt[node] = this.dense.length;
    this.dense.push(map);
  }
}

export function createMultiSearch(patterns: readonly string[]): MultiSearch {
  let characters = 0;
  for (const pattern of patterns) characters += pattern.length;
  const trie = new Trie(characters);
  patterns.forEach((pattern, index) => {
    if (!pattern) return;
    let node = ROOT;
    let i = 0;
    // Down the part of the pattern the trie has already, then a new branch: nothing to look up there.
    for (; i < pattern.length; i++) {
      const next = trie.child(node, pattern.charCodeAt(i));
      if (next === NONE) break;
      node = next;
    }
    for (; i < pattern.length; i++) node = trie.addChild(node, pattern.charCodeAt(i));
    if (trie.endsAt[node] === NONE) {
      trie.endsAt[node] = trie.ends.length;
      trie.ends.push([index]);
    } else trie.ends[trie.endsAt[node]!]!.push(index);
  });

  const { firstChild, nextSibling, charOf, fail, output, endsAt, ends } = trie;
  // Failure links, breadth first: a node's link is found from its parent's, which is shallower.
  const queue = new Int32Array(trie.size);
  let tail = 0;
  for (let next = firstChild[ROOT]!; next !== NONE; next = nextSibling[next]!) queue[tail++] = next;
  for (let head = 0; head < tail; head++) {
    const node = queue[head]!;
    const linked = fail[node]!;
    output[node] = endsAt[linked] !== NONE ? linked : output[linked]!;
    for (let next = firstChild[node]!; next !== NONE; next = nextSibling[next]!) {
      const code = charOf[next]!;
      let candidate = linked;
      let target = trie.child(candidate, code);
      while (target === NONE && candidate !== ROOT) {
        candidate = fail[candidate]!;
        target = trie.child(candidate, code);
      }
      fail[next] = target === NONE ? ROOT : target;
      queue[tail++] = next;
    }
  }

  return {
    patterns,
    forEachMatch(text, found) {
      let node = ROOT;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        let next = trie.child(node, code);
        while (next === NONE && node !== ROOT) {
          node = fail[node]!;
          next = trie.child(node, code);
        }
        node = next === NONE ? ROOT : next;
        for (let report = endsAt[node] !== NONE ? node : output[node]!; report !== NONE; report = output[report]!) {
          for (const pattern of ends[endsAt[report]!]!) found(pattern, i + 1 - patterns[pattern]!.length);
        }
      }
    },
  };
}
