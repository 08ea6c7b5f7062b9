import type { AreaMessages } from '../types';
import type { accounts } from './en';

export const fr: AreaMessages<typeof accounts> = {};
