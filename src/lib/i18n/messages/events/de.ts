import type { AreaMessages } from '../types';
import type { events } from './en';

export const de: AreaMessages<typeof events> = {};
