import { describe, expect, it } from 'vitest';
import { expose } from 'comlink';
import { strFromU8, unzipSync } from 'fflate';
import { zipMessages } from '../../../workers/export.api';
import { WorkerHandle } from './export';

const api = {
	zip: (subject: string) =>
		zipMessages([
			{
				id: 'm1',
				createdAt: '2026-02-01T10:00:00Z',
				to: 'a@b.co',
				toName: 'Ann',
				subject,
				body: 'Hi\n'
			}
		]),
	slow: () => new Promise<number>((resolve) => setTimeout(() => resolve(1), 5_000)),
	fail: (): number => {
		throw new Error('broken input');
	}
};

/** A stand-in for a Worker in Node: one end of a MessageChannel, the API exposed on the other. */
function fakeWorkers() {
	const made: { port: MessagePort; terminated: boolean }[] = [];
	const create = (): Worker => {
		const { port1, port2 } = new MessageChannel();
		expose(api, port2);
		const entry = { port: port1, terminated: false };
		made.push(entry);
		return Object.assign(port1, {
			terminate: () => {
				entry.terminated = true;
				port1.close();
				port2.close();
			}
		}) as unknown as Worker;
	};
	return { made, create };
}

describe('WorkerHandle', () => {
	it('returns the worker result as data, reusing one worker', async () => {
		const { made, create } = fakeWorkers();
		const handle = new WorkerHandle<typeof api>(create);
		const first = await handle.call((w) => w.zip('Welcome'), 5_000);
		expect('data' in first && Object.keys(unzipSync(first.data))).toEqual(['welcome.eml']);
		const second = await handle.call((w) => w.zip('Grüße'), 5_000);
		expect('data' in second && strFromU8(unzipSync(second.data)['grusse.eml']!)).toContain(
			'Subject: =?UTF-8?B?'
		);
		expect(made).toHaveLength(1);
		handle.reset();
	});

	it('terminates a worker past its time budget and starts a new one for the next call', async () => {
		const { made, create } = fakeWorkers();
		const handle = new WorkerHandle<typeof api>(create);
		expect(await handle.call((w) => w.slow(), 50)).toEqual({ error: { kind: 'timeout' } });
		expect(made[0]!.terminated).toBe(true);
		expect('data' in (await handle.call((w) => w.zip('Again'), 5_000))).toBe(true);
		expect(made).toHaveLength(2);
		handle.reset();
	});

	it('reports a failing call as an error instead of throwing', async () => {
		const { create } = fakeWorkers();
		const handle = new WorkerHandle<typeof api>(create);
		const result = await handle.call((w) => w.fail(), 5_000);
		expect(result).toMatchObject({ error: { kind: 'failed', message: 'broken input' } });
		handle.reset();
	});

	it('fails at once when the worker itself crashes', async () => {
		const { made, create } = fakeWorkers();
		const handle = new WorkerHandle<typeof api>(create);
		const pending = handle.call((w) => w.slow(), 5_000);
		made[0]!.port.dispatchEvent(new Event('error'));
		expect(await pending).toEqual({ error: { kind: 'failed', message: 'The worker stopped' } });
		expect(made[0]!.terminated).toBe(true);
	});
});
