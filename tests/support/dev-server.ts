// Starts `astro dev` in a project copy on a free port and waits until it serves, keeping its output for assertions.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { ASTRO, childEnv } from './project-copy';

export interface DevServer {
  url: string;
  /** Everything the server has printed so far. */
  log: () => string;
  stop: () => void;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Resolves once the server says it is watching files (before that it answers 404 to everything). `config` names another
 * Astro config, e.g. astro.edit.config.ts for the edit server (`npm run edit`).
 */
export async function startDev(root: string, config?: string): Promise<DevServer> {
  const port = await freePort();
  const args = [ASTRO, 'dev', '--host', '127.0.0.1', '--port', String(port), ...(config ? ['--config', config] : [])];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    // As `npm run dev` runs it: Vitest's NODE_ENV=test would reach the browser code (react-aria then reads process.env).
    env: childEnv({ NODE_ENV: 'development' }),
  });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`astro dev did not start in 60 s:\n${log}`)), 60_000);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (/watching for file changes/.test(log)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`astro dev exited with ${code}:\n${log}`)));
  });
  return { url: `http://127.0.0.1:${port}`, log: () => log, stop: () => child.kill('SIGTERM') };
}
