import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderExplorer } from './renderExplorer';

const drop = (files: File[]) => fireEvent.drop(document.querySelector('.drop-zone')!, { dataTransfer: { types: ['Files'], files } });

const ARTICLE = 'Harbour Talks Stall\n\nNorthland has offered the militia boats.\n\nSouthland pays the militia a stipend.';
const ACTORS = 'id;name;kind;description\nnorthland;Northland;state;A state.\nsouthland;Southland;state;Another state.\nmilitia;The Militia;armed group;An armed group.\n';
const RELATIONS = 'source;target;stance;status;summary;claimedBy;quote\nnorthland;militia;offer;proposed;Offers boats;outlet;Northland has offered the militia boats\nsouthland;militia;payment;ongoing;Pays a stipend;outlet;Southland pays the militia a stipend\n';
const META = JSON.stringify({ article: { outlet: 'The Example Gazette', author: 'A. Reporter', published: '2020-01-02', url: 'https://example.org/talks', rights: '© Gazette' } });

describe('opening spreadsheets', () => {
  it('opens actors.csv and relations.csv with the article text as a map', async () => {
    renderExplorer();
    drop([new File([RELATIONS], 'relations.csv'), new File([ACTORS], 'actors.csv'), new File([ARTICLE], 'article.txt'), new File([META], 'article.json')]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Harbour Talks Stall' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Northland — offer → The Militia' })).toBeInTheDocument();
  });

  it('names the file, row and column of a mistake in a spreadsheet', async () => {
    renderExplorer();
    drop([new File([RELATIONS.replace(';offer;', ';bribe;')], 'relations.csv'), new File([ACTORS], 'actors.csv'), new File([ARTICLE], 'article.txt'), new File([META], 'article.json')]);
    expect(await screen.findByRole('heading', { level: 1, name: 'This dataset cannot be shown yet' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('relations.csv, row 2, column "stance"');
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('“bribe” is not one of: support, hostility, offer, payment');
  });
});
