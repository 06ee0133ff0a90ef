/**
 * Small loopback servers for publishing tests: each answers fixed paths with fixed bodies and
 * headers, over http, or over https with a self-signed certificate made for the test by openssl
 * (Chromium is launched to accept it).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';

/** A body sent a chunk at a time, as a slow connection would. */
export interface Trickle {
  bytes: number;
  everyMs: number;
}

export interface StaticServer {
  url(path: string): string;
  set(path: string, body: string, headers?: Record<string, string>, trickle?: Trickle): void;
  close(): Promise<void>;
}

export async function startStaticServer({ https = false } = {}): Promise<StaticServer> {
  const files = new Map<string, { body: string; headers: Record<string, string>; trickle?: Trickle }>();
  const answer = (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? '/', 'http://host').pathname;
    if (path === '/favicon.ico') return void response.writeHead(204).end();
    const file = files.get(path);
    if (!file) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    if (!file.trickle) return void response.writeHead(200, file.headers).end(file.body);
    const body = Buffer.from(file.body);
    const { bytes, everyMs } = file.trickle;
    response.writeHead(200, { ...file.headers, 'content-length': String(body.length) });
    let sent = 0;
    const next = () => {
      if (response.destroyed) return;
      response.write(body.subarray(sent, sent + bytes));
      sent += bytes;
      if (sent < body.length) setTimeout(next, everyMs);
      else response.end();
    };
    next();
  };
  const server: Server = https ? createHttpsServer(selfSignedCertificate(), answer) : createHttpServer(answer);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `${https ? 'https' : 'http'}://127.0.0.1:${port}${path}`,
    set: (path, body, headers = {}, trickle) => files.set(path, { body, headers: { 'content-type': path.endsWith('.json') ? 'application/json' : 'text/html; charset=utf-8', ...headers }, ...(trickle ? { trickle } : {}) }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function selfSignedCertificate(): { key: string; cert: string } {
  const folder = mkdtempSync(join(tmpdir(), 'stancemap-cert-'));
  const key = join(folder, 'key.pem');
  const cert = join(folder, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
  return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
}

/**
 * For a test file that opens datasets from another site: a browser that accepts the file's own
 * https server, and that server, started before its tests and closed after them.
 */
export function secureSiteForTests(): { browser: () => Browser; secure: () => StaticServer } {
  let browser: Browser;
  let secure: StaticServer;
  beforeAll(async () => {
    [browser, secure] = await Promise.all([launchBrowser(['--ignore-certificate-errors']), startStaticServer({ https: true })]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), secure?.close()]);
  });
  return { browser: () => browser, secure: () => secure };
}
