export type Selection = { kind: 'actor'; id: string } | { kind: 'relation'; id: string } | null;

export function sameSelection(a: Selection, b: Selection): boolean {
  return a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
}

/** As links and step views write a selection: `actor:russia`, `relation:russia-offers-weapons`. */
export const formatSelection = (selection: NonNullable<Selection>) => `${selection.kind}:${selection.id}`;

/** Reads `actor:ID` or `relation:ID`; anything else is no selection. */
export function parseSelection(text: string | null | undefined): Selection {
  // Stryker disable next-line StringLiteral: any text without the prefix reads as no selection, as the empty text does
  const match = /^(actor|relation):(.+)$/.exec(text ?? '');
  return match ? { kind: match[1] as 'actor' | 'relation', id: match[2]! } : null;
}
