import path from 'node:path';

/**
 * A device that made a large account offline sends all of it in one sync message when it
 * connects: the default must let that through, or the room would never sync. Measured: an account
 * of 100,000 users made in the app (registration links, stamps) is about 80 MB of room state, so
 * 256 MiB leaves room for three times that. Still a bound: a bigger message closes (1009).
 */
export const DEFAULT_MAX_MESSAGE_BYTES = 256 * 1024 * 1024;

export interface Config {
	port: number;
	host: string;
	/** Absolute path; index.ts creates it at startup. */
	dataDir: string;
	/** Absolute path to the adapter-static output. */
	appDir: string;
	/** Redis instead of LevelDB, so several relay processes share the rooms (REDIS_URL). */
	redisUrl: string | null;
	/** Largest websocket message, bytes (MAX_MESSAGE_BYTES, default 256 MiB). */
	maxMessageBytes: number;
	/** Open connections per client IP (MAX_CONNECTIONS_PER_IP, default 64). */
	maxConnectionsPerIp: number;
}

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = '0.0.0.0';
export const DEFAULT_DATA_DIR = './data';

/**
 * Pure so it can be tested without touching process state. Empty variables count as unset,
 * because `PORT= npm start` is a common way to "unset" something in a shell.
 */
export function loadConfig(env: NodeJS.ProcessEnv, cwd: string, defaultAppDir: string): Config {
	return {
		port: parsePort(nonEmpty(env.PORT)),
		host: nonEmpty(env.HOST) ?? DEFAULT_HOST,
		dataDir: path.resolve(cwd, nonEmpty(env.DATA_DIR) ?? DEFAULT_DATA_DIR),
		appDir: path.resolve(cwd, nonEmpty(env.APP_DIR) ?? defaultAppDir),
		redisUrl: nonEmpty(env.REDIS_URL) ?? null,
		maxMessageBytes: positive(
			'MAX_MESSAGE_BYTES',
			nonEmpty(env.MAX_MESSAGE_BYTES),
			DEFAULT_MAX_MESSAGE_BYTES
		),
		maxConnectionsPerIp: positive(
			'MAX_CONNECTIONS_PER_IP',
			nonEmpty(env.MAX_CONNECTIONS_PER_IP),
			64
		)
	};
}

function nonEmpty(value: string | undefined): string | undefined {
	const trimmed = value?.trim();
	return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

function parsePort(value: string | undefined): number {
	if (value === undefined) return DEFAULT_PORT;
	const port = /^\d+$/.test(value) ? Number(value) : NaN;
	if (!Number.isInteger(port) || port > 65535) {
		throw new Error(`PORT must be an integer between 0 and 65535, got "${value}"`);
	}
	return port;
}

function positive(name: string, value: string | undefined, fallback: number): number {
	if (value === undefined) return fallback;
	const n = /^\d+$/.test(value) ? Number(value) : NaN;
	if (!Number.isSafeInteger(n) || n < 1) {
		throw new Error(`${name} must be a positive integer, got "${value}"`);
	}
	return n;
}
