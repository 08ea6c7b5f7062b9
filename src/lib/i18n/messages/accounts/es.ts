import type { AreaMessages } from '../types';
import type { accounts } from './en';

export const es: AreaMessages<typeof accounts> = {};
