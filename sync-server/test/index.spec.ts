import { spawn, type ChildProcess } from 'node:child_process';
import { access, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort, writeFiles } from './helpers.js';

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = path.join(PACKAGE_DIR, 'dist', 'index.js');

let root: string;

// dist/ is rebuilt by the global setup, so this never exercises a stale one.
beforeAll(async () => {
	root = await mkdtemp(path.join(tmpdir(), 'switchboard-entry-'));
});

afterAll(async () => {
	await rm(root, { recursive: true, force: true });
});

describe('dist/index.js', () => {
	it('starts, creates DATA_DIR, serves /healthz and exits 0 on SIGTERM', async () => {
		const appDir = path.join(root, 'app');
		const dataDir = path.join(root, 'nested', 'data');
		await writeFiles(appDir, { 'index.html': '<!doctype html><title>Switchboard</title>' });
		const port = await findFreePort();

		const child = spawn(process.execPath, [ENTRY], {
			cwd: root,
			env: {
				...process.env,
				PORT: String(port),
				HOST: '127.0.0.1',
				DATA_DIR: dataDir,
				APP_DIR: appDir
			},
			stdio: ['ignore', 'pipe', 'pipe']
		});
		const output = collectOutput(child);
		const exited = waitForExit(child);

		try {
			const health = await waitForHealth(`http://127.0.0.1:${port}/healthz`, exited);
			expect(health).toMatchObject({ status: 'ok', version: await packageVersion() });
			await expect(access(dataDir)).resolves.toBeUndefined();
			expect(output.stdout()).toContain(
				`Switchboard listening on http://127.0.0.1:${port} (data in ${dataDir})`
			);
		} finally {
			child.kill('SIGTERM');
		}
		const { code, signal } = await exited;
		expect({ code, signal, stderr: output.stderr() }).toEqual({
			code: 0,
			signal: null,
			stderr: ''
		});
	}, 20_000);

	it('exits 1 with a message when PORT is invalid', async () => {
		const child = spawn(process.execPath, [ENTRY], {
			cwd: root,
			env: { ...process.env, PORT: 'eighty', DATA_DIR: path.join(root, 'data') },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		const output = collectOutput(child);
		const { code } = await waitForExit(child);
		expect(code).toBe(1);
		expect(output.stderr()).toContain('PORT must be an integer');
	}, 20_000);
});

async function packageVersion(): Promise<string> {
	const manifest = JSON.parse(await readFile(path.join(PACKAGE_DIR, 'package.json'), 'utf8')) as {
		version: string;
	};
	return manifest.version;
}

interface Exit {
	code: number | null;
	signal: NodeJS.Signals | null;
}

function waitForExit(child: ChildProcess): Promise<Exit> {
	return new Promise((resolve, reject) => {
		child.once('error', reject);
		child.once('exit', (code, signal) => {
			resolve({ code, signal });
		});
	});
}

function collectOutput(child: ChildProcess): { stdout(): string; stderr(): string } {
	let stdout = '';
	let stderr = '';
	child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
	child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
	return { stdout: () => stdout, stderr: () => stderr };
}

/** Polls until the server answers, failing fast if the process dies during startup. */
async function waitForHealth(url: string, exited: Promise<Exit>): Promise<unknown> {
	const state = { exited: false };
	void exited.then(() => {
		state.exited = true;
	});
	const deadline = Date.now() + 10_000;
	while (Date.now() < deadline) {
		if (state.exited) throw new Error('Server exited before becoming healthy');
		try {
			const res = await fetch(url);
			if (res.ok) return await res.json();
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error(`Server did not become healthy at ${url}`);
}
