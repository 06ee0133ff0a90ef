import { describe, expect, it } from 'vitest';
import { splitArticleText } from '../../../src/model/formats/articleText';
import { columnLetter, decodeCell, readCsvTable, splitList } from '../../../src/model/formats/csvTable';
import { formatImportIssue } from '../../../src/model/formats/importIssue';

// A table of a few columns, read as the importer reads actors.csv and relations.csv.
const COLUMNS = ['id', 'name', 'kind', 'aliases'] as const;
const REQUIRED = ['name', 'kind'] as const;
const read = (text: string) => readCsvTable(text, 'actors.csv', COLUMNS, REQUIRED);
const problems = (text: string) => read(text).issues.map(formatImportIssue);
const cells = (text: string) => read(text).rows.map(({ row, cells }) => ({ row, ...cells }));

describe('readCsvTable reads what spreadsheets write', () => {
  it('tells a row whose quotes are broken once, not again for the cells the broken quote makes', () => {
    expect(problems('name,kind\n"West"mark",state,x,y')).toEqual([
      'actors.csv, row 2: a quoted cell does not end where it should: each " that opens a cell needs one that closes it, and a quote mark inside a quoted cell is written "".',
    ]);
    expect(cells('name,kind\n"West"mark",state,x,y')).toEqual([]);
  });

  it('reads the rows of a header of one column by commas, and says a row has more cells than that', () => {
    expect(problems('name\nWestmark,state')).toContain('actors.csv, row 2: has 2 cells, but the header names 1 columns: a cell that holds a comma must be in double quotes.');
  });

  it('reads files with Windows, Unix and old Mac line ends alike', () => {
    const rows = ['id,name,kind', 'north,Northland,state', 'south,Southland,state'];
    const expected = [
      { row: 2, id: 'north', name: 'Northland', kind: 'state' },
      { row: 3, id: 'south', name: 'Southland', kind: 'state' },
    ];
    for (const newline of ['\n', '\r\n', '\r']) {
      expect(cells(rows.join(newline)), JSON.stringify(newline)).toEqual(expected);
      expect(problems(rows.join(newline))).toEqual([]);
    }
  });

  it('keeps line breaks inside a quoted cell as \\n, whatever the file’s line ends', () => {
    expect(cells('name,kind,aliases\r"North\rland",state,"the North\r\nthe Northerners"')).toEqual([{ row: 2, name: 'North\nland', kind: 'state', aliases: 'the North\nthe Northerners' }]);
  });

  it('reads a header that starts with a byte-order mark, and keeps the same character inside a cell', () => {
    expect(read('\uFEFFname,kind\nNorthland,state').headers).toEqual({ name: 'name', kind: 'kind' });
    expect(cells('name,kind\nNorth\uFEFFland,state')).toEqual([{ row: 2, name: 'North\uFEFFland', kind: 'state' }]);
  });

  it('finds the separator from the header, not from separators inside its quoted names', () => {
    // Three commas inside a quoted name, two semicolons outside: the file is separated by semicolons.
    const text = 'name;kind;"a note, with, three, commas"\nNorth, land;state;x';
    expect(cells(text)).toEqual([{ row: 2, name: 'North, land', kind: 'state' }]);
    expect(problems(text)).toEqual(['actors.csv, column "a note, with, three, commas": is not a column stancemap reads, so its cells are ignored.']);
    expect(cells('name;kind;aliases\nNorth, land;state;the North')).toEqual([{ row: 2, name: 'North, land', kind: 'state', aliases: 'the North' }]);
    expect(cells('name\tkind\nNorthland\tstate')).toEqual([{ row: 2, name: 'Northland', kind: 'state' }]);
  });

  it('skips blank lines before the header and counts rows as the spreadsheet does', () => {
    expect(cells('\n\nname,kind\n\nNorthland,state')).toEqual([{ row: 5, name: 'Northland', kind: 'state' }]);
  });

  it('warns about an unnamed column only when it holds something, naming it by its letter', () => {
    expect(problems('name,kind,\nNorthland,state,')).toEqual([]);
    expect(problems('name,kind,\nNorthland,state,a note')).toEqual(['actors.csv, row 1: column C has no name in the header, so its cells are ignored.']);
    // The 28th column is AB, as a spreadsheet labels it.
    const header = ['name', 'kind', ...Array.from({ length: 26 }, () => '')].join(',');
    const row = ['Northland', 'state', ...Array.from({ length: 25 }, () => ''), 'far right'].join(',');
    expect(problems(`${header}\n${row}`)).toEqual(['actors.csv, row 1: column AB has no name in the header, so its cells are ignored.']);
  });

  it('warns about an unnamed column that holds something in any row, the last or not, and a short row among them', () => {
    const told = ['actors.csv, row 1: column C has no name in the header, so its cells are ignored.'];
    expect(problems('name,kind,\nNorthland,state,a note\nSouthland,state,')).toEqual(told);
    expect(problems('name,kind,\nNorthland,state\nSouthland,state,a note')).toEqual(told);
    // A row that stops before the column holds nothing in it.
    expect(problems('name,kind,\nNorthland,state\nSouthland,state,')).toEqual([]);
  });

  it('takes trailing empty cells as nothing, and a row with more filled cells than the header as an error', () => {
    expect(problems('name,kind\nNorthland,state,,,')).toEqual([]);
    expect(problems('name,kind\nNorthland,state,extra')).toEqual(['actors.csv, row 2: has 3 cells, but the header names 2 columns: a cell that holds a comma must be in double quotes.']);
  });
});

describe('columnLetter and splitList', () => {
  it('names columns as spreadsheets do: A–Z, then AA, AZ, BA, ZZ, AAA', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('splits a cell at “ | ”, trimming each item and dropping empty ones', () => {
    expect(splitList('Moscow |  the Kremlin | Russia ')).toEqual(['Moscow', 'the Kremlin', 'Russia']);
    expect(splitList('Moscow | ')).toEqual(['Moscow']);
    expect(splitList(' Moscow ')).toEqual(['Moscow']);
    expect(splitList('A|B')).toEqual(['A|B']);
    expect(splitList('')).toEqual([]);
  });
});

describe('what a spreadsheet leaves around the data', () => {
  it('finds the separator in the first line that has something, past blank lines', () => {
    expect(cells('\n  \nname;kind\nNorth, the Land;state')).toEqual([{ row: 4, name: 'North, the Land', kind: 'state' }]);
  });

  it('skips a row of nothing but spaces and separators, as it skips an empty one', () => {
    expect(problems('name,kind\n  ,   \nNorthland,state')).toEqual([]);
    expect(cells('name,kind\n  ,   \nNorthland,state')).toEqual([{ row: 3, name: 'Northland', kind: 'state' }]);
  });

  it('takes a column of spaces under no name for an empty one, and spaces past the last column for nothing', () => {
    expect(problems('name,kind,\nNorthland,state,   ')).toEqual([]);
    expect(problems('name,kind\nNorthland,state,  ,  ')).toEqual([]);
  });

  it('gives a cell without the space around it, with its line breaks as \\n', () => {
    expect(decodeCell('  Northland,\r\nof the North \r ')).toBe('Northland,\nof the North');
    // An old Mac line end inside a cell, as a dataset's text may hold one on its way to a file.
    expect(decodeCell('Northland,\rof the North')).toBe('Northland,\nof the North');
    expect(decodeCell("  '=SUM(A1)")).toBe('=SUM(A1)');
  });
});

describe('splitArticleText', () => {
  it('splits at blank lines, whatever the line ends, and gives each paragraph’s first line', () => {
    for (const newline of ['\n', '\r\n', '\r']) {
      expect(splitArticleText(['\uFEFFTitle', 'Dek', '', '  First paragraph,  ', 'on two lines.  ', ' ', 'Second.'].join(newline)), JSON.stringify(newline)).toEqual([
        { text: 'Title\nDek', line: 1 },
        { text: 'First paragraph,  \non two lines.', line: 4 },
        { text: 'Second.', line: 7 },
      ]);
    }
    expect.assertions(3);
  });

  it('keeps a byte-order mark inside the text, and trims and joins the last paragraph as the others', () => {
    expect(splitArticleText('Title\n\nNorth\uFEFFland  \nsays no.  ')).toEqual([
      { text: 'Title', line: 1 },
      { text: 'North\uFEFFland  \nsays no.', line: 3 },
    ]);
  });
});

