import { fnv1a } from '../domain/hash.js';
import { empirePick } from './empire-catalogue.js';
import { epointDialect } from './epoint-addresses.js';
import { epointPick } from './epoint-catalogue.js';
import { jeecmsPick } from './jeecms-catalogue.js';
import { navStyle } from './model.js';
import { oldsiteNamesInGbk } from './oldsite-addresses.js';
import { oldsitePick } from './oldsite-catalogue.js';
import { vsbPick } from './vsb-catalogue.js';

/**
 * Two sites in three of the seventh template are GBK, as older TRS sites are, half of the eighth's and fifteenth's and
 * one in three of the ninth's, twelfth's, thirteenth's and sixteenth's, one in four of the eleventh's and fourteenth's,
 * one in five of the seventeenth's older installs besides, two in three of the eighteenth's,
 * one in four of the nineteenth's, half the twentieth's older ASP.NET installs, two in five of the twenty-first's
 * (帝国CMS shipped GBK and UTF-8 builds, and older county installs took GBK), one in four of the twenty-second's
 * (older VSB installs, some of which publish GB2312 pages); the rest: 1 in 5.
 */
export function templateGbk(bureauId: string): boolean {
  const style = navStyle({ id: bureauId });
  if (style === 'zhuanlan') return fnv1a(`gbk8:${bureauId}`) % 2 === 0;
  if (style === 'aspnet') return fnv1a(`gbk15:${bureauId}`) % 2 === 0;
  if (style === 'bumen') return fnv1a(`gbk9:${bureauId}`) % 3 === 0;
  if (style === 'zhanqun') return fnv1a(`gbk11:${bureauId}`) % 4 === 0;
  if (style === 'dropdown') return fnv1a(`gbk12:${bureauId}`) % 3 === 0;
  if (style === 'cms') return fnv1a(`gbk13:${bureauId}`) % 3 === 0;
  if (style === 'dede') return fnv1a(`gbk16:${bureauId}`) % 3 === 0;
  if (style === 'gktable') return fnv1a(`gbk14:${bureauId}`) % 4 === 0;
  if (style === 'pboot') return fnv1a(`gbk17:${bureauId}`) % 5 === 0;
  if (style === 'jeecms') return jeecmsPick(bureauId, 'gbk', 4) === 0;
  if (style === 'epoint') return epointDialect(bureauId).name === 'dotnet' && epointPick(bureauId, 'gbk', 2) === 0;
  if (style === 'empire') return empirePick(bureauId, 'gbk', 5) < 2;
  if (style === 'vsb') return vsbPick(bureauId, 'gbk', 4) === 0;
  if (style === 'oldsite') return oldsiteNamesInGbk(bureauId) || oldsitePick(bureauId, 'gbk', 3) !== 0;
  return style === 'sidetree' && fnv1a(`gbk7:${bureauId}`) % 3 !== 0;
}
