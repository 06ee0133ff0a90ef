import { describe, expect, it } from 'vitest';
import { addActor, addClaimant, addEvidence, addRelation, deleteActor, deleteRelation, kebabId, newDataset, uniqueId, updateActor, updateArticleDetails, updateRelation, type RawDataset } from '../../src/model/edits';
import { parseDataset } from '../../src/model/parseDataset';
import { commit, redo, startHistory, undo } from '../../src/model/undoHistory';
import { readFixtureJson } from '../fixtures';

const fixture = () => readFixtureJson('small') as RawDataset;

describe('edits', () => {
  it('adds a relation with a readable, unique id, and keeps unknown fields', () => {
    const dataset = { ...fixture(), notes: 'kept' };
    const first = addRelation(dataset, { source: 'raiders', target: 'northland', stance: 'hostility', status: 'ongoing', summary: 'Raids its coast', claimedBy: 'outlet', evidence: [{ quote: 'Northland and Southland' }] });
    expect(first.id).toBe('raiders-hostility-northland');
    const second = addRelation(first.ok ? first.dataset : dataset, { source: 'raiders', target: 'northland', stance: 'hostility', status: 'past', summary: 'Again', claimedBy: 'outlet', evidence: [{ quote: 'Northland' , paragraph: 3 }] });
    expect(second.id).toBe('raiders-hostility-northland-2');
    expect(second.ok && second.dataset.notes).toBe('kept');
    expect(second.ok && parseDataset(second.dataset).ok).toBe(true);
    expect(dataset.relations).toHaveLength(8);
  });

  it('adds a claimant whose id no actor has, and credits it without adding an actor', () => {
    const added = addClaimant(fixture(), { name: 'Mara Vell', description: ' A second Mara Vell, a harbour clerk ' });
    expect(added.id).toBe('mara-vell-2');
    if (!added.ok) return;
    expect(added.dataset.claimants).toEqual([{ id: 'mara-vell-2', name: 'Mara Vell', description: 'A second Mara Vell, a harbour clerk' }]);
    const actor = addActor(added.dataset, { name: 'Mara Vell', kind: 'person', aliases: [], description: 'Again', evidence: [{ quote: 'Mara Vell' }] });
    expect(actor.id).toBe('mara-vell-3');
    const credited = addRelation(added.dataset, { source: 'raiders', target: 'northland', stance: 'hostility', status: 'ongoing', summary: 'Raids its coast', claimedBy: 'mara-vell-2', evidence: [{ quote: 'Northland and Southland' }] });
    expect(credited.ok && credited.dataset.actors).toHaveLength(6);
    expect(credited.ok && parseDataset(credited.dataset).ok).toBe(true);
    expect(addClaimant(fixture(), { name: '  ' })).toEqual({ ok: false, reason: 'A claimant needs a name.' });
  });

  it('refuses to delete an actor that relations still use, and says how many', () => {
    expect(deleteActor(fixture(), 'northland')).toEqual({ ok: false, reason: 'It takes part in or claims 3 relations: delete or change them first.' });
    expect(deleteActor(fixture(), 'harbour-militia')).toEqual({ ok: false, reason: 'It takes part in or claims 5 relations: delete or change them first.' });
  });

  it('deletes a relation and takes it out of the story too', () => {
    const result = deleteRelation(fixture(), 'northland-offers-boats');
    expect(result.ok && result.dataset.relations.map((relation) => relation.id)).not.toContain('northland-offers-boats');
    expect(result.ok && (result.dataset.story as { relations: string[] }[])[0]!.relations).toEqual([]);
  });

  it('adds an actor and a second quote, refusing the same quote twice', () => {
    const added = addActor(fixture(), { name: 'The Gazette’s Editor', kind: 'person', aliases: [], description: 'Edits the Gazette.', evidence: [{ quote: 'Northland Offers' }] });
    expect(added.id).toBe('the-gazettes-editor');
    const quoted = addEvidence(fixture(), 'militia-fights-raiders', { quote: 'along the coast' });
    expect(quoted.ok && quoted.dataset.relations[2]!.evidence).toEqual([{ quote: 'The militia has fought the Raiders along the coast for two years' }, { quote: 'along the coast' }]);
    expect(addEvidence(fixture(), 'militia-fights-raiders', { quote: 'The militia has fought the Raiders along the coast for two years' })).toEqual({ ok: false, reason: 'This passage is already one of its quotes.' });
    expect(updateActor(fixture(), 'raiders', { partOf: 'raiders' })).toEqual({ ok: false, reason: 'An actor cannot be part of itself.' });
  });

  it('starts a new map from an article, paragraphs split on blank lines', () => {
    const dataset = newDataset({ title: 'A Port Changes Hands', dek: '', outlet: 'Gazette', author: 'A. R.', published: '2021-01-02', url: 'https://example.org/a', rights: '© Gazette', body: 'First paragraph.\n\nSecond\nparagraph.\r\n\r\n\r\nThird.' });
    expect(dataset.article).toMatchObject({ paragraphs: ['First paragraph.', 'Second\nparagraph.', 'Third.'] });
    expect(dataset.id).toBe('a-port-changes-hands');
    expect(parseDataset(dataset).ok).toBe(true);
  });

  it('takes the title and dek from the text’s first lines when no title is given, and leaves empty credit out', () => {
    const dataset = newDataset({ body: 'A Port Changes Hands\nThe sale, explained\n\nFirst paragraph.', outlet: ' ', author: 'A. R.' });
    expect(dataset.title).toBe('A Port Changes Hands');
    expect(dataset.article).toEqual({ title: 'A Port Changes Hands', dek: 'The sale, explained', author: 'A. R.', paragraphs: ['First paragraph.'] });
  });

  it('makes ids from any text', () => {
    expect(kebabId('Liwa al-Mu’tasim Brigade')).toBe('liwa-al-mutasim-brigade');
    expect(kebabId('Erdoğan!!')).toBe('erdogan');
    expect(kebabId('***')).toBe('item');
    expect(uniqueId('a', ['a', 'a-2'])).toBe('a-3');
  });
});

describe('edits, each refused or done whole', () => {
  const ids = (items: Record<string, unknown>[]) => items.map((item) => item.id);

  it('adds an actor at the end under an id no actor, claimant or the outlet has', () => {
    const dataset = { ...fixture(), claimants: [{ id: 'port-clerk', name: 'Port clerk' }] };
    const editor = { kind: 'person' as const, aliases: [], description: 'Speaks.', evidence: [{ quote: 'Mara Vell' }] };
    const added = addActor(dataset, { name: 'Outlet', ...editor });
    expect(added.id).toBe('outlet-2');
    expect(added.ok && ids(added.dataset.actors)).toEqual([...ids(dataset.actors), 'outlet-2']);
    expect(added.ok && added.dataset.actors.at(-1)).toEqual({ name: 'Outlet', ...editor, id: 'outlet-2' });
    expect(addActor(dataset, { name: 'Port Clerk', ...editor }).id).toBe('port-clerk-2');
    expect(addActor(dataset, { id: 'clerk', name: 'Port Clerk', ...editor }).id).toBe('clerk');
  });

  it('changes only the actor it names, and refuses an actor it does not know', () => {
    const updated = updateActor(fixture(), 'raiders', { name: 'The Coast Raiders', partOf: 'northland' });
    expect(updated.ok && updated.dataset.actors.filter((actor) => actor.name !== fixture().actors.find((other) => other.id === actor.id)!.name).map((actor) => [actor.id, actor.name, actor.partOf])).toEqual([
      ['raiders', 'The Coast Raiders', 'northland'],
    ]);
    expect(updateActor(fixture(), 'atlantis', { name: 'X' })).toEqual({ ok: false, reason: 'There is no actor “atlantis”.' });
  });

  it('refuses to delete an actor that claims a relation or has members, and deletes one nothing uses, from the story too', () => {
    // Mara Vell takes part in no relation, but claims one once the other is credited to the outlet.
    const dataset = fixture();
    dataset.relations[1]!.claimedBy = 'outlet';
    expect(deleteActor(dataset, 'mara-vell')).toEqual({ ok: false, reason: 'It takes part in or claims 1 relation: delete or change it first.' });
    // Southland's navy is part of Southland: with Southland's relations gone, the member still holds it.
    const withoutRelations = { ...fixture(), relations: [] };
    expect(deleteActor(withoutRelations, 'southland')).toEqual({ ok: false, reason: '1 actor is part of it: change that first.' });
    const twoMembers = { ...withoutRelations, actors: withoutRelations.actors.map((actor) => (actor.id === 'raiders' ? { ...actor, partOf: 'southland' } : actor)) };
    expect(deleteActor(twoMembers, 'southland')).toEqual({ ok: false, reason: '2 actors are part of it: change those first.' });
    const deleted = deleteActor(withoutRelations, 'raiders');
    expect(deleted.ok && ids(deleted.dataset.actors)).toEqual(['northland', 'southland', 'southland-navy', 'harbour-militia', 'mara-vell']);
    expect(deleted.ok && (deleted.dataset.story as { actors: string[] }[])[2]!.actors).toEqual(['harbour-militia', 'southland-navy']);
  });

  it('changes only the relation it names, and refuses a relation it does not know, or a quote for one', () => {
    const updated = updateRelation(fixture(), 'navy-shells-raiders', { status: 'past' });
    expect(updated.ok && updated.dataset.relations.map((relation) => relation.status)).toEqual(fixture().relations.map((relation) => (relation.id === 'navy-shells-raiders' ? 'past' : relation.status)));
    expect(updateRelation(fixture(), 'nothing', { status: 'past' })).toEqual({ ok: false, reason: 'There is no relation “nothing”.' });
    expect(addEvidence(fixture(), 'nothing', { quote: 'along the coast' })).toEqual({ ok: false, reason: 'There is no relation “nothing”.' });
    // A second quote is refused only when it is one of the relation's own, not because another of its quotes differs.
    const two = addEvidence(fixture(), 'southland-pays-stipend', { quote: 'a monthly stipend' });
    expect(two.ok && (two.dataset.relations[1]!.evidence as unknown[]).length).toBe(3);
    // A copy of any one of a relation's quotes is refused, not only of all of them.
    const [, second] = fixture().relations[1]!.evidence as { quote: string }[];
    expect(addEvidence(fixture(), 'southland-pays-stipend', { quote: second!.quote })).toEqual({ ok: false, reason: 'This passage is already one of its quotes.' });
  });

  it('starts a map whose headline and standfirst are trimmed, keeping a standfirst given even when the text has lines under its first', () => {
    const dataset = newDataset({ body: '  A Port Changes Hands  \n  The sale, explained \n\nFirst paragraph.', dek: ' Given ' });
    expect(dataset.article).toMatchObject({ title: 'A Port Changes Hands', dek: 'Given', paragraphs: ['First paragraph.'] });
    const titled = newDataset({ title: '  Given title ', body: 'First line\nSecond line\n\nMore.' });
    expect(titled.article).toMatchObject({ title: 'Given title', dek: '', paragraphs: ['First line\nSecond line', 'More.'] });
    expect(newDataset({ body: '' })).toMatchObject({ id: 'item', title: '', article: { title: '', dek: '', paragraphs: [] } });
    // Without a standfirst given, the lines under the headline are one, each on its line, trimmed.
    const deked = newDataset({ body: 'A Port Changes Hands\n   The sale, explained\nby the harbour master\n\nFirst paragraph.' });
    expect(deked.article).toMatchObject({ title: 'A Port Changes Hands', dek: 'The sale, explained\nby the harbour master', paragraphs: ['First paragraph.'] });
  });

  it('makes a new map’s id from its headline, at most 60 characters and no hyphen at the end', () => {
    const id = newDataset({ title: 'The long and winding dispute over the harbour of Eastport and its — many — pilots', body: 'Text.' }).id as string;
    expect(id).toBe('the-long-and-winding-dispute-over-the-harbour-of-eastport-an');
    expect(newDataset({ title: 'The long and winding dispute over the harbour of Eastport, a more', body: 'Text.' }).id).toBe('the-long-and-winding-dispute-over-the-harbour-of-eastport-a');
  });

  it('keeps a standfirst emptied as an empty field, unlike a credit field', () => {
    const draft = newDataset({ title: 'A Port', dek: 'Sold', outlet: 'Gazette', body: 'Text.' });
    const emptied = updateArticleDetails(draft, { dek: ' ', outlet: '' });
    expect(emptied.ok && emptied.dataset.article).toEqual({ title: 'A Port', dek: '', paragraphs: ['Text.'] });
    expect(updateArticleDetails(draft, { title: ' A Harbour ' })).toMatchObject({ ok: true, dataset: { article: { title: 'A Harbour' } } });
  });
});

describe('undo history', () => {
  it('undoes and redoes every step, and a new edit drops what was undone', () => {
    let history = startHistory(1);
    history = commit(history, 2);
    history = commit(history, 3);
    history = undo(undo(history));
    expect(history.present).toBe(1);
    expect(undo(history)).toBe(history);
    history = redo(history);
    expect(history.present).toBe(2);
    history = commit(history, 4);
    expect(history.future).toEqual([]);
    expect(redo(history)).toBe(history);
    expect(history.past).toEqual([1, 2]);
  });

  it('redoes step by step, and keeps the last 200 steps', () => {
    let history = startHistory(0);
    for (let step = 1; step <= 3; step++) history = commit(history, step);
    history = redo(redo(undo(undo(undo(history)))));
    expect([history.present, history.future]).toEqual([2, [3]]);
    for (let step = 4; step <= 250; step++) history = commit(history, step);
    expect(history.past).toHaveLength(200);
    expect([history.past[0], history.past.at(-1), history.present]).toEqual([50, 249, 250]);
  });
});

describe('updateArticleDetails', () => {
  it('fills in the credit later, takes out a field left blank, and keeps the headline', () => {
    const draft = newDataset({ body: 'A Port Changes Hands\n\nThe port was sold to a militia.' });
    const filled = updateArticleDetails(draft, { outlet: ' The Gazette ', author: 'A. Reporter', published: '2021-03-04', url: 'https://example.org/port', rights: '© The Gazette' });
    expect(filled.ok && filled.dataset.article).toMatchObject({ title: 'A Port Changes Hands', outlet: 'The Gazette', url: 'https://example.org/port' });
    if (!filled.ok) return;
    expect(parseDataset(filled.dataset)).toMatchObject({ ok: true, warnings: [] });
    const emptied = updateArticleDetails(filled.dataset, { rights: '  ' });
    expect(emptied.ok && emptied.dataset.article).not.toHaveProperty('rights');
    expect(updateArticleDetails(filled.dataset, { title: ' ' })).toEqual({ ok: false, reason: 'The article needs its headline.' });
  });
});
