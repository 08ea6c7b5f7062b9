/**
 * Code the bench runs inside the page (passed to `page.evaluate` / `addInitScript`). Kept
 * free of imports and outer references: Playwright serializes these functions and runs them in
 * the browser (tsx's `__name` helper is stubbed there by `NAME_HELPER`).
 */

/** esbuild (tsx) wraps named inner functions in `__name(...)`; the page has no such helper. */
export const NAME_HELPER = 'globalThis.__name = (fn) => fn;';

/**
 * Arms a one-shot measurement of the next `input` event (read it with `keystrokeResult`): the
 * time from that event to the first animation frame where the table rows reflect `query` (every
 * query word is the prefix of a word of each shown row, accent- and case-insensitively) after the
 * rows changed. `changed: false` when the rows did not need to change for the new query.
 */
export function armKeystroke(query: string): void {
	const fold = (s: string) =>
		s
			.toLowerCase()
			.normalize('NFD')
			.replace(/\p{M}+/gu, '');
	const words = (s: string) =>
		fold(s)
			.split(/[^\p{L}\p{N}]+/u)
			.filter(Boolean);
	const wanted = words(query);
	const reflects = (): boolean => {
		const rows = [...document.querySelectorAll('main tbody tr[aria-rowindex]')].slice(0, 15);
		return rows.every((row) => {
			const have = words(row.textContent ?? '');
			return wanted.every((w) => have.some((h) => h.startsWith(w)));
		});
	};
	const w = window as unknown as { __keystroke?: Promise<{ ms: number; changed: boolean }> };
	w.__keystroke = new Promise((resolve) => {
		// Never wait for ever: a keystroke that produced no input event counts as failed.
		const giveUp = setTimeout(() => resolve({ ms: NaN, changed: false }), 10_000);
		document.addEventListener(
			'input',
			() => {
				clearTimeout(giveUp);
				const t0 = performance.now();
				let changed = false;
				const body = document.querySelector('main tbody') ?? document.querySelector('main');
				const observer = new MutationObserver(() => (changed = true));
				if (body) observer.observe(body, { childList: true, subtree: true, characterData: true });
				const frame = () => {
					const now = performance.now();
					const done =
						(changed && reflects()) || (now - t0 > 1000 && reflects()) || now - t0 > 5000;
					if (done) {
						observer.disconnect();
						resolve({ ms: reflects() ? now - t0 : NaN, changed });
					} else requestAnimationFrame(frame);
				};
				requestAnimationFrame(frame);
			},
			{ once: true, capture: true }
		);
	});
}

export function keystrokeResult(): Promise<{ ms: number; changed: boolean }> {
	const w = window as unknown as { __keystroke?: Promise<{ ms: number; changed: boolean }> };
	return w.__keystroke ?? Promise.resolve({ ms: NaN, changed: false });
}

/**
 * Arms a measurement from the next click (e.g. on a navigation link, or "Apply") to the first
 * animation frame where the page at a path ending with `pathEnd` shows data rows that all
 * contain `text` (any rows when empty), after the rows changed. Read it with `armedResult`.
 */
export function armRows(args: { pathEnd: string; text: string }): void {
	const w = window as unknown as { __armed?: Promise<number> };
	w.__armed = new Promise((resolve) => {
		const giveUp = setTimeout(() => resolve(NaN), 90_000);
		document.addEventListener(
			'click',
			() => {
				clearTimeout(giveUp);
				const t0 = performance.now();
				let changed = false;
				const observer = new MutationObserver(() => (changed = true));
				observer.observe(document.body, { childList: true, subtree: true, characterData: true });
				const frame = () => {
					const now = performance.now();
					const rows = [...document.querySelectorAll('main tbody tr[aria-rowindex]')].slice(0, 15);
					const ready =
						changed &&
						location.pathname.endsWith(args.pathEnd) &&
						rows.length > 0 &&
						rows.every((r) => (r.textContent ?? '').includes(args.text));
					if (ready || now - t0 > 60_000) {
						observer.disconnect();
						resolve(ready ? now - t0 : NaN);
					} else requestAnimationFrame(frame);
				};
				requestAnimationFrame(frame);
			},
			{ once: true, capture: true }
		);
	});
}

export function armedResult(): Promise<number> {
	const w = window as unknown as { __armed?: Promise<number> };
	return w.__armed ?? Promise.resolve(NaN);
}
