/**
 * The fence holds against content injected into a page: a remote stylesheet, font, frame and
 * image put into an extension page (as a bug or a compromised dependency could) reach no host. A
 * counting proxy given to Chromium sees every connection the browser would make.
 */
import { createServer, type Server } from 'node:http';
import { test, expect } from '../fixtures';

const PROXY_PORT = 18932;
const HOSTS = ['style.example.com', 'font.example.com', 'frame.example.com', 'img.example.com'];

const attempts: string[] = [];
let proxy: Server;
test.beforeAll(async () => {
  proxy = createServer((req, res) => {
    attempts.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'content-type': 'text/plain' }).end('');
  });
  proxy.on('connect', (req, socket) => {
    attempts.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((r) => proxy.listen(PROXY_PORT, '127.0.0.1', r));
});
test.afterAll(() => new Promise<void>((r) => proxy.close(() => r())));
test.use({
  extraArgs: [`--proxy-server=http://127.0.0.1:${PROXY_PORT}`, '--proxy-bypass-list=<-loopback>'],
});

test('a remote stylesheet, font, iframe and image injected into a page reach no host', async ({
  openPage,
}) => {
  const page = await openPage('options.html');
  await page.evaluate(() => {
    const g = globalThis as unknown as { blocked: string[] };
    g.blocked = [];
    document.addEventListener('securitypolicyviolation', (e) => g.blocked.push(e.blockedURI));
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = 'http://style.example.com/a.css';
    document.head.append(link);
    void new FontFace('Remote', 'url(http://font.example.com/f.woff2)').load().catch(() => null);
    const frame = document.createElement('iframe');
    frame.src = 'http://frame.example.com/';
    document.body.append(frame);
    const img = new Image();
    img.src = 'http://img.example.com/i.png';
    document.body.append(img);
  });
  // Each request ends one of two ways: refused by the policy (a violation report) or sent.
  const settled = async () => {
    const blocked = await page.evaluate(
      () => (globalThis as unknown as { blocked: string[] }).blocked,
    );
    return HOSTS.filter(
      (h) => blocked.some((u) => u.includes(h)) || attempts.some((a) => a.includes(h)),
    );
  };
  await expect.poll(settled, { timeout: 20_000 }).toEqual(HOSTS);
  expect(attempts.filter((a) => HOSTS.some((h) => a.includes(h)))).toEqual([]);
});
