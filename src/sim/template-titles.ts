import { fnv1a } from '../domain/hash.js';
import { ASPNET_TITLES } from './aspnet-titles.js';
import { BUMEN_TITLES } from './bumen-titles.js';
import { CMS_TITLES } from './cms-titles.js';
import { DEDE_TITLES } from './dede-titles.js';
import { DROPDOWN_TITLES } from './dropdown-titles.js';
import { EMPIRE_TITLES } from './empire-titles.js';
import { EPOINT_TITLES } from './epoint-titles.js';
import { GKTABLE_TITLES } from './gktable-titles.js';
import { HANWEB_TITLES } from './hanweb-titles.js';
import { JEECMS_TITLES } from './jeecms-titles.js';
import type { NavStyle } from './model.js';
import { OLDSITE_TITLES } from './oldsite-titles.js';
import { PBOOT_TITLES } from './pboot-titles.js';
import { PLATFORM_TITLES } from './platform-titles.js';
import { SCRIPTNAV_TITLES } from './scriptnav-titles.js';
import { SIDETREE_TITLES } from './sidetree-titles.js';
import { TILES_TITLES } from './tiles-titles.js';
import { VSB_TITLES } from './vsb-titles.js';
import { ZHANQUN_TITLES } from './zhanqun-titles.js';
import { ZHUANLAN_TITLES } from './zhuanlan-titles.js';

/** Templates whose sites title their columns in their own words. */
export const TEMPLATE_TITLES: Partial<Record<NavStyle, Record<string, string[]>>> = {
  platform: PLATFORM_TITLES,
  hanweb: HANWEB_TITLES,
  tiles: TILES_TITLES,
  sidetree: SIDETREE_TITLES,
  zhuanlan: ZHUANLAN_TITLES,
  bumen: BUMEN_TITLES,
  scriptnav: SCRIPTNAV_TITLES,
  zhanqun: ZHANQUN_TITLES,
  dropdown: DROPDOWN_TITLES,
  cms: CMS_TITLES,
  gktable: GKTABLE_TITLES,
  aspnet: ASPNET_TITLES,
  dede: DEDE_TITLES,
  pboot: PBOOT_TITLES,
  oldsite: OLDSITE_TITLES,
  jeecms: JEECMS_TITLES,
  epoint: EPOINT_TITLES,
  empire: EMPIRE_TITLES,
  vsb: VSB_TITLES,
};

/** The title a site gives a column among `variants`: stable per site and category. */
export const chooseTitle = (bureauId: string, category: string, variants: readonly string[]): string =>
  variants[fnv1a(`${bureauId}/${category}`) % variants.length] as string;
