import type { Bureau } from '../domain/types.js';
import { closest, didYouMean } from './closest.js';

/**
 * Why some of `ids` (e.g. from `landwatch check --bureau`) name no configured bureau, one line per unknown
 * id with the closest known ids; undefined when every id is known. A bureau's name, or part of it, is
 * answered with its id.
 */
export function checkBureauIds(
  config: { bureaus: readonly Pick<Bureau, 'id' | 'name'>[] },
  ids: readonly string[],
): string | undefined {
  const known = new Set(config.bureaus.map((b) => b.id));
  const lines = [...new Set(ids)]
    .filter((id) => !known.has(id))
    .map((id) => {
      const byName = config.bureaus.filter((b) => b.name === id || (id.length >= 2 && b.name.includes(id)));
      const near = byName.length > 0 ? byName.slice(0, 3).map((b) => b.id) : closest(id, known);
      const hint = didYouMean(near) || `no configured id is close to it (${known.size} bureaus are configured)`;
      return `unknown bureau id "${id}": ${hint}`;
    });
  return lines.length > 0 ? lines.join('\n') : undefined;
}
