import type { AreaMessages } from '../types';
import type { accounts } from './en';

export const de: AreaMessages<typeof accounts> = {};
