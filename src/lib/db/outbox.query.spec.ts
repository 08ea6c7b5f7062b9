import { describe, expect, it } from 'vitest';
import { addOutboxRows, listOutbox, markOutboxSent, outboxPage } from './outbox.query';
import type { OutboxRow } from './workspace.db';

function row(i: number, accountId = 'a1'): OutboxRow {
	return {
		id: `m${i}`,
		createdAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
		status: 'queued',
		sentAt: '',
		kind: 'welcome',
		accountId,
		userId: `u${i}`,
		to: `u${i}@example.com`,
		toName: `User ${i}`,
		subject: 'Welcome',
		body: 'Hi'
	};
}

describe('outbox queries', () => {
	it('pages the whole Outbox newest first, with totals', async () => {
		const ws = crypto.randomUUID();
		await addOutboxRows(ws, [
			...Array.from({ length: 120 }, (_, i) => row(i, i < 100 ? 'a1' : 'a2'))
		]);
		const first = await outboxPage({ workspaceId: ws, accountId: null, offset: 0, limit: 50 });
		expect(first.total).toBe(120);
		expect(first.queued).toBe(120);
		expect(first.rows.map((r) => r.id).slice(0, 2)).toEqual(['m119', 'm118']);
		const last = await outboxPage({ workspaceId: ws, accountId: null, offset: 100, limit: 50 });
		expect(last.rows.map((r) => r.id)).toHaveLength(20);
		expect(last.rows.at(-1)?.id).toBe('m0');

		expect(await markOutboxSent(ws, 'm5', '2026-02-01T00:00:00.000Z')).toBe(true);
		expect(await markOutboxSent(ws, 'm5', '2026-02-02T00:00:00.000Z')).toBe(false);
		expect(await markOutboxSent(ws, 'missing', '2026-02-02T00:00:00.000Z')).toBe(false);
		const after = await outboxPage({ workspaceId: ws, accountId: null, offset: 0, limit: 1 });
		expect(after).toMatchObject({ total: 120, queued: 119 });
		const sent = (await listOutbox(ws)).find((r) => r.id === 'm5');
		expect(sent).toMatchObject({ status: 'sent', sentAt: '2026-02-01T00:00:00.000Z' });
	});

	it("limits an account's view to that account's e-mails", async () => {
		const ws = crypto.randomUUID();
		await addOutboxRows(
			ws,
			Array.from({ length: 30 }, (_, i) => row(i, i % 3 === 0 ? 'a2' : 'a1'))
		);
		const page = await outboxPage({ workspaceId: ws, accountId: 'a2', offset: 0, limit: 4 });
		expect(page.total).toBe(10);
		expect(page.rows.map((r) => r.id)).toEqual(['m27', 'm24', 'm21', 'm18']);
		expect((await listOutbox(ws, 'a2')).every((r) => r.accountId === 'a2')).toBe(true);
		expect(await listOutbox(ws)).toHaveLength(30);
	});
});
