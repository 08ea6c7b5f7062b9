import type { Messages } from './en';
import { fr as shell } from './shell/fr';
import { fr as accounts } from './accounts/fr';
import { fr as users } from './users/fr';
import { fr as outbox } from './outbox/fr';
import { fr as events } from './events/fr';
import { fr as dashboard } from './dashboard/fr';

export const fr: Messages = {
	...shell,
	...accounts,
	...users,
	...outbox,
	...events,
	...dashboard
};
