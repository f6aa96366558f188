/**
 * The way to the fixtures for what Firefox's background page requests, which WebDriver BiDi's interception
 * never sees: a local proxy that Firefox is set to use for every request. A CONNECT to a platform host is
 * answered over TLS (a certificate made for this run, which the test session accepts) by the same
 * EdxRoutes.answer the pages get; a CONNECT anywhere else is refused. Firefox's own services are refused
 * without being logged: they are the browser's requests, not the extension's.
 */
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { PAGE_HOSTS } from '../../../../lib/platform-hosts';
import { REFUSED, type EdxRoutes } from '../../support/edx-routes';
import { throwAwayCertificate } from '../../../support/tls-certificate.mjs';

const PLATFORM_HOSTS = new Set<string>(PAGE_HOSTS);
/** Firefox's own services, and the placeholder host puppeteer points its settings service at. */
const BROWSER_OWN = /(?:^|\.)(?:mozilla\.(?:com|net|org)|firefox\.com|mozaws\.net|dummy\.test)$/;

export interface FixtureProxy {
  readonly port: number;
  close(): Promise<void>;
}

export async function startFixtureProxy(routes: EdxRoutes): Promise<FixtureProxy> {
  const platform = createHttpsServer(throwAwayCertificate([...PLATFORM_HOSTS]), (req, res) => {
    const url = `https://${req.headers.host ?? ''}${req.url ?? '/'}`;
    void routes.answer(req.method ?? 'GET', url).then((answer) => {
      if (answer === REFUSED) return res.writeHead(403).end();
      res.writeHead(answer.status, { 'content-type': answer.contentType }).end(answer.body);
    });
  });
  const sockets = new Set<Socket>();
  const proxy: Server = createHttpServer((req, res) => {
    // Plain http through the proxy: logged and refused, as Chromium's routing aborts it.
    if (!BROWSER_OWN.test(new URL(req.url ?? 'http://invalid/').hostname))
      void routes.answer(req.method ?? 'GET', req.url ?? '');
    res.writeHead(403).end();
  });
  proxy.on('connect', (req, socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    const host = (req.url ?? '').replace(/:\d+$/, '');
    if (!PLATFORM_HOSTS.has(host)) {
      if (!BROWSER_OWN.test(host)) void routes.answer('CONNECT', `https://${host}/`);
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    platform.emit('connection', socket);
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  return {
    port: (proxy.address() as AddressInfo).port,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise((done) => proxy.close(done));
    },
  };
}
