export type ToastKind = 'info' | 'error' | 'success';

export interface Toast {
	id: number;
	kind: ToastKind;
	text: string;
}

/** Short messages at the bottom of the screen; errors stay until closed, others for 6 seconds. */
class Toasts {
	#items = $state.raw<Toast[]>([]);
	#next = 1;

	get items(): Toast[] {
		return this.#items;
	}

	show(kind: ToastKind, text: string): number {
		const id = this.#next++;
		this.#items = [...this.#items, { id, kind, text }];
		if (kind !== 'error') setTimeout(() => this.close(id), 6000);
		return id;
	}

	close(id: number): void {
		this.#items = this.#items.filter((t) => t.id !== id);
	}
}

export const toasts = new Toasts();
