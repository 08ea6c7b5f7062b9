/** One entry of a `MenuButton` menu: an action, or a submenu (`items`). */
export interface MenuItem {
	/** Stable key (unique among its siblings). */
	id: string;
	label: string;
	onselect?: () => void;
	/** Shown but not usable (aria-disabled, still reachable with the arrow keys). */
	disabled?: boolean;
	/** Marks a chosen option with a check mark (e.g. a filter already applied). */
	checked?: boolean;
	/** Entries of the submenu this item opens. */
	items?: MenuItem[];
}

/** The menu items of a menu element, in order (not those of its submenus). */
export function menuItemsOf(menu: HTMLElement | undefined): HTMLElement[] {
	if (!menu) return [];
	return [...menu.querySelectorAll<HTMLElement>(':scope > li > [role="menuitem"]')];
}

/** Moves focus inside a menu: next/previous (wrapping), first or last item. */
export function focusItem(
	menu: HTMLElement | undefined,
	to: 'next' | 'previous' | 'first' | 'last'
): void {
	const items = menuItemsOf(menu);
	if (items.length === 0) return;
	const current = items.findIndex((item) => item === document.activeElement);
	let index = 0;
	if (to === 'last') index = items.length - 1;
	else if (to === 'next') index = current < 0 ? 0 : (current + 1) % items.length;
	else if (to === 'previous') index = current <= 0 ? items.length - 1 : current - 1;
	items[index]?.focus();
}
