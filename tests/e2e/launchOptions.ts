/**
 * Debian's Chromium and the flags that keep it from reaching for the network, which this machine
 * does not have: how globalSetup's shared browser and any test file's own browser are launched.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const launchOptions = (extraArgs: string[] = []) => ({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_FLAGS, ...extraArgs] });
