import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
const TSC = fileURLToPath(new URL('../../node_modules/.bin/tsc', import.meta.url));

/** Builds dist/ once before the test files that start the relay as a process (never a stale one). */
export default async function setup(): Promise<void> {
	await promisify(execFile)(TSC, ['-p', 'tsconfig.json'], { cwd: PACKAGE_DIR });
}
