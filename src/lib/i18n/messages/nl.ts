import type { Messages } from './en';
import { nl as shell } from './shell/nl';
import { nl as accounts } from './accounts/nl';
import { nl as users } from './users/nl';
import { nl as outbox } from './outbox/nl';
import { nl as events } from './events/nl';
import { nl as dashboard } from './dashboard/nl';

export const nl: Messages = {
	...shell,
	...accounts,
	...users,
	...outbox,
	...events,
	...dashboard
};
