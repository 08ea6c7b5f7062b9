import { dev } from '$app/environment';

/**
 * A new version of the app, installed by the service worker and waiting. The app never reloads
 * by itself: the person chooses "Reload to update" when it suits them (not in the middle of an
 * import), and only then the new worker takes over and this tab reloads.
 */
class AppUpdate {
	#waiting = $state.raw<ServiceWorker | null>(null);
	#reloading = false;

	get available(): boolean {
		return this.#waiting !== null;
	}

	async register(): Promise<void> {
		if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return;
		const registration = await navigator.serviceWorker.register('/service-worker.js', {
			type: dev ? 'module' : 'classic'
		});
		if (registration.waiting && navigator.serviceWorker.controller)
			this.#waiting = registration.waiting;
		registration.addEventListener('updatefound', () => {
			const installing = registration.installing;
			installing?.addEventListener('statechange', () => {
				// Without a controller this is the first install, not an update.
				if (installing.state === 'installed' && navigator.serviceWorker.controller) {
					this.#waiting = installing;
				}
			});
		});
		navigator.serviceWorker.addEventListener('controllerchange', () => {
			if (this.#reloading) location.reload();
		});
		// Look for a new version now and then, and whenever the app comes back to the foreground.
		setInterval(() => void registration.update().catch(() => undefined), 30 * 60 * 1000);
		document.addEventListener('visibilitychange', () => {
			if (document.visibilityState === 'visible') void registration.update().catch(() => undefined);
		});
	}

	reload(): void {
		const waiting = this.#waiting;
		if (!waiting) return;
		this.#reloading = true;
		waiting.postMessage({ type: 'SKIP_WAITING' });
	}
}

export const appUpdate = new AppUpdate();
