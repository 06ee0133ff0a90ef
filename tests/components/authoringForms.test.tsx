import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderExplorer, SMALL_FIXTURE } from './renderExplorer';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const PILOT = 'Tomas Brand, a harbour pilot, says the militia has threatened Northland’s fishing fleet.';
const SPOKESWOMAN = 'Ilse Marr, a spokeswoman for the port, says nobody was hurt.';

/** The shared fixture with two more paragraphs that quote people not on the map. */
function withQuotedPeople(): Json {
  const data: Json = structuredClone(SMALL_FIXTURE);
  data.article.paragraphs.push(PILOT, SPOKESWOMAN);
  return data;
}

const details = () => screen.getByRole('complementary', { name: 'Details' });
const map = () => screen.getByRole('group', { name: 'Map of actors and their stances' });

beforeAll(() => {
  // jsdom lays nothing out; the passage menu only needs a box to stand under.
  Range.prototype.getBoundingClientRect ??= () => new DOMRect();
});
afterEach(() => {
  window.sessionStorage.clear();
  window.localStorage.clear();
});

/** Selects words of the article as a reader would, and lets go of the mouse. */
function selectWords(words: string) {
  for (const part of document.querySelectorAll('[data-part]')) {
    const walker = document.createTreeWalker(part, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(words);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      act(() => {
        part.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      });
      return;
    }
  }
  throw new Error(`“${words}” is not in one text node of the article`);
}

async function openRelationForm(words: string, data: Json = withQuotedPeople()) {
  const user = userEvent.setup();
  renderExplorer('', data);
  await user.click(screen.getByRole('button', { name: 'Edit' }));
  await screen.findByRole('group', { name: 'Your edits' });
  selectWords(words);
  await user.click(await screen.findByRole('button', { name: 'New relation from this passage' }));
  const form = await screen.findByRole('dialog', { name: 'New relation from this passage' });
  return { user, form };
}

describe('the relation form', () => {
  it('chooses nothing for the person when the words name no actor', { timeout: 20_000 }, async () => {
    const { form } = await openRelationForm('the last two payments never arrived');
    for (const name of ['Who (source)', 'Stance', 'Toward whom (target)', 'Status']) {
      expect(within(form).getByRole('combobox', { name })).toHaveDisplayValue('Choose…');
    }
    expect(within(form).getByRole('combobox', { name: 'Claimed by' })).toHaveDisplayValue('The Example Gazette (the reporter)');
  });

  it('proposes source and target from the actors the words name, in their order, and says so', { timeout: 20_000 }, async () => {
    const { form } = await openRelationForm('Southland has paid the militia a monthly stipend');
    const source = within(form).getByRole('combobox', { name: 'Who (source)' });
    const target = within(form).getByRole('combobox', { name: 'Toward whom (target)' });
    expect(source).toHaveDisplayValue('Southland');
    expect(source).toHaveAccessibleDescription('Found in the words: “Southland”.');
    expect(target).toHaveDisplayValue('Harbour Militia');
    expect(target).toHaveAccessibleDescription('Found in the words: “the militia”.');
    expect(within(form).getByRole('combobox', { name: 'Stance' })).toHaveDisplayValue('Choose…');
  });

  it('reports every missing field at once, beside each field, and focuses the first', { timeout: 20_000 }, async () => {
    const { user, form } = await openRelationForm('the last two payments never arrived');
    await user.click(within(form).getByRole('button', { name: 'Add the relation' }));
    const expected: [string, string][] = [
      ['Who (source)', 'Choose who holds the stance.'],
      ['Stance', 'Choose a stance.'],
      ['Toward whom (target)', 'Choose whom the stance is toward.'],
      ['Status', 'Choose whether it happened, is happening, was promised or failed.'],
    ];
    for (const [name, error] of expected) {
      const field = within(form).getByRole('combobox', { name });
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(field).toHaveAccessibleDescription(error);
    }
    const summary = within(form).getByRole('textbox', { name: 'Summary' });
    expect(summary).toHaveAccessibleDescription('Write a one-line summary.');
    expect(within(form).getByRole('combobox', { name: 'Who (source)' })).toHaveFocus();
    expect(within(form).getByRole('combobox', { name: 'Claimed by' })).not.toHaveAttribute('aria-invalid');
  });

  it('credits a person quoted who is not on the map as a claimant, not an actor', { timeout: 20_000 }, async () => {
    const { user, form } = await openRelationForm('says the militia has threatened Northland’s fishing fleet');
    expect(within(form).getByRole('combobox', { name: 'Who (source)' })).toHaveDisplayValue('Harbour Militia');
    expect(within(form).getByRole('combobox', { name: 'Toward whom (target)' })).toHaveDisplayValue('Northland');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Stance' }), 'hostility');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Status' }), 'threatened');
    await user.type(within(form).getByRole('textbox', { name: 'Summary' }), 'Threatens the fishing fleet');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Claimed by' }), 'Someone quoted who is not on the map…');
    await user.click(within(form).getByRole('button', { name: 'Add the relation' }));
    expect(within(form).getByRole('textbox', { name: 'Their name' })).toHaveAccessibleDescription('Give the name of the person quoted.');
    await user.type(within(form).getByRole('textbox', { name: 'Their name' }), 'Tomas Brand');
    await user.type(within(form).getByRole('textbox', { name: 'Who they are' }), 'A harbour pilot');
    await user.click(within(form).getByRole('button', { name: 'Add the relation' }));

    await screen.findByRole('heading', { name: 'Harbour Militia — hostility → Northland', level: 2 });
    expect(within(details()).getByText('Tomas Brand')).toBeInTheDocument();
    expect(within(details()).getByText('(A harbour pilot)')).toBeInTheDocument();
    expect(within(map()).queryByRole('button', { name: /Tomas Brand/ })).not.toBeInTheDocument();
    expect(within(map()).getAllByRole('button', { name: /^(Northland|Southland|Southland’s navy|Harbour Militia|Mara Vell|The Raiders)$/ })).toHaveLength(6);
  });

  it('offers a name in the words as a new actor, whose evidence names it, and comes back with it chosen', { timeout: 20_000 }, async () => {
    const { user, form } = await openRelationForm(SPOKESWOMAN);
    await user.click(within(form).getByRole('button', { name: 'Add ‘Ilse Marr’ as a new actor' }));
    const actorForm = await screen.findByRole('dialog', { name: 'A new actor' });
    expect(within(actorForm).getByRole('textbox', { name: 'Name' })).toHaveValue('Ilse Marr');
    const passage = within(actorForm).getByRole('textbox', { name: 'A passage that names it' });
    expect(passage).toHaveValue(SPOKESWOMAN);
    expect(within(actorForm).getByRole('combobox', { name: 'Kind' })).toHaveDisplayValue('Choose…');
    await user.click(within(actorForm).getByRole('button', { name: 'Use this actor' }));
    expect(within(actorForm).getByRole('combobox', { name: 'Kind' })).toHaveAccessibleDescription('Choose what kind of actor it is.');
    expect(within(actorForm).getByRole('textbox', { name: 'Description' })).toHaveAttribute('aria-invalid', 'true');
    await user.selectOptions(within(actorForm).getByRole('combobox', { name: 'Kind' }), 'person');
    await user.type(within(actorForm).getByRole('textbox', { name: 'Description' }), 'A spokeswoman for the port.');
    await user.click(within(actorForm).getByRole('button', { name: 'Use this actor' }));

    const back = await screen.findByRole('dialog', { name: 'New relation from this passage' });
    expect(within(back).getByRole('combobox', { name: 'Who (source)' })).toHaveDisplayValue('Ilse Marr (new)');
    expect(within(back).queryByRole('button', { name: 'Add ‘Ilse Marr’ as a new actor' })).not.toBeInTheDocument();
  });

  it('asks a new actor for a passage that names it when the selected words do not', { timeout: 20_000 }, async () => {
    const { user, form } = await openRelationForm('the last two payments never arrived');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Toward whom (target)' }), 'A new actor…');
    const actorForm = await screen.findByRole('dialog', { name: 'A new actor' });
    await user.type(within(actorForm).getByRole('textbox', { name: 'Name' }), 'Tomas Brand');
    await user.selectOptions(within(actorForm).getByRole('combobox', { name: 'Kind' }), 'person');
    await user.type(within(actorForm).getByRole('textbox', { name: 'Description' }), 'A harbour pilot.');
    const passage = within(actorForm).getByRole('textbox', { name: 'A passage that names it' });
    expect(passage).toHaveValue('');
    expect(passage).toHaveAccessibleDescription('The selected words do not name it: copy a passage of the article that does.');
    await user.type(passage, 'the last two payments never arrived');
    await user.click(within(actorForm).getByRole('button', { name: 'Use this actor' }));
    expect(passage).toHaveAccessibleDescription(/does not name “Tomas Brand”/);
    expect(passage).toHaveFocus();
    await user.clear(passage);
    await user.type(passage, 'Tomas Brand, a harbor pilot');
    await user.click(within(actorForm).getByRole('button', { name: 'Use this actor' }));
    expect(passage).toHaveAccessibleDescription(/not word for word in the article\. The closest passage is “Tomas Brand, a harbour pilot”/);
    await user.clear(passage);
    await user.type(passage, 'Tomas Brand, a harbour pilot');
    await user.click(within(actorForm).getByRole('button', { name: 'Use this actor' }));
    const back = await screen.findByRole('dialog', { name: 'New relation from this passage' });
    expect(within(back).getByRole('combobox', { name: 'Toward whom (target)' })).toHaveDisplayValue('Tomas Brand (new)');
  });
});

describe('counts', () => {
  it('say “1 stance” for one', () => {
    const data: Json = structuredClone(SMALL_FIXTURE);
    data.actors = data.actors.filter((actor: Json) => ['northland', 'southland'].includes(actor.id));
    data.relations = data.relations.filter((relation: Json) => relation.id === 'northland-rivals-southland');
    delete data.story;
    renderExplorer('', data);
    expect(document.getElementById('stancemap-summary')).toHaveTextContent(/^2 actors and 1 stance: 1 hostility\./);
  });
});
