/**
 * The import worker: reads uploaded user lists off the main thread (spec 12). It runs nothing
 * but the parser, and freezes the built-in prototypes before the parser loads (`harden.ts`):
 * a crafted file cannot pollute them. A read past its time budget gets the worker terminated by
 * `src/lib/workers/import.ts`, the app's only handle on it. The file's bytes come by transfer.
 */
import { expose, type ProxyOrClone } from 'comlink';
import { freezePrototypes } from './harden';
import type { PackedRead } from './import.api';

freezePrototypes();
// Loaded after the freeze; the API is exposed at once (a message that arrived while the module
// was still loading would otherwise be lost).
const parser = import('./import.api');

const api = {
	/** The rows of the file under its header row (packed), or why it cannot be read. */
	async read(
		bytes: Uint8Array<ArrayBuffer>,
		fileName: string,
		onProgress?: ProxyOrClone<(done: number, total: number) => void>
	): Promise<PackedRead> {
		const { readUserSheet, packRead } = await parser;
		return packRead(
			readUserSheet(bytes, fileName, onProgress ? (d, t) => void onProgress(d, t) : undefined)
		);
	}
};

export type ImportApi = typeof api;

expose(api);
