import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('the build the browser tests run', () => {
  it('is the production build of React, the one that ships', () => {
    // Production React reports errors by code, through react.dev/errors; the development build
    // carries full messages instead (and is 65 kB gzip larger).
    const app = readdirSync('dist/assets').filter((file) => /^index-.*\.js$/.test(file));
    expect(app).toHaveLength(1);
    for (const file of [`dist/assets/${app[0]}`, 'dist/embed.html', 'dist-standalone/stancemap.html']) {
      expect(readFileSync(file, 'utf8'), file).toContain('https://react.dev/errors/');
    }
  });
});
