import type { NavStyle } from '../../src/sim/model.js';

/** The templates written blind, held out of tuning: landwatch is scored on them, never fitted to them. */
export const HOLDOUT_STYLES: NavStyle[] = [
  'bumen',
  'scriptnav',
  'zhanqun',
  'dropdown',
  'cms',
  'gktable',
  'aspnet',
  'dede',
  'pboot',
  'oldsite',
  'jeecms',
  'epoint',
  'empire',
  'vsb',
];
