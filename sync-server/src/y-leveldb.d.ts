// y-leveldb ships types in dist/src, but its package.json "exports" hides them from NodeNext
// resolution; this declares the part the relay uses.
declare module 'y-leveldb' {
	import type * as Y from 'yjs';
	export class LeveldbPersistence {
		constructor(location: string);
		getYDoc(docName: string): Promise<Y.Doc>;
		storeUpdate(docName: string, update: Uint8Array): Promise<number>;
		flushDocument(docName: string): Promise<void>;
		getMeta(docName: string, metaKey: string): Promise<unknown>;
		getMetas(docName: string): Promise<Map<unknown, unknown>>;
		setMeta(docName: string, metaKey: string, value: unknown): Promise<void>;
		delMeta(docName: string, metaKey: string): Promise<void>;
		destroy(): Promise<void>;
	}
}
