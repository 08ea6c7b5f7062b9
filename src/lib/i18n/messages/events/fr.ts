import type { AreaMessages } from '../types';
import type { events } from './en';

export const fr: AreaMessages<typeof events> = {};
