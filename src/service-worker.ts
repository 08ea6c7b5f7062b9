/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { build, files, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `switchboard-${version}`;
// The app shell: every built asset plus the static files. index.html is the SPA fallback, so any
// route can start offline.
const SHELL = [
	'/index.html',
	...build,
	...files.filter((f) => !f.endsWith('.gz') && !f.endsWith('.br'))
];

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)));
	// No skipWaiting here: a new version waits until the person chooses "Reload to update".
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event: ExtendableMessageEvent) => {
	const data: unknown = event.data;
	if (
		typeof data === 'object' &&
		data !== null &&
		(data as { type?: unknown }).type === 'SKIP_WAITING'
	) {
		void sw.skipWaiting();
	}
});

async function respond(request: Request): Promise<Response> {
	const url = new URL(request.url);
	const cache = await caches.open(CACHE);
	if (SHELL.includes(url.pathname)) {
		const cached = await cache.match(url.pathname);
		if (cached) return cached;
	}
	if (request.mode === 'navigate') {
		// Pages come from the cached shell first: the app starts at once, with or without network.
		const shell = await cache.match('/index.html');
		if (shell) return shell;
	}
	return fetch(request);
}

sw.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== sw.location.origin) return;
	if (url.pathname === '/healthz' || url.pathname.startsWith('/sync')) return;
	event.respondWith(respond(event.request));
});
