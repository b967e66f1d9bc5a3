import { stringify } from 'yaml';
import type { Bureau } from '../domain/types.js';
import { type SimNetwork, watchesDataproxy } from './model.js';

/** Bureaus as a user would configure them: the column URLs as they were before any redesign. */
export function simBureaus(network: SimNetwork, port: number): Bureau[] {
  return network.bureaus.map((b) => {
    const origin = `http://${b.address}:${port}`;
    return {
      id: b.id,
      name: b.name,
      level: b.level,
      province: b.province,
      parent: b.parent ?? undefined,
      homepage: `${origin}/`,
      sections: b.sections.map((s) => ({
        bureauId: b.id,
        category: s.category,
        url: `${origin}${s.path}${watchesDataproxy(b) ? 'dataproxy.jsp?startrecord=1&endrecord=60&perpage=20' : ''}`,
        hints: {},
      })),
    };
  });
}

/** The network as a `bureaus.yaml` a user could keep and edit. */
export function bureausYaml(bureaus: Bureau[]): string {
  return stringify({
    bureaus: bureaus.map((b) => ({
      id: b.id,
      name: b.name,
      level: b.level,
      province: b.province,
      ...(b.parent ? { parent: b.parent } : {}),
      homepage: b.homepage,
      sections: Object.fromEntries(b.sections.map((s) => [s.category, s.url])),
    })),
  });
}
