import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { INLINE_DATASET_ID, readInlineDataset } from '../../src/embed/inlineDataset';
import { jsonForScript, selfContainedPage } from '../../src/embed/selfContainedPage';

const BUILT_PAGE = [
  '<!doctype html>',
  '<html lang="en">',
  '  <head>',
  '    <meta charset="UTF-8" />',
  '    <title>stancemap (embed)</title>',
  '    <script type="module" crossorigin>console.log("app")</script>',
  '  </head>',
  '  <body>',
  '    <div id="root"></div>',
  '    <template id="first-frame"><svg><text>Russia</text></svg></template>',
  '    <script>showFirstFrame()</script>',
  '  </body>',
  '</html>',
].join('\n');

// Dataset text that would break out of a script element, or out of String.replace, if written carelessly.
const HOSTILE = {
  // "&lt;" stays these four characters only if the page writes the & as &amp;.
  title: 'A </title><script>alert(1)</script> dispute &lt;3',
  article: { paragraphs: ['Ends </script><script>alert("x")</script> here <!-- and --> $& $1 $` \u2028 \u2029 & <b>bold</b>'] },
};

const parse = (html: string) => new JSDOM(html).window.document;

describe('selfContainedPage', () => {
  it('carries the dataset as data the page reads back exactly, whatever its text holds', () => {
    const page = selfContainedPage(BUILT_PAGE, HOSTILE);
    const document = parse(page);
    expect(readInlineDataset(document)).toEqual({ data: HOSTILE });
    // Nothing of the dataset became an element: one data script, the app's two scripts.
    expect([...document.scripts].map((script) => script.type || 'classic')).toEqual(['application/json', 'module', 'classic']);
    expect(document.title).toBe(HOSTILE.title);
    expect(document.querySelector('b')).toBeNull();
  });

  it('changes the page in three places only: the data before its first script, its title, and the first frame emptied', () => {
    const page = BUILT_PAGE.replace('<svg><text>Russia</text></svg>', '\n      <svg>\n        <text>Russia</text>\n      </svg>\n    ');
    const expected = page
      .replace('<title>stancemap (embed)</title>', '<title>Mine</title>')
      .replace('    <script type="module"', `    <script type="application/json" id="${INLINE_DATASET_ID}">{"title":"Mine"}</script>\n    <script type="module"`)
      .replace(/<template id="first-frame">[\s\S]*?<\/template>/, '<template id="first-frame"></template>');
    expect(selfContainedPage(page, { title: 'Mine' })).toBe(expected);
  });

  it('puts the data before the page’s scripts, and takes out the first frame of the bundled map', () => {
    const page = selfContainedPage(BUILT_PAGE, { title: 'Mine' });
    expect(page.indexOf(`id="${INLINE_DATASET_ID}"`)).toBeLessThan(page.indexOf('<script type="module"'));
    expect(page).toContain('<template id="first-frame"></template>');
    expect(page).not.toContain('Russia');
  });

  it('replaces a dataset the page already carried, so writing twice gives one dataset', () => {
    const twice = selfContainedPage(selfContainedPage(BUILT_PAGE, { title: 'First' }), { title: 'Second' });
    expect(twice.match(new RegExp(INLINE_DATASET_ID, 'g'))).toHaveLength(1);
    expect(readInlineDataset(parse(twice))).toEqual({ data: { title: 'Second' } });
  });

  it('leaves the page’s inlined code alone where it holds the same strings as the markup', () => {
    const code = 'const frame = `<template id="first-frame">`; const svg = `<title>${name}</title>`;';
    const page = BUILT_PAGE.replace('console.log("app")', code);
    const written = selfContainedPage(page, { title: 'Mine' });
    expect(written).toContain(code);
    expect(written).toContain('<title>Mine</title>');
    expect(written).toContain('<template id="first-frame"></template>');
  });

  it('leaves a data element written in the page’s code where it is, and adds the dataset once', () => {
    const code = `const dataTag = '<script type="application/json" id="${INLINE_DATASET_ID}">';`;
    const written = selfContainedPage(BUILT_PAGE.replace('console.log("app")', code), { title: 'Mine' });
    expect(written).toContain(code);
    expect(readInlineDataset(parse(written))).toEqual({ data: { title: 'Mine' } });
  });

  it('reads markup at the very start of a script’s code as code: a root element there is no root', () => {
    const rootOnlyInCode = BUILT_PAGE.replace('    <div id="root"></div>\n', '').replace('console.log("app")', '<div id="root"></div>');
    expect(() => selfContainedPage(rootOnlyInCode, { title: 'x' })).toThrow('this is not a built stancemap page');
  });

  it('reads a page cut off inside a script as code to its end, and still writes the dataset in', () => {
    const cutOff = `${BUILT_PAGE.slice(0, BUILT_PAGE.indexOf('showFirstFrame()'))}const title = '<title>Old</title>';`;
    const written = selfContainedPage(cutOff, { title: 'Mine' });
    expect(written).toContain("const title = '<title>Old</title>';");
    expect(written).toContain('<title>Mine</title>');
    expect(readInlineDataset(parse(written))).toEqual({ data: { title: 'Mine' } });
  });

  it('refuses a page that is not a built stancemap page', () => {
    expect(() => selfContainedPage('<html><body>not found</body></html>', { title: 'x' })).toThrow('this is not a built stancemap page');
  });

  it('writes JSON with no character that could end a script element', () => {
    const json = jsonForScript(HOSTILE);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(HOSTILE);
  });
});

describe('readInlineDataset', () => {
  it('finds nothing in a page that carries no dataset, and undefined for text that is not JSON', () => {
    expect(readInlineDataset(parse(BUILT_PAGE))).toBeNull();
    expect(readInlineDataset(parse(`<script type="application/json" id="${INLINE_DATASET_ID}">{oops</script>`))).toEqual({ data: undefined });
    // Only a data script counts: an element of another kind with the id is not read, nor a script of code.
    expect(readInlineDataset(parse(`<div id="${INLINE_DATASET_ID}">{}</div>`))).toBeNull();
    expect(readInlineDataset(parse(`<script type="text/javascript" id="${INLINE_DATASET_ID}">{}</script>`))).toBeNull();
    expect(readInlineDataset(parse(`<script id="${INLINE_DATASET_ID}">{}</script>`))).toBeNull();
    expect(readInlineDataset(parse(`<template type="application/json" id="${INLINE_DATASET_ID}">{}</template>`))).toBeNull();
    expect(readInlineDataset(parse(`<script type="application/json" id="${INLINE_DATASET_ID}">{"title":"Mine"}</script>`))).toEqual({ data: { title: 'Mine' } });
  });
});
