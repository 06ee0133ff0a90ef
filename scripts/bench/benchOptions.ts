/** The bench's command line: `npm run bench -- [--runs N] [--sizes 100,500] [--quick] …`. Pure. */

export const DEFAULT_SIZES = [100, 500, 2000, 10000] as const;

export interface BenchOptions {
  runs: number;
  /** Actor counts of the generated graphs. */
  sizes: number[];
  /** Also open the bundled article (stancemap's own first impression). */
  article: boolean;
  /** Actor counts of the datasets opened with their text (validation and first drawing); none with --no-text. */
  textSizes: number[];
  build: boolean;
  /** How long a page may take to settle before the bench stops its layout and goes on. */
  settleTimeoutMs: number;
  /** Length of each frame-counting window (layout animation, pan and zoom). */
  windowMs: number;
  out: string;
  help: boolean;
}

export const USAGE = `npm run bench -- [options]
  --runs N          runs per page and size, the median is reported (default 5)
  --quick           one run (same as --runs 1)
  --sizes 100,500   graph sizes in actors (default ${DEFAULT_SIZES.join(',')})
  --no-article      skip the bundled article
  --text-sizes 2000,10000  datasets opened with their article: validation and first drawing (default 2000,10000)
  --no-text         skip opening datasets with their article
  --no-build        measure the last build instead of building again
  --timeout S       seconds a layout may take to settle before the bench stops it (default 60)
  --out FILE        where the figures go as JSON (default bench/results/latest.json)`;

export function parseBenchArgs(argv: readonly string[]): BenchOptions | { error: string } {
  const options: BenchOptions = {
    runs: 5,
    sizes: [...DEFAULT_SIZES],
    article: true,
    textSizes: [2000, 10000],
    build: true,
    settleTimeoutMs: 60_000,
    windowMs: 3000,
    out: 'bench/results/latest.json',
    help: false,
  };
  const positive = (flag: string, value: string | undefined): number | { error: string } => {
    const number = Number(value);
    return value !== undefined && Number.isInteger(number) && number > 0 ? number : { error: `${flag} needs a whole number above 0, not “${value ?? ''}”.` };
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const [name, inline] = flag.includes('=') ? [flag.slice(0, flag.indexOf('=')), flag.slice(flag.indexOf('=') + 1)] : [flag, undefined];
    const value = () => inline ?? argv[++i];
    if (name === '--runs' || name === '--timeout') {
      const number = positive(name, value());
      if (typeof number !== 'number') return number;
      if (name === '--runs') options.runs = number;
      else options.settleTimeoutMs = number * 1000;
    } else if (name === '--sizes' || name === '--text-sizes') {
      const list = (value() ?? '').split(',').filter(Boolean);
      const sizes: number[] = [];
      for (const item of list) {
        const size = positive(name, item);
        if (typeof size !== 'number') return size;
        sizes.push(size);
      }
      if (sizes.length === 0) return { error: `${name} needs a list of actor counts, like 100,500.` };
      if (name === '--sizes') options.sizes = sizes;
      else options.textSizes = sizes;
    } else if (name === '--quick') options.runs = 1;
    else if (name === '--no-article') options.article = false;
    else if (name === '--no-text') options.textSizes = [];
    else if (name === '--no-build') options.build = false;
    else if (name === '--out') {
      const out = value();
      if (!out) return { error: '--out needs a file name.' };
      options.out = out;
    } else if (name === '--help' || name === '-h') options.help = true;
    else return { error: `unknown option “${flag}”.` };
  }
  return options;
}
