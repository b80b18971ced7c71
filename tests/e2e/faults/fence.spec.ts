/**
 * The fence holds against content injected into a page: a remote stylesheet, font, frame and
 * image put into an extension page (as a bug or a compromised dependency could) reach no host. A
 * counting proxy given to Chromium sees every connection the browser would make.
 */
import { test, expect } from '../fixtures';
import { countingProxy } from '../counting-proxy';

const PROXY_PORT = 18932;
const HOSTS = ['style.example.com', 'font.example.com', 'frame.example.com', 'img.example.com'];

const attempts = countingProxy(PROXY_PORT);

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
