import { tick } from 'svelte';

/**
 * Remembers the focused element (a dialog's trigger) and returns a function that gives the focus
 * back to it: a dialog removed from the page while open leaves the focus on the body otherwise.
 */
export function focusReturn(): () => void {
	const target = document.activeElement;
	return () => {
		void tick().then(() => {
			if (target instanceof HTMLElement && target.isConnected) target.focus();
		});
	};
}
