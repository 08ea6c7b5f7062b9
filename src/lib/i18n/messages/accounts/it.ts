import type { AreaMessages } from '../types';
import type { accounts } from './en';

export const it: AreaMessages<typeof accounts> = {};
