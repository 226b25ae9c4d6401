const { createReadStream, statSync } = require('node:fs');
const https = require('node:https');
const path = require('node:path');
const { URL } = require('node:url');
const { getHttpsServerOptions } = require('office-addin-dev-certs');

/**
 * Serves dist/web on https://localhost:3000 with the Office dev certificate, for `npm start`
 * (sideloading). Production hosts serve dist/web as static files; this is for development.
 */
const ROOT = path.resolve(__dirname, '../dist/web');
const PORT = 3000;
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  // The styles Griffel extracts at build time: browsers refuse a stylesheet of another type.
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.map': 'application/json',
};

function serve(request, response) {
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'https://localhost').pathname);
  const file = path.resolve(ROOT, `.${pathname}`);
  const inside = file.startsWith(`${ROOT}${path.sep}`);
  let found = false;
  try {
    found = inside && statSync(file).isFile();
  } catch {
    found = false;
  }
  if (!found) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  response.writeHead(200, {
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  });
  createReadStream(file).pipe(response);
}

getHttpsServerOptions().then(
  (options) => {
    https.createServer(options, serve).listen(PORT, 'localhost', () => {
      process.stdout.write(`Centaure: serving ${ROOT} on https://localhost:${PORT}\n`);
    });
  },
  (error) => {
    process.stderr.write(
      `Centaure: no trusted development certificate (${error.message}). ` +
        'Run `npx office-addin-dev-certs install` once, then `npm start` again.\n',
    );
    process.exitCode = 1;
  },
);
