/**
 * The edge of the model: unknown JSON in, a typed Dataset or every problem out. Everything after
 * parseDataset trusts its types.
 */
import { WARNS_AUTHORS } from './authorChecks';
import { t, tn } from '../i18n/translate';
import { checkDataset, quoteLocatorFor } from './checkDataset';
import { anchorRelations, type RelationAnchors } from './quoteLocator';
import { closestMatch } from './closestMatch';
import {
  actorSchema,
  amountSchema,
  articleSchema,
  datasetSchema,
  evidenceSchema,
  relationSchema,
  storyStepSchema,
  whenSchema,
  type Dataset,
} from './datasetSchema';
import { describeSchemaIssue } from './describeSchemaIssue';
import type { PathSegment } from './formatPath';
import { LIMITS, tooDeep } from './limits';
import { migrateDataset } from './migrateDataset';
import { didYouMean, issue, type ValidationIssue } from './validationIssue';
import { describeJsonSyntaxError } from './jsonSyntaxError';

export type ParseResult =
  /** `anchors`: where each relation's quotes lie, found while checking, for indexDataset. */
  | { ok: true; dataset: Dataset; warnings: ValidationIssue[]; anchors?: RelationAnchors }
  | { ok: false; errors: ValidationIssue[]; warnings: ValidationIssue[] };

export function parseDataset(input: unknown): ParseResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    const error = issue('error', [], t('does not hold a dataset: it should be a JSON object with schemaVersion, article, actors and relations.'));
    return { ok: false, errors: [error], warnings: [] };
  }
  const overLimit = checkLimits(input as Record<string, unknown>);
  if (overLimit) return { ok: false, errors: [overLimit], warnings: [] };
  const migration = migrateDataset(input as Record<string, unknown>);
  if (!migration.ok) return { ok: false, errors: [migration.issue], warnings: [] };
  const migrated = migration.dataset;

  const structure = datasetSchema.safeParse(migrated);
  const locate = quoteLocatorFor(migrated);
  const issues = inFileOrder(migrated, [
    ...(structure.success ? [] : structure.error.issues.map((zodIssue) => describeSchemaIssue(zodIssue, migrated))),
    ...checkDataset(migrated, locate),
    ...(WARNS_AUTHORS ? unknownFieldWarnings(migrated) : []),
  ]);
  const errors = capped(issues.filter((found) => found.severity === 'error'), 'errors');
  const warnings = capped(issues.filter((found) => found.severity === 'warning'), 'warnings');
  if (!structure.success || errors.length > 0) return { ok: false, errors, warnings };
  return { ok: true, dataset: structure.data, warnings, ...(locate ? { anchors: anchorRelations(structure.data, locate) } : {}) };
}

/** At most LIMITS.reportedProblems issues, then one that gives the total: a flood cannot freeze the page. */
function capped(issues: ValidationIssue[], noun: 'errors' | 'warnings'): ValidationIssue[] {
  if (issues.length <= LIMITS.reportedProblems) return issues;
  const rest = issues.length - LIMITS.reportedProblems;
  // The count as written without grouping (a few thousand problems are possible).
  const values = { count: String(rest), total: String(issues.length) };
  const total =
    noun === 'errors'
      ? issue('error', [], tn(rest, 'has {count} more error ({total} in all); fix these first.', 'has {count} more errors ({total} in all); fix these first.', values))
      : issue('warning', [], tn(rest, 'has {count} more warning ({total} in all); fix these first.', 'has {count} more warnings ({total} in all); fix these first.', values));
  return [...issues.slice(0, LIMITS.reportedProblems), total];
}

/** Sizes past which validation would take too long, checked before anything else. */
function checkLimits(input: Record<string, unknown>): ValidationIssue | null {
  const deep = tooDeep(input, LIMITS.nestingDepth);
  // Stryker disable next-line StringLiteral: the singular is for a depth of one, and the limit is 32
  if (deep) return issue('error', deep, tn(LIMITS.nestingDepth, 'nests deeper than {count} level; a dataset never needs that many.', 'nests deeper than {count} levels; a dataset never needs that many.'));
  for (const [key, most] of [['actors', LIMITS.actors], ['relations', LIMITS.relations]] as const) {
    const list = input[key];
    // Stryker disable next-line StringLiteral: the singular is for one item, and the limits are thousands
    if (Array.isArray(list) && list.length > most) return issue('error', [key], tn(list.length, 'has {count} item; stancemap opens at most {most}.', 'has {count} items; stancemap opens at most {most}.', { count: String(list.length), most: String(most) }));
  }
  let found: ValidationIssue | null = null;
  // One path, grown and shrunk as the walk goes: copied only for the text that is too long.
  const path: PathSegment[] = [];
  const visit = (node: unknown) => {
    if (found) return;
    if (typeof node === 'string') {
      const most = path.at(-1) === 'quote' ? LIMITS.quoteCharacters : LIMITS.textCharacters;
      if (node.length > most) {
        // Lengths and limits as written without grouping, as the English always has.
        const values = { count: String(node.length), most: String(most) };
        // Stryker disable StringLiteral: each singular is for one character, and the limits are thousands
        const message =
          path.at(-1) === 'quote'
            ? tn(node.length, 'is {count} character long; a quote may have at most {most}.', 'is {count} characters long; a quote may have at most {most}.', values)
            : tn(node.length, 'is {count} character long; a text may have at most {most}.', 'is {count} characters long; a text may have at most {most}.', values);
        // Stryker restore StringLiteral
        found = issue('error', [...path], message);
      }
    } else if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) {
        path.push(index);
        visit(node[index]);
        path.pop();
      }
    } else if (typeof node === 'object' && node !== null) {
      for (const key in node) {
        if (!Object.hasOwn(node, key)) continue;
        path.push(key);
        visit((node as Record<string, unknown>)[key]);
        path.pop();
      }
    }
  };
  visit(input);
  return found;
}

/** Sorts issues by where they stand in the file, so a journalist can work from top to bottom. */
function inFileOrder(root: unknown, issues: ValidationIssue[]): ValidationIssue[] {
  // Key order per object, looked up once: thousands of issues in a large file must not each list
  // the keys of every object along their path (that made ranking issues × relations).
  const keyOrder = new WeakMap<object, Map<string, number>>();
  const keyRank = (node: unknown, key: string) => {
    // Stryker disable next-line UnaryOperator: no issue's path goes on below a value that is no object (the schema's stops at that value)
    if (typeof node !== 'object' || node === null) return -1;
    let order = keyOrder.get(node);
    if (!order) keyOrder.set(node, (order = new Map(Object.keys(node).map((name, position) => [name, position]))));
    return order.get(key) ?? -1;
  };
  const rank = (path: PathSegment[]) => {
    const ranks: number[] = [];
    let node = root;
    for (const segment of path) {
      ranks.push(typeof segment === 'number' ? segment : keyRank(node, segment));
      node = typeof node === 'object' && node !== null ? (node as Record<PathSegment, unknown>)[segment] : undefined;
    }
    return ranks;
  };
  const ranked = issues.map((found) => ({ found, rank: rank(found.path) }));
  ranked.sort((a, b) => {
    for (let i = 0; i < Math.min(a.rank.length, b.rank.length); i++) {
      if (a.rank[i] !== b.rank[i]) return a.rank[i]! - b.rank[i]!;
    }
    return a.rank.length - b.rank.length;
  });
  return ranked.map(({ found }) => found);
}

/** Parses the text of a JSON file first, so that a syntax error names its line and column. */
/**
 * A dataset's text, parsed and checked. `onStage` is told as reading the JSON and checking it
 * start (a large file's progress).
 */
export function parseDatasetText(text: string, onStage?: (stage: 'reading' | 'checking') => void): ParseResult {
  if (text.length > LIMITS.fileBytes) {
    const megabytes = (LIMITS.fileBytes / 1024 / 1024).toFixed(0);
    return { ok: false, errors: [issue('error', [], t('is {size} MB; stancemap opens datasets of up to {most} MB.', { size: (text.length / 1024 / 1024).toFixed(1), most: megabytes }))], warnings: [] };
  }
  let json: unknown;
  onStage?.('reading');
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (cause) {
    return { ok: false, errors: [issue('error', [], describeJsonSyntaxError(text, cause))], warnings: [] };
  }
  onStage?.('checking');
  return parseDataset(json);
}

// Unknown fields are kept (a later version may use them) but named, since most are typos. Each
// owner's warning is a whole sentence, made when it is reported (in the interface's language).
type LooseShape = { shape: Record<string, unknown> };
type UnknownField = (suggestion: string) => string;
const KNOWN_FIELDS: { pattern: (path: PathSegment[]) => boolean; schema: LooseShape; unknownField: UnknownField }[] = [
  {
    pattern: (p) => p.length === 0,
    schema: datasetSchema,
    unknownField: (suggestion) => t('is not a field of the dataset in this format version; it is kept but not used{suggestion}.', { suggestion }),
  },
  {
    pattern: (p) => p.length === 1 && p[0] === 'article',
    schema: articleSchema,
    unknownField: (suggestion) => t('is not a field of the article in this format version; it is kept but not used{suggestion}.', { suggestion }),
  },
  {
    pattern: (p) => p.length === 2 && p[0] === 'actors',
    schema: actorSchema,
    unknownField: (suggestion) => t('is not a field of an actor in this format version; it is kept but not used{suggestion}.', { suggestion }),
  },
  {
    pattern: (p) => p.length === 2 && p[0] === 'relations',
    schema: relationSchema,
    unknownField: (suggestion) => t('is not a field of a relation in this format version; it is kept but not used{suggestion}.', { suggestion }),
  },
  {
    pattern: (p) => p.length === 3 && p[1] !== undefined && p[2] === 'when',
    schema: whenSchema,
    unknownField: (suggestion) => t('is not a field of a relation’s when in this format version; it is kept but not used{suggestion}.', { suggestion }),
  },
  {
    pattern: (p) => p.length === 3 && p[2] === 'amount',
    schema: amountSchema,
    unknownField: (suggestion) => t('is not a field of an amount in this format version; it is kept but not used{suggestion}.', { suggestion }),
  },
  {
    pattern: (p) => p.at(-2) === 'evidence',
    schema: evidenceSchema,
    unknownField: (suggestion) => t('is not a field of an evidence passage in this format version; it is kept but not used{suggestion}.', { suggestion }),
  },
  {
    pattern: (p) => p.length === 2 && p[0] === 'story',
    schema: storyStepSchema,
    unknownField: (suggestion) => t('is not a field of a story step in this format version; it is kept but not used{suggestion}.', { suggestion }),
  },
  {
    pattern: (p) =>
      // Stryker disable next-line ConditionalExpression,LogicalOperator: of the known fields only a story step's is called passage, and a passage's own fields hold no object, so the length and the list's name never decide
      p.length === 3 && p[0] === 'story' &&
      p[2] === 'passage',
    schema: evidenceSchema,
    unknownField: (suggestion) => t('is not a field of a story passage in this format version; it is kept but not used{suggestion}.', { suggestion }),
  },
];

function unknownFieldWarnings(root: unknown): ValidationIssue[] {
  const warnings: ValidationIssue[] = [];
  const visit = (node: unknown, path: PathSegment[]) => {
    if (Array.isArray(node)) return node.forEach((child, index) => visit(child, [...path, index]));
    if (typeof node !== 'object' || node === null) return;
    const known = KNOWN_FIELDS.find((entry) => entry.pattern(path));
    if (!known) return;
    const knownKeys = Object.keys(known.schema.shape);
    for (const [key, child] of Object.entries(node)) {
      if (knownKeys.includes(key)) visit(child, [...path, key]);
      else {
        warnings.push(issue('warning', [...path, key], known.unknownField(didYouMean(closestMatch(key, knownKeys)))));
      }
    }
  };
  visit(root, []);
  return warnings;
}
