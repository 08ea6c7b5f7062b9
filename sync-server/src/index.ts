import { readFile, mkdir, access } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from './config.js';
import { LevelPersistence } from './leveldb-persistence.js';
import type { Persistence } from './persistence.js';
import { RedisPersistence } from './redis-persistence.js';
import { Relay } from './relay.js';
import { createServer } from './server.js';
import { shutdown, trackConnections, type ShutdownTask } from './shutdown.js';

// Resolved from dist/index.js, so it points at <repo root>/build whatever the cwd is.
const DEFAULT_APP_DIR = fileURLToPath(new URL('../../build', import.meta.url));
const PACKAGE_JSON = new URL('../package.json', import.meta.url);
const SHUTDOWN_GRACE_MS = 5_000;
// A hung task must not keep a supervisor (systemd, docker) waiting until it sends SIGKILL.
const SHUTDOWN_DEADLINE_MS = 15_000;

async function main(): Promise<void> {
	const config = loadConfig(process.env, process.cwd(), DEFAULT_APP_DIR);
	await mkdir(config.dataDir, { recursive: true });
	await warnIfAppMissing(config.appDir);

	const persistence = await openPersistence(config.redisUrl, config.dataDir);
	const relay = new Relay({
		persistence,
		maxMessageBytes: config.maxMessageBytes,
		maxConnectionsPerIp: config.maxConnectionsPerIp
	});
	const server = createServer({
		appDir: config.appDir,
		version: await readVersion(),
		onUpgrade: relay.handleUpgrade,
		onRequest: relay.handleRequest
	});
	const connections = trackConnections(server);
	// Close the clients and flush every room first, then close the store.
	const shutdownTasks: ShutdownTask[] = [() => relay.close(), () => persistence.close()];

	await listen(server, config.port, config.host);
	console.log(
		`Switchboard listening on ${displayUrl(server, config.host)} (${
			config.redisUrl
				? `rooms in Redis at ${redactedUrl(config.redisUrl)}`
				: `data in ${config.dataDir}`
		})`
	);

	onTerminationSignal((signal) => {
		console.log(`${signal} received, shutting down`);
		setTimeout(() => process.exit(1), SHUTDOWN_DEADLINE_MS).unref();
		void shutdown(server, connections, {
			tasks: shutdownTasks,
			graceMs: SHUTDOWN_GRACE_MS,
			logError: (message, error) => {
				console.error(message, error);
			}
		}).then(
			(clean) => process.exit(clean ? 0 : 1),
			(error: unknown) => {
				console.error('Shutdown failed:', error);
				process.exit(1);
			}
		);
	});
}

/** Fires once: npm and the terminal both deliver Ctrl+C, which must not abort the shutdown. */
/** LevelDB under DATA_DIR/relay by default; Redis when REDIS_URL is set. */
async function openPersistence(redisUrl: string | null, dataDir: string): Promise<Persistence> {
	if (redisUrl === null) return new LevelPersistence(path.join(dataDir, 'relay'));
	const redis = new RedisPersistence(redisUrl);
	await redis.ready();
	return redis;
}

function redactedUrl(url: string): string {
	try {
		const parsed = new URL(url);
		if (parsed.password) parsed.password = '***';
		return parsed.toString();
	} catch {
		return 'REDIS_URL';
	}
}

function onTerminationSignal(handler: (signal: NodeJS.Signals) => void): void {
	let received = false;
	const onSignal = (signal: NodeJS.Signals): void => {
		if (received) return;
		received = true;
		handler(signal);
	};
	process.on('SIGINT', onSignal);
	process.on('SIGTERM', onSignal);
}

function listen(server: Server, port: number, host: string): Promise<void> {
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			server.off('error', reject);
			resolve();
		});
	});
}

function displayUrl(server: Server, host: string): string {
	const { port } = server.address() as AddressInfo;
	const wildcard = host === '0.0.0.0' || host === '::';
	const shownHost = wildcard ? 'localhost' : host.includes(':') ? `[${host}]` : host;
	return `http://${shownHost}:${port}`;
}

async function readVersion(): Promise<string> {
	const parsed: unknown = JSON.parse(await readFile(PACKAGE_JSON, 'utf8'));
	const version = (parsed as { version?: unknown }).version;
	return typeof version === 'string' ? version : 'unknown';
}

async function warnIfAppMissing(appDir: string): Promise<void> {
	try {
		await access(path.join(appDir, 'index.html'));
	} catch {
		console.warn(`No built app in ${appDir}; pages will answer 503 until it is built.`);
	}
}

main().catch((error: unknown) => {
	console.error('Switchboard failed to start:', error);
	process.exit(1);
});
