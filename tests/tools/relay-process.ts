/** Starting and stopping the relay as a child process, for tests and the bench. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** A loopback port nothing listens on right now. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

/** Starts the built relay serving `appDir` on `port` with a fresh data folder; resolves once /healthz answers. */
export async function startRelay(port: number, appDir: string): Promise<ChildProcess> {
	const child = spawn('node', [join(ROOT, 'sync-server/dist/index.js')], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			APP_DIR: appDir,
			DATA_DIR: mkdtempSync(join(tmpdir(), 'sb-relay-'))
		},
		stdio: 'ignore'
	});
	for (let i = 0; i < 100; i += 1) {
		try {
			if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return child;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	child.kill();
	throw new Error('The relay did not start.');
}

export async function stopRelay(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null) return;
	await new Promise<void>((resolve) => {
		child.once('exit', () => resolve());
		child.kill('SIGTERM');
	});
}
