import { eventExportWords } from '$lib/components/events/export-words';
import { separatorFor } from '$lib/domain/csv';
import type { ShownEvent } from '$lib/domain/events';
import { exportFileName } from '$lib/domain/user-export';
import { downloadFile } from '$lib/download';
import { i18n, t } from '$lib/i18n/i18n.svelte';
import { serviceContext } from '$lib/services/context';
import { exportEvents } from '$lib/services/export.service';
import { handleError } from '$lib/services/handle-error';
import { session } from '$lib/state/session.svelte';
import { toasts } from '$lib/state/toasts.svelte';

/**
 * Writes events to a CSV file (the export worker) and saves it as `<account>-<what>-<date>.csv`;
 * a failure is told in a toast (spec 17: "Export (N)" and the Event Details' "Export").
 */
export async function downloadEvents(
	accountId: string,
	events: readonly ShownEvent[],
	what: string,
	date: string
): Promise<void> {
	const profile = session.profile;
	if (!profile) return;
	try {
		const result = await exportEvents(await serviceContext(profile), accountId, events, {
			separator: separatorFor(i18n.locale),
			words: eventExportWords()
		});
		if ('error' in result) {
			console.warn('Events export failed', result.error);
			toasts.show('error', t('users.export.failed'));
			return;
		}
		downloadFile(
			result.data.bytes,
			exportFileName(result.data.accountName, what, date, 'csv'),
			'text/csv;charset=utf-8'
		);
	} catch (error: unknown) {
		handleError(error);
	}
}
