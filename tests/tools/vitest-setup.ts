// IndexedDB for Dexie and y-indexeddb in Node: real storage semantics, in memory.
import 'fake-indexeddb/auto';
