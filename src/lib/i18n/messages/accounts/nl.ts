import type { AreaMessages } from '../types';
import type { accounts } from './en';

export const nl: AreaMessages<typeof accounts> = {};
