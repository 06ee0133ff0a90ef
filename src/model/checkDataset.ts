/**
 * The checks a schema cannot express: unique ids, references between actors and relations,
 * and evidence anchored in the article. They read the raw input defensively, so that a
 * dataset with a structural error still gets every other problem reported in the same pass.
 */
import { interfaceLocale, t, tn } from '../i18n/translate';
import { closestMatch } from './closestMatch';
import type { PathSegment } from './formatPath';
import { articleParts, describePart, type ArticlePart, type QuoteLookup } from './locateQuote';
import { authorWarnings, createLocator, WARNS_AUTHORS } from './authorChecks';
import type { Evidence } from './datasetSchema';
import { draftCreditWarning, missingCredit } from './draftCredit';
import { didYouMean, issue, showValue, type ValidationIssue } from './validationIssue';
import { SEARCHES_CLOSEST_PASSAGE } from './closestPassage';
import { typographyDifferences } from './typography';
import { OUTLET_CLAIMANT } from './vocabulary';

type Loose = Record<string, unknown>;

const isRecord = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const recordsAt = (owner: unknown, key: string): (Loose | undefined)[] => {
  const list = isRecord(owner) ? owner[key] : undefined;
  return Array.isArray(list) ? list.map((item) => (isRecord(item) ? item : undefined)) : [];
};
const stringAt = (owner: Loose | undefined, key: string): string | undefined => {
  const value = owner?.[key];
  return typeof value === 'string' ? value : undefined;
};

const WEAK_QUOTE_WORDS = 3;

/** The error for an id that names no actor, or no relation. */
function noSuchId(kind: 'actor' | 'relation', id: string, known: readonly string[]): string {
  const values = { id: showValue(id), suggestion: didYouMean(closestMatch(id, [...known])) };
  return kind === 'actor' ? t('no actor has the id {id}{suggestion}.', values) : t('no relation has the id {id}{suggestion}.', values);
}

/**
 * Every quote of a dataset (read as loosely as checkDataset reads) located at once: null when
 * the article cannot be read. parseDataset makes it once, for the checks and for the spans it hands on.
 */
// Stryker disable all: which quotes the one pass is given only changes how fast they are found: a
// quote left out (or no locator at all) is located by locateQuote, with the same answers, and the
// index finds the same places without the anchors (tests/model/bundledDataset.test.ts).
export function quoteLocatorFor(raw: unknown): Locate | null {
  const parts = readArticleParts(raw);
  if (!parts) return null;
  const actors = recordsAt(raw, 'actors');
  const relations = recordsAt(raw, 'relations');
  const passages = recordsAt(raw, 'story').map((step) => step?.passage).filter(isRecord);
  const quotes = [...actors, ...relations].flatMap((owner) => recordsAt(owner, 'evidence')).concat(passages).map((evidence) => stringAt(evidence, 'quote') ?? '');
  return createLocator(parts, quotes);
}
// Stryker restore all

export function checkDataset(raw: unknown, locator: Locate | null = quoteLocatorFor(raw)): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const error = (path: PathSegment[], message: string) => issues.push(issue('error', path, message));
  const reserved = () => t('“{id}” is reserved for claims made by the outlet itself; choose another id.', { id: OUTLET_CLAIMANT });
  const warn = (path: PathSegment[], message: string) => issues.push(issue('warning', path, message));

  const actors = recordsAt(raw, 'actors');
  const relations = recordsAt(raw, 'relations');

  // The article's credit: a draft may lack it (a field present but empty is a schema error instead).
  const article = isRecord(raw) ? raw.article : undefined;
  if (isRecord(article)) {
    // Stryker disable next-line ConditionalExpression: WARNS_AUTHORS is true in this build; embed.html's (authorChecks.reader.ts) has its own tests
    if (WARNS_AUTHORS) for (const field of missingCredit(article)) if (article[field] === undefined) issues.push(draftCreditWarning(field));
  }

  // Ids ----------------------------------------------------------------------------------
  const actorIndexById = uniqueIds(actors, 'actors', error);
  uniqueIds(relations, 'relations', error);
  actors.forEach((actor, index) => {
    if (stringAt(actor, 'id') === OUTLET_CLAIMANT) {
      error(['actors', index, 'id'], reserved());
    }
  });
  const actorIds = [...actorIndexById.keys()];
  const unknownActor = (id: string) => noSuchId('actor', id, actorIds);

  // Claimants: people quoted who are not on the map. A claimedBy names an actor or a claimant, so
  // the two share one space of ids.
  const claimants = recordsAt(raw, 'claimants');
  const claimantIndexById = uniqueIds(claimants, 'claimants', error);
  claimants.forEach((claimant, index) => {
    const id = stringAt(claimant, 'id');
    if (id === OUTLET_CLAIMANT) return error(['claimants', index, 'id'], reserved());
    // Stryker disable next-line ConditionalExpression: an actor id is never undefined, so get(undefined) gives the same
    const actorIndex = id === undefined ? undefined : actorIndexById.get(id);
    if (actorIndex !== undefined) {
      error(
        ['claimants', index, 'id'],
        t('{id} is already the id of actors[{index}]; a claimant is someone who is not on the map, so give it an id of its own or credit the actor.', { id: showValue(id), index: String(actorIndex) }),
      );
    }
  });
  const claimedIds = new Set<string>();

  // partOf -------------------------------------------------------------------------------
  const parentOf = new Map<string, string>();
  actors.forEach((actor, index) => {
    const id = stringAt(actor, 'id');
    const partOf = stringAt(actor, 'partOf');
    if (partOf === undefined) return;
    if (partOf === id) return error(['actors', index, 'partOf'], t('an actor cannot be part of itself.'));
    if (!actorIndexById.has(partOf)) return error(['actors', index, 'partOf'], unknownActor(partOf));
    if (id !== undefined) parentOf.set(id, partOf);
  });
  const reportedLoops = new Set<string>();
  // Actors known to lead up to one that is part of nothing: a walk that reaches one stops there,
  // so every chain is walked once, however long.
  const leadsToTop = new Set<string>();
  actors.forEach((actor, index) => {
    const id = stringAt(actor, 'id');
    // Stryker disable next-line ConditionalExpression: an actor without an id has no parent to walk to
    if (id === undefined || reportedLoops.has(id) || leadsToTop.has(id)) return;
    const chain = [id];
    const onChain = new Set(chain);
    for (let next = parentOf.get(id); ; next = parentOf.get(next)) {
      // Stryker disable next-line ConditionalExpression,LogicalOperator,ArrowFunction: how often a chain is walked, not what is reported
      if (next === undefined || leadsToTop.has(next)) return chain.forEach((member) => leadsToTop.add(member));
      if (next === id) {
        chain.forEach((member) => reportedLoops.add(member));
        const loop = [...chain, id].map(showValue).join(' → ');
        return error(['actors', index, 'partOf'], t('{loop} is a loop; partOf must lead up to an actor that is part of nothing.', { loop }));
      }
      // Into a loop this actor is not on: it is reported from one of its own members.
      if (onChain.has(next)) return;
      chain.push(next);
      onChain.add(next);
    }
  });

  // Relations ----------------------------------------------------------------------------
  const involved = new Set<string>();
  relations.forEach((relation, index) => {
    const source = stringAt(relation, 'source');
    const target = stringAt(relation, 'target');
    for (const [key, id] of [['source', source], ['target', target]] as const) {
      if (id === undefined) continue;
      involved.add(id);
      if (!actorIndexById.has(id)) error(['relations', index, key], unknownActor(id));
    }
    if (source !== undefined && source === target) {
      error(['relations', index, 'target'], t('is the same actor as the source; a relation links two different actors.'));
    }
    const claimedBy = stringAt(relation, 'claimedBy');
    if (claimedBy !== undefined) {
      involved.add(claimedBy);
      claimedIds.add(claimedBy);
      if (claimedBy !== OUTLET_CLAIMANT && !actorIndexById.has(claimedBy) && !claimantIndexById.has(claimedBy)) {
        const known = [...actorIds, ...claimantIndexById.keys()];
        error(
          ['relations', index, 'claimedBy'],
          t('no actor or claimant has the id {id}, and it is not “{outlet}” (the outlet’s own statement){suggestion}.', {
            id: showValue(claimedBy),
            outlet: OUTLET_CLAIMANT,
            suggestion: didYouMean(closestMatch(claimedBy, known)),
          }),
        );
      }
    }
    const stance = stringAt(relation, 'stance');
    if (relation?.amount !== undefined && (stance === 'support' || stance === 'hostility')) {
      error(['relations', index, 'amount'], t('only payments and offers carry an amount; this relation’s stance is “{stance}”.', { stance }));
    }
  });
  claimants.forEach((claimant, index) => {
    const id = stringAt(claimant, 'id');
    if (WARNS_AUTHORS && id !== undefined && !claimedIds.has(id)) warn(['claimants', index], t('{id} claims no relation; credit it in a relation’s claimedBy or remove it.', { id: showValue(id) }));
  });
  for (const parent of parentOf.values()) involved.add(parent);
  actors.forEach((actor, index) => {
    const id = stringAt(actor, 'id');
    if (WARNS_AUTHORS && id !== undefined && !involved.has(id)) {
      warn(['actors', index], t('{id} takes part in no relation, claims none and has no part, so the map shows it alone.', { id: showValue(id) }));
    }
  });

  // Story --------------------------------------------------------------------------------
  const relationIds = relations.map((relation) => stringAt(relation, 'id')).filter((id): id is string => id !== undefined);
  const knownIds = { actor: new Set(actorIds), relation: new Set(relationIds) };
  const parents = new Set(actors.map((actor) => stringAt(actor, 'partOf')));
  const story = recordsAt(raw, 'story');
  story.forEach((step, index) => {
    for (const [key, known, noun] of [['actors', actorIds, 'actor'], ['relations', relationIds, 'relation']] as const) {
      const ids = step?.[key];
      if (!Array.isArray(ids)) continue;
      ids.forEach((id, position) => {
        if (typeof id === 'string' && !knownIds[noun].has(id)) {
          error(['story', index, key, position], noSuchId(noun, id, known));
        }
      });
    }
    const view = isRecord(step?.view) ? step.view : undefined;
    const at = (...path: PathSegment[]): PathSegment[] => ['story', index, 'view', ...path];
    const select = stringAt(view, 'select');
    // Stryker disable next-line ArrayDeclaration: without a select there is no id, whatever the kind
    const [selectKind, selectId] = select?.split(':') ?? [];
    // Any other kind is the schema's to report: it is not a selection.
    if (selectId !== undefined && (selectKind === 'actor' || selectKind === 'relation')) {
      const known = selectKind === 'actor' ? actorIds : relationIds;
      if (!knownIds[selectKind].has(selectId)) error(at('select'), noSuchId(selectKind, selectId, known));
    }
    const focus = stringAt(view, 'focus');
    if (focus !== undefined && !actorIndexById.has(focus)) error(at('focus'), unknownActor(focus));
    const frame = view?.frame;
    if (Array.isArray(frame)) frame.forEach((id, position) => typeof id === 'string' && !actorIndexById.has(id) && error(at('frame', position), unknownActor(id)));
    // The blocs a step shows closed: actors that others are part of.
    const blocs = view?.blocs;
    if (Array.isArray(blocs)) {
      blocs.forEach((id, position) => {
        if (typeof id !== 'string') return;
        if (!actorIndexById.has(id)) error(at('blocs', position), unknownActor(id));
        else if (!parents.has(id)) error(at('blocs', position), t('{id} holds no actor (none is partOf it), so it cannot be shown as a bloc.', { id: showValue(id) }));
      });
    }
    const stepActors = step?.actors;
    const stepRelations = step?.relations;
    if (Array.isArray(stepActors) && Array.isArray(stepRelations) && stepActors.length + stepRelations.length === 0) {
      error(['story', index], t('brings nothing forward: a step needs at least one actor or relation.'));
    }
  });

  // Evidence -----------------------------------------------------------------------------
  const parts = readArticleParts(raw);
  if (parts) {
    // Stryker disable next-line LogicalOperator,ArrayDeclaration: a locator given no quotes locates each as locateQuote does
    const locate = locator ?? createLocator(parts, []);
    actors.forEach((actor, index) => checkEvidenceList(parts, locate, actor, ['actors', index], issues));
    relations.forEach((relation, index) => checkEvidenceList(parts, locate, relation, ['relations', index], issues));
    story.forEach((step, index) => {
      const passage = step?.passage;
      // Stryker disable next-line ConditionalExpression: checkEvidence reads no quote from what is not an object
      if (isRecord(passage)) checkEvidence(parts, locate, passage, ['story', index, 'passage'], issues);
    });
    relations.forEach((relation, index) => {
      const evidence = recordsAt(relation, 'evidence');
      const quote = stringAt(evidence[0], 'quote');
      if (WARNS_AUTHORS && evidence.length === 1 && quote !== undefined && wordCount(quote) < WEAK_QUOTE_WORDS) {
        warn(
          ['relations', index, 'evidence', 0, 'quote'],
          tn(
            WEAK_QUOTE_WORDS,
            // Stryker disable next-line StringLiteral: the count is 3, so the English singular is never shown
            'is this relation’s only passage and has fewer than {count} word; a reader may not see why it supports the relation.',
            'is this relation’s only passage and has fewer than {count} words; a reader may not see why it supports the relation.',
          ),
        );
      }
    });
    for (const { path, message } of authorWarnings(parts, actors, relations)) warn(path, message);
  }
  return issues;
}

function uniqueIds(items: (Loose | undefined)[], listName: 'actors' | 'relations' | 'claimants', error: (path: PathSegment[], message: string) => void): Map<string, number> {
  const indexById = new Map<string, number>();
  items.forEach((item, index) => {
    const id = stringAt(item, 'id');
    if (id === undefined) return;
    const first = indexById.get(id);
    if (first !== undefined) {
      const values = { id: showValue(id), first: String(first) };
      const message =
        listName === 'actors'
          ? t('{id} is already the id of actors[{first}]; every actor needs its own id.', values)
          : listName === 'relations'
            ? t('{id} is already the id of relations[{first}]; every relation needs its own id.', values)
            : t('{id} is already the id of claimants[{first}]; every claimant needs its own id.', values);
      error([listName, index, 'id'], message);
    } else {
      indexById.set(id, index);
    }
  });
  return indexById;
}

function readArticleParts(raw: unknown): ArticlePart[] | undefined {
  const article = isRecord(raw) ? raw.article : undefined;
  if (!isRecord(article)) return undefined;
  const { title, dek, paragraphs } = article;
  if (typeof title !== 'string' || typeof dek !== 'string' || !Array.isArray(paragraphs)) return undefined;
  if (!paragraphs.every((paragraph) => typeof paragraph === 'string')) return undefined;
  return articleParts({ title, dek, paragraphs });
}

export type Locate = (evidence: Evidence) => QuoteLookup;

function checkEvidenceList(parts: ArticlePart[], locate: Locate, owner: Loose | undefined, ownerPath: PathSegment[], issues: ValidationIssue[]) {
  recordsAt(owner, 'evidence').forEach((evidence, index) => checkEvidence(parts, locate, evidence, [...ownerPath, 'evidence', index], issues));
}

function checkEvidence(parts: ArticlePart[], locate: Locate, evidence: Loose | undefined, path: PathSegment[], issues: ValidationIssue[]) {
  const paragraphCount = parts.length - 2;
  const quote = stringAt(evidence, 'quote');
  if (!evidence || !quote) return;
  const paragraph = evidence.paragraph;
  if (paragraph !== undefined) {
    // Not a whole number of 0 or more: the schema names that, once.
    if (typeof paragraph !== 'number' || !Number.isInteger(paragraph) || paragraph < 0) return;
    if (paragraph >= paragraphCount) {
      const message = tn(
        paragraphCount,
        'there is no article.paragraphs[{paragraph}]; the article has one paragraph, article.paragraphs[0].',
        'there is no article.paragraphs[{paragraph}]; the article has {count} paragraphs, numbered 0 to {last}.',
        { paragraph: String(paragraph), last: paragraphCount - 1 },
      );
      issues.push(issue('error', [...path, 'paragraph'], message));
      return;
    }
  }
  const prefix = stringAt(evidence, 'prefix');
  const suffix = stringAt(evidence, 'suffix');
  const lookup = locate({
    quote,
    ...(typeof paragraph === 'number' ? { paragraph } : {}),
    ...(prefix !== undefined ? { prefix } : {}),
    ...(suffix !== undefined ? { suffix } : {}),
  });
  const where = typeof paragraph === 'number' ? describePart(paragraph) : t('the article');
  if (lookup.found === 'none') {
    const { suggestion } = lookup;
    let message: string;
    // Stryker disable next-line ConditionalExpression: false only in the reader's build (closestPassage.reader.ts), which the Node tests do not load
    if (!SEARCHES_CLOSEST_PASSAGE) {
      // Stryker disable next-line StringLiteral,ObjectLiteral: as above
      message = t('is not found word for word in {where}. Copy the quote exactly from the title, the dek or one paragraph; the explorer shows the closest passage.', { where });
    } else if (!suggestion) {
      message = t('is not found word for word in {where}, and no passage comes close. Copy the quote exactly from the title, the dek or one paragraph.', { where });
    } else if (suggestion.closeness === 'context') {
      message = t('is in {part}, but not next to the given "prefix" or "suffix"; check them against the article.', { part: describePart(suggestion.span.part) });
    } else if (suggestion.closeness === 'typography') {
      const differences = new Intl.ListFormat(interfaceLocale()).format(typographyDifferences(quote, suggestion.text));
      message = t('is not found word for word in {where}: it differs only in {differences}. {part} has “{passage}”.', { where, differences, part: describePart(suggestion.span.part), passage: suggestion.text });
    } else {
      message = t('is not found word for word in {where}. The closest passage, in {part}, is “{passage}”.', { where, part: describePart(suggestion.span.part), passage: suggestion.text });
    }
    issues.push(issue('error', [...path, 'quote'], message));
  } else if (lookup.found === 'several') {
    const places = [lookup.span, ...lookup.others].map((span) => describePart(span.part)).join(', ');
    const message = tn(
      lookup.others.length + 1,
      // Stryker disable next-line StringLiteral: the singular is for once, and a quote found several times is found at least twice
      'occurs {count} time ({places}); the first is used. Add "paragraph", "prefix" or "suffix" to choose one.',
      'occurs {count} times ({places}); the first is used. Add "paragraph", "prefix" or "suffix" to choose one.',
      { places },
    );
    issues.push(issue('warning', [...path, 'quote'], message));
  }
}

function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}
