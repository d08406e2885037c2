import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';

/** Paths that always belong to the API, its documents, its probes and its metrics, never to the console. */
const RESERVED = /^\/(api|docs|docs-json|health|metrics)(\/|$)/;

/** The console runs its own scripts only; Ant Design's styles are injected at run time, hence inline styles. */
const CONSOLE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function isConsolePath(path: string): boolean {
  return !RESERVED.test(path);
}

/**
 * Serves the built web console at `/`: its hashed assets for a year, and index.html for every other page a
 * person may open from a bookmark or a new tab (`/leads/<id>`), so the console's router shows it.
 * Does nothing, with a warning, when the console was not built.
 */
export function serveConsole(
  app: { use(handler: (request: Request, response: Response, next: NextFunction) => void): unknown },
  folder: string,
): boolean {
  const index = join(folder, 'index.html');
  if (!existsSync(index)) {
    new Logger('Console').warn(`No web console at ${folder} (run npm run build); the API is served without it`);
    return false;
  }
  const page = readFileSync(index);
  const assets = express.static(folder, {
    index: false,
    fallthrough: true,
    setHeaders: (response, path) => {
      response.setHeader('Content-Security-Policy', CONSOLE_POLICY);
      response.setHeader('Cache-Control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !isConsolePath(request.path)) return next();
    assets(request, response, () => {
      if (request.path.startsWith('/assets/') || !request.accepts('html')) return next();
      response.setHeader('Content-Security-Policy', CONSOLE_POLICY);
      response.setHeader('Cache-Control', 'no-cache');
      response.type('html').send(page);
    });
  });
  return true;
}
