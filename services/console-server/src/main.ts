// The web console alone, for deployments where each service runs by itself (deploy/k8s): static files and
// deep links from dist/console, and /health for the probes. The Ingress sends /api to the services.
import { createServer } from 'node:http';
import { join } from 'node:path';
import express from 'express';
import { securityHeaders, serveConsole } from '@ia/platform';

const port = Number(process.env['PORT'] ?? 3000);
const app = express();
app.disable('x-powered-by');
app.use(securityHeaders);
app.get('/health', (_request, response) => {
  response.json({ status: 'up', service: 'console-server' });
});
if (!serveConsole(app, join(__dirname, '..', '..', 'console'))) process.exitCode = 1;
const server = createServer(app).listen(port, () =>
  process.stdout.write(`IA Suite console-server listening on http://localhost:${port}\n`),
);
process.once('SIGTERM', () => server.close());
