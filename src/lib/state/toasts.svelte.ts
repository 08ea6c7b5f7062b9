export type ToastKind = 'info' | 'error' | 'success';

export interface ToastAction {
	label: string;
	run: () => void;
}

export interface Toast {
	id: number;
	kind: ToastKind;
	text: string;
	action?: ToastAction;
}

/**
 * Short messages at the bottom of the screen; errors stay until closed, others for 6 seconds,
 * and a toast with an action (e.g. "Undo") for `durationMs` (10 s by default).
 */
class Toasts {
	#items = $state.raw<Toast[]>([]);
	#next = 1;

	get items(): Toast[] {
		return this.#items;
	}

	show(kind: ToastKind, text: string, action?: ToastAction, durationMs = 10_000): number {
		const id = this.#next++;
		this.#items = [...this.#items, { id, kind, text, action }];
		if (kind !== 'error' || action) setTimeout(() => this.close(id), action ? durationMs : 6000);
		return id;
	}

	close(id: number): void {
		this.#items = this.#items.filter((t) => t.id !== id);
	}
}

export const toasts = new Toasts();
