import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * One version name per build, the same in every process that loads this config: the package
 * version plus the commit, or the build time when there is no git checkout.
 */
function versionName() {
	if (process.env.SWITCHBOARD_VERSION) return process.env.SWITCHBOARD_VERSION;
	const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
	let suffix;
	try {
		suffix = execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] })
			.toString()
			.trim();
	} catch {
		suffix = new Date().toISOString().slice(0, 16).replace(/[-:T]/g, '');
	}
	process.env.SWITCHBOARD_VERSION = `${version}-${suffix}`;
	return process.env.SWITCHBOARD_VERSION;
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// A static SPA: every route is rendered in the browser from local data, so the
		// relay serves index.html for any path (the fallback) and the service worker does offline.
		// SWITCHBOARD_OUT moves the build elsewhere (parallel builds on one machine).
		adapter: adapter({
			pages: process.env.SWITCHBOARD_OUT ? `${process.env.SWITCHBOARD_OUT}/build` : 'build',
			assets: process.env.SWITCHBOARD_OUT ? `${process.env.SWITCHBOARD_OUT}/build` : 'build',
			fallback: 'index.html',
			precompress: true,
			strict: true
		}),
		outDir: process.env.SWITCHBOARD_OUT ? `${process.env.SWITCHBOARD_OUT}/kit` : '.svelte-kit',
		serviceWorker: { register: false },
		version: { name: versionName() },
		// $relay: the grant and token format, shared with the relay (sync-server/src/grants.ts).
		alias: { $workers: 'workers', $relay: 'sync-server/src' }
	}
};

export default config;
