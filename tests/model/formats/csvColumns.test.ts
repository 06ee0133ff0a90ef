import { describe, expect, it } from 'vitest';
import { actorColumnOf, actorFromCells, extraFields, relationColumnOf, relationFromCells, sameJson, RELATION_FIELDS } from '../../../src/model/formats/csvColumns';

// One row of relations.csv, as the importer hands it over: every required cell filled.
const ROW = { id: 'westmark-pays-guard', source: 'westmark', target: 'river-guard', stance: 'payment', status: 'ongoing', summary: 'Pays the Guard', claimedBy: 'outlet', quote: 'Westmark has paid the River Guard' };
const messages = (cells: Record<string, string>) => relationFromCells(cells).issues.map(({ column, message }) => `${column}: ${message}`);

describe('a row of relations.csv', () => {
  it('names each empty required cell by its column, in the columns’ order, with what to write', () => {
    expect(messages({ summary: 'Pays the Guard' })).toEqual([
      'source: is empty; write the id or the name of the actor who holds the stance.',
      'target: is empty; write the id or the name of the actor the stance is toward.',
      'stance: is empty; write one of: support, hostility, offer, payment.',
      'status: is empty; write one of: ongoing, past, historical, proposed, promised, considered, threatened, partly-delivered, not-delivered.',
      'claimedBy: is empty; write the id or the name of the actor who makes the claim, or “outlet” for the reporter’s own statements.',
      'quote: is empty; every relation needs at least one passage of the article that supports it.',
    ]);
    expect(messages(ROW)).toEqual([]);
  });

  it('reads stance and status in any case, with spaces or underscores for hyphens; anything else as written', () => {
    expect(relationFromCells({ ...ROW, stance: 'Payment', status: 'Partly  Delivered' }).record).toMatchObject({ stance: 'payment', status: 'partly-delivered' });
    expect(relationFromCells({ ...ROW, status: 'NOT_DELIVERED' }).record.status).toBe('not-delivered');
    expect(relationFromCells({ ...ROW, status: 'Sometimes' }).record.status).toBe('Sometimes');
  });

  it('reads an amount from its three columns: the figure as a number, a three-letter currency in capitals', () => {
    expect(relationFromCells({ ...ROW, amount: '$250 a month', amountValue: '250', amountCurrency: 'usd' }).record.amount).toEqual({ text: '$250 a month', value: 250, currency: 'USD' });
    expect(relationFromCells({ ...ROW, amount: '1.5e3 dinars', amountValue: '1.5e3', amountCurrency: 'dinars' }).record.amount).toEqual({ text: '1.5e3 dinars', value: 1500, currency: 'dinars' });
    expect(relationFromCells({ ...ROW, amount: 'a stipend' }).record.amount).toEqual({ text: 'a stipend' });
    expect(relationFromCells(ROW).record).not.toHaveProperty('amount');
  });

  it('says what is wrong with an amount or a date whose text is missing, or a figure that is not one', () => {
    expect(messages({ ...ROW, amount: 'about $250', amountValue: 'about 250' })).toEqual(['amountValue: “about 250” is not a number: write the figure alone, like 250 or 1500.5.']);
    expect(messages({ ...ROW, amountCurrency: 'USD' })).toEqual(['amount: is empty, but column “amountValue” or “amountCurrency” is not: write the amount as the article gives it, like “$250 per man”.']);
    expect(messages({ ...ROW, date: '2018' })).toEqual(['when: is empty, but column “date” is not: write when as the article says it, like “since 2018”.']);
    expect(relationFromCells({ ...ROW, when: 'since 2018', date: '2018' }).record.when).toEqual({ text: 'since 2018', date: '2018' });
    expect(relationFromCells({ ...ROW, when: 'for years' }).record.when).toEqual({ text: 'for years' });
  });

  it('maps each field of a relation back to the column that holds it', () => {
    expect([['when'], ['when', 'date'], ['when', 'text'], ['amount'], ['amount', 'value'], ['amount', 'currency'], ['amount', 'text'], ['evidence', 0, 'quote'], ['status'], ['extra'], ['story'], [0]].map(relationColumnOf)).toEqual([
      'when', 'date', 'when', 'amount', 'amountValue', 'amountCurrency', 'amount', 'quote', 'status', undefined, undefined, undefined,
    ]);
  });
});

describe('a row of actors.csv', () => {
  it('asks for a kind when the cell is empty, and reads one in any case', () => {
    expect(actorFromCells({ name: 'River Guard', description: 'A militia.' }).issues).toEqual([
      { path: ['kind'], column: 'kind', message: 'is empty; write one of: state, government-body, armed-group, person, organisation, other.' },
    ]);
    expect(actorFromCells({ name: 'River Guard', kind: 'Armed group', description: 'A militia.' }).record.kind).toBe('armed-group');
  });

  it('maps each field of an actor back to its column, and nothing else', () => {
    expect([['name'], ['aliases', 1], ['evidence', 0, 'quote'], ['extra'], ['story'], [3]].map(actorColumnOf)).toEqual(['name', 'aliases', 'evidence', undefined, undefined, undefined]);
  });
});

describe('what the extra column carries', () => {
  it('compares JSON values whatever the order of their keys, and tells arrays from objects', () => {
    expect(sameJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameJson({ a: 1, b: 2 }, { a: 1, c: 2 })).toBe(false);
    expect(sameJson([1, 2], [1, 2, 3])).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson([], {})).toBe(false);
    expect(sameJson({ 0: 'a' }, ['a'])).toBe(false);
    expect(sameJson(null, {})).toBe(false);
  });

  it('keeps the fields the cells do not reproduce, in the schema’s order, then the record’s own', () => {
    const original = { note: 'kept', amount: { text: '$5', value: 5, extraKey: true }, id: 'r1', summary: 'Same' };
    const rebuilt = { id: 'r1', summary: 'Same', amount: { text: '$5', value: 5 } };
    const extra = extraFields(original, rebuilt, RELATION_FIELDS);
    expect(extra).toEqual({ amount: { text: '$5', value: 5, extraKey: true }, note: 'kept' });
    expect(Object.keys(extra!)).toEqual(['amount', 'note']);
    expect(extraFields(rebuilt, rebuilt, RELATION_FIELDS)).toBeUndefined();
    // A field set to undefined, as an edit in the app can leave one, is no value to keep, whatever the cells give.
    expect(extraFields({ ...rebuilt, note: undefined, amount: undefined }, rebuilt, RELATION_FIELDS)).toBeUndefined();
  });
});
