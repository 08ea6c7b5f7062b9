import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Work that must finish before the process exits, run in registration order. The relay will
 * register "close websocket clients" and then "flush persistence" here.
 */
export type ShutdownTask = () => Promise<void>;

export interface ShutdownOptions {
	tasks: readonly ShutdownTask[];
	/** How long in-flight HTTP responses may finish before their sockets are destroyed. */
	graceMs: number;
	logError: (message: string, error: unknown) => void;
}

export interface ConnectionTracker {
	destroyAll(): void;
}

/**
 * The server's own closeAllConnections() does not see upgraded (websocket) sockets, and those
 * would keep server.close() waiting forever, so every socket is tracked here.
 */
export function trackConnections(server: Server): ConnectionTracker {
	const sockets = new Set<Socket>();
	server.on('connection', (socket: Socket) => {
		sockets.add(socket);
		socket.once('close', () => sockets.delete(socket));
	});
	return {
		destroyAll() {
			for (const socket of sockets) socket.destroy();
		}
	};
}

/** Resolves to true when every task succeeded, i.e. nothing was lost. */
export async function shutdown(
	server: Server,
	connections: ConnectionTracker,
	options: ShutdownOptions
): Promise<boolean> {
	const closed = stopAccepting(server);
	server.closeIdleConnections();
	const forceClose = setTimeout(() => {
		connections.destroyAll();
	}, options.graceMs);
	const tasksSucceeded = await runTasks(options.tasks, options.logError);
	await closed;
	clearTimeout(forceClose);
	return tasksSucceeded;
}

function stopAccepting(server: Server): Promise<void> {
	// The callback's error only means "was not listening", which is fine when shutting down.
	return new Promise((resolve) =>
		server.close(() => {
			resolve();
		})
	);
}

async function runTasks(
	tasks: readonly ShutdownTask[],
	logError: ShutdownOptions['logError']
): Promise<boolean> {
	let succeeded = true;
	for (const task of tasks) {
		try {
			await task();
		} catch (error) {
			// Keep going: a failed websocket close must not prevent the persistence flush.
			logError('Shutdown task failed', error);
			succeeded = false;
		}
	}
	return succeeded;
}
