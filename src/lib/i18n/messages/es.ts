import type { Messages } from './en';
import { es as shell } from './shell/es';
import { es as accounts } from './accounts/es';
import { es as users } from './users/es';
import { es as outbox } from './outbox/es';
import { es as events } from './events/es';
import { es as dashboard } from './dashboard/es';

export const es: Messages = {
	...shell,
	...accounts,
	...users,
	...outbox,
	...events,
	...dashboard
};
