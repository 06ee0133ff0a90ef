/**
 * Debian's Chromium and the flags that keep it from reaching for the network, which this machine
 * does not have, and from drawing what no page shows: how the browser tests' shared browser, any
 * test file's own browser and `npm run bench`'s browsers are launched.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** What playwright-core turns off in every Chromium it launches (its chromiumSwitches.ts). */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Headless Chromium keeps the address bar's popup as two WebUI pages in a renderer of their own,
 * which redrew at every page the tests opened: a third of the browser tests' CPU, and 0.4–0.6 s
 * of a 2,000-actor map's first drawing in the bench. A reader's browser draws no hidden popup.
 */
export const OMNIBOX_POPUP_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

// Chromium honours only the last --disable-features it is given, so this one carries
// Playwright's list as well (launchOptions.test.ts holds it to what Playwright passes).
const DISABLED_FEATURES = `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...OMNIBOX_POPUP_FEATURES].join(',')}`;

export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', DISABLED_FEATURES];

export const launchOptions = (extraArgs: string[] = []) => ({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_FLAGS, ...extraArgs] });
