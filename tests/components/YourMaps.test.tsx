import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createStore } from 'idb-keyval';
import { describe, expect, it, vi } from 'vitest';
import { createSavedMaps } from '../../src/io/savedMaps';
import { DatasetOpenerContext, type DatasetOpener } from '../../src/components/DatasetOpener';
import { YourMapsDialog } from '../../src/components/panels/YourMapsDialog';
import { renderExplorer } from './renderExplorer';

let databases = 0;

async function openDialog() {
  const maps = createSavedMaps(createStore(`your-maps-${++databases}`, 'maps'));
  await maps.save('port', { title: 'A Port Changes Hands' });
  await maps.save('coast', { title: 'The Coast' });
  const opener: DatasetOpener = { openFiles: vi.fn(), openText: vi.fn(), openMap: vi.fn(), currentMapId: null };
  render(
    <DatasetOpenerContext.Provider value={opener}>
      <YourMapsDialog openRequests={1} maps={maps} />
    </DatasetOpenerContext.Provider>,
  );
  const dialog = screen.getByRole('dialog', { name: 'Your maps', hidden: true });
  await within(dialog).findByRole('button', { name: /^A Port Changes Hands/, hidden: true });
  return { maps, opener, dialog: within(dialog) };
}

describe('Your maps', () => {
  it('lists each map with when it last changed, and opens one', async () => {
    const user = userEvent.setup();
    const { dialog, opener } = await openDialog();
    const port = dialog.getByRole('button', { name: /^A Port Changes Hands/, hidden: true });
    expect(port).toHaveTextContent(/changed/);
    expect(port.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await user.click(port);
    expect(opener.openMap).toHaveBeenCalledWith('port');
  });

  it('renames, duplicates, and deletes with an undo', async () => {
    const user = userEvent.setup();
    const { dialog, maps } = await openDialog();
    await user.click(dialog.getByRole('button', { name: 'Rename ‘The Coast’', hidden: true }));
    const name = dialog.getByRole('textbox', { name: 'New name for ‘The Coast’', hidden: true });
    await user.clear(name);
    await user.type(name, 'The Northern Coast{Enter}');
    expect(await dialog.findByRole('button', { name: /^The Northern Coast/, hidden: true })).toBeInTheDocument();

    await user.click(dialog.getByRole('button', { name: 'Duplicate ‘A Port Changes Hands’', hidden: true }));
    expect(await dialog.findByRole('button', { name: /^A Port Changes Hands \(copy\)/, hidden: true })).toBeInTheDocument();

    await user.click(dialog.getByRole('button', { name: 'Delete ‘A Port Changes Hands’', hidden: true }));
    await waitFor(() => expect(dialog.queryByRole('button', { name: /^A Port Changes Hands changed/, hidden: true })).toBeNull());
    expect(dialog.getByRole('status', { hidden: true })).toHaveTextContent('Deleted ‘A Port Changes Hands’. Undo');
    await user.click(dialog.getByRole('button', { name: 'Undo', hidden: true }));
    expect(await dialog.findByRole('button', { name: /^A Port Changes Hands changed/, hidden: true })).toBeInTheDocument();
    const list = await maps.list();
    expect(list.ok && list.value.map((entry) => entry.title).sort()).toEqual(['A Port Changes Hands', 'A Port Changes Hands (copy)', 'The Northern Coast']);
  });
});

describe('when the browser will not keep the work', () => {
  it('says the storage is full and offers the work as a download', async () => {
    const user = userEvent.setup();
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quota;
    });
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:work';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    try {
      renderExplorer();
      await user.click(screen.getByRole('button', { name: 'New map' }));
      const dialog = await screen.findByRole('dialog', { name: 'New map' });
      await user.type(within(dialog).getByRole('textbox', { name: /The article’s text/ }), 'A Port Changes Hands{Enter}{Enter}The port was sold.');
      await user.click(within(dialog).getByRole('button', { name: 'Start the map' }));
      await screen.findByRole('heading', { level: 1, name: 'A Port Changes Hands' });
      expect(await screen.findByText('This browser’s storage is full, so your latest changes are not kept here. Download your work to keep it.')).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Download your work (JSON)' }));
      expect(click).toHaveBeenCalled();
      const text = await new Promise<string>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.readAsText(created[0]!);
      });
      expect(JSON.parse(text)).toMatchObject({ title: 'A Port Changes Hands', article: { paragraphs: ['The port was sold.'] }, actors: [] });
    } finally {
      put.mockRestore();
      click.mockRestore();
    }
  });
});
