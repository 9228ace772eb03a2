// Serves e2e/site/<hostname>/ over HTTPS with a throwaway self-signed certificate. Browsers reach it through
// --host-resolver-rules, so pages load under their real hostnames and the production manifest is what is tested.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SITE_ROOT = resolve(fileURLToPath(new URL('../site', import.meta.url)));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  // Vendor chat clients live at addresses like chatbox.jsp, index.action, portal.htm or /client: pages all the same.
  '.htm': 'text/html; charset=utf-8',
  '.jsp': 'text/html; charset=utf-8',
  '.action': 'text/html; charset=utf-8',
  '.cgi': 'text/html; charset=utf-8',
  '.php': 'text/html; charset=utf-8',
  '': 'text/html; charset=utf-8',
};

export function selfSignedCertificate(dir = join(tmpdir(), 'parley-certs')) {
  mkdirSync(dir, { recursive: true });
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  if (!existsSync(key) || !existsSync(cert)) {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '30',
      '-keyout', key, '-out', cert, '-subj', '/CN=parley-test',
      '-addext', 'subjectAltName=DNS:*.test,DNS:demobank.test,DNS:*.demobank.test',
    ], { stdio: 'ignore' });
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/** Hostnames that have a folder under e2e/site/ (each one must be mapped to loopback in the browser). */
export function servedHosts(root = SITE_ROOT) {
  return execFileSync('ls', [root]).toString().split('\n').filter((name) => name.includes('.'));
}

/**
 * `mounts` ({ host, prefix, dir }) serve a built directory under a path of a host — e.g. the chat-library pages in
 * e2e/libraries/dist/ under a bank's support path — before the host's own e2e/site/ folder is looked at.
 */
export function startSiteServer({ port = 0, root = SITE_ROOT, log = () => {}, mounts = [] } = {}) {
  const server = createServer(selfSignedCertificate(), (req, res) => {
    const host = (req.headers.host ?? '').split(':')[0].toLowerCase();
    const url = new URL(req.url ?? '/', 'https://x');
    // The fixture kit (e2e/site/_kit/) is served under /__kit/ on every host, as a vendor would serve its own files.
    const kit = url.pathname.startsWith('/__kit/');
    const mount = kit ? undefined : mounts.find((m) => m.host === host && url.pathname.startsWith(m.prefix));
    const hostDir = kit ? resolve(root, '_kit') : mount ? resolve(mount.dir) : resolve(root, host);
    if (kit) url.pathname = url.pathname.slice('/__kit'.length);
    if (mount) url.pathname = `/${url.pathname.slice(mount.prefix.length)}`;
    let file = normalize(join(hostDir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(hostDir + '/') && file !== hostDir) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      log(`404 ${host}${url.pathname}`);
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  return new Promise((resolveListen) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolveListen({ server, port: typeof address === 'object' && address ? address.port : port, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
