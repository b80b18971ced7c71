/**
 * A counting proxy for the privacy tests: Chromium is told to send every connection through it
 * (loopback included), and it records each attempt (method, URL and body; CONNECT for TLS) and
 * refuses it. Call once at the top of a file or describe block; it returns the attempts seen.
 */
import { createServer, type Server } from 'node:http';
import { test } from './fixtures';

export function countingProxy(port: number): string[] {
  const attempts: string[] = [];
  let proxy: Server;
  test.beforeAll(async () => {
    proxy = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        attempts.push(`${req.method} ${req.url} ${body}`);
        res.writeHead(403).end();
      });
    });
    proxy.on('connect', (req, socket) => {
      attempts.push(`CONNECT ${req.url}`);
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    });
    await new Promise<void>((r) => proxy.listen(port, '127.0.0.1', r));
  });
  test.afterAll(() => new Promise<void>((r) => proxy.close(() => r())));
  test.use({
    extraArgs: [`--proxy-server=http://127.0.0.1:${port}`, '--proxy-bypass-list=<-loopback>'],
  });
  return attempts;
}
