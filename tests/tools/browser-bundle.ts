import { join } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, type Rollup } from 'vite';

const ROOT = join(import.meta.dirname, '..', '..');

const built = new Map<string, Promise<string>>();

/**
 * One self-contained ES module (no imports left) of a browser entry of `tests/` that uses the
 * app's own modules through `$lib`, for a test or the bench to run in the page of the built app
 * (e.g. as a module worker from a `blob:` URL, which the app's CSP allows). Built once per
 * process and entry.
 */
export function browserBundle(entry: string): Promise<string> {
	let code = built.get(entry);
	if (!code) {
		code = bundle(entry);
		built.set(entry, code);
	}
	return code;
}

async function bundle(entry: string): Promise<string> {
	const result = await build({
		configFile: false,
		logLevel: 'warn',
		root: ROOT,
		// Modules with runes (`*.svelte.ts`, e.g. the i18n state a service translates with).
		plugins: [svelte({ configFile: false })],
		resolve: { alias: { $lib: join(ROOT, 'src/lib') } },
		build: {
			write: false,
			minify: false,
			target: 'es2022',
			lib: { entry: join(ROOT, entry), formats: ['es'], fileName: 'bundle' },
			rolldownOptions: { output: { codeSplitting: false } }
		}
	});
	const outputs: Rollup.RollupOutput[] = Array.isArray(result)
		? result
		: 'output' in result
			? [result]
			: [];
	const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
	if (!chunk || chunk.type !== 'chunk') throw new Error(`Bundling ${entry} gave no code`);
	return chunk.code;
}
