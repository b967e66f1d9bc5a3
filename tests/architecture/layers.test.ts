import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The rules of the layout (DESIGN.md §2), read from the code's own imports: who may import whom, no cycle
 * between folders, no source file over 300 lines. The table below is the rule; the code is checked against it.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const MAX_LINES = 300;

/** What each layer may import besides itself. `ports` is app/ports.ts: the face of the app commands see. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  domain: [],
  extract: ['domain'],
  render: ['domain'],
  store: ['domain'],
  config: ['domain'],
  crawl: ['extract', 'domain', 'config'],
  digest: ['domain', 'render'],
  sim: ['domain', 'extract'],
  ports: ['domain', 'render'],
  commands: ['domain', 'render', 'ports'],
  chat: ['commands', 'domain', 'render', 'config'],
  dashboard: ['domain', 'render', 'digest'],
  app: ['ports', 'chat', 'crawl', 'store', 'digest', 'extract', 'render', 'config', 'domain', 'dashboard'],
  cli: [
    'app',
    'ports',
    'chat',
    'crawl',
    'store',
    'digest',
    'extract',
    'render',
    'config',
    'domain',
    'sim',
    'commands',
    'dashboard',
  ],
  main: ['cli'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|js)$/.test(name) ? [full] : [];
  });
}

function layerOf(file: string): string | null {
  const rel = path.relative(ROOT, file).split(path.sep);
  if (rel[0] === 'commands') return 'commands';
  if (rel[0] !== 'src') return null;
  if (rel.length === 2) return rel[1] === 'main.ts' ? 'main' : 'src-root';
  if (rel[1] === 'app' && rel[2] === 'ports.ts') return 'ports';
  return rel[1] ?? null;
}

interface Edge {
  from: string;
  to: string;
  fromLayer: string;
  toLayer: string;
}

const files = [...sourceFiles(path.join(ROOT, 'src')), ...sourceFiles(path.join(ROOT, 'commands'))];
const edges: Edge[] = files.flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]/g)].map((m) => m[1]);
  return specs.flatMap((spec) => {
    const target = path.resolve(path.dirname(file), (spec as string).replace(/\.js$/, '.ts'));
    const fromLayer = layerOf(file);
    const toLayer = layerOf(target);
    return fromLayer && toLayer ? [{ from: file, to: target, fromLayer, toLayer }] : [];
  });
});
const rel = (f: string) => path.relative(ROOT, f);

describe('architecture', () => {
  it('knows every layer it finds, and keeps only the entry point at the root of src/', () => {
    const layers = new Set(files.map(layerOf));
    for (const layer of layers) expect(Object.keys(MAY_IMPORT), `layer ${layer}`).toContain(layer);
    expect(files.filter((f) => layerOf(f) === 'src-root').map(rel)).toEqual([]);
  });

  it('imports no layer upward', () => {
    const upward = edges
      .filter((e) => e.fromLayer !== e.toLayer && !MAY_IMPORT[e.fromLayer]?.includes(e.toLayer))
      .map((e) => `${rel(e.from)} (${e.fromLayer}) → ${rel(e.to)} (${e.toLayer})`);
    expect(upward).toEqual([]);
  });

  it('lets chat reach commands only through commands/index.ts', () => {
    const around = edges
      .filter((e) => e.fromLayer === 'chat' && e.toLayer === 'commands' && rel(e.to) !== 'commands/index.ts')
      .map((e) => `${rel(e.from)} → ${rel(e.to)}`);
    expect(around).toEqual([]);
  });

  it('has no cycle between folders', () => {
    const graph = new Map<string, Set<string>>();
    for (const e of edges) {
      if (e.fromLayer === e.toLayer) continue;
      if (!graph.has(e.fromLayer)) graph.set(e.fromLayer, new Set());
      graph.get(e.fromLayer)?.add(e.toLayer);
    }
    // Tarjan's strongly connected components: any component of more than one folder is a cycle.
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const cycles: string[] = [];
    const visit = (node: string) => {
      index.set(node, index.size);
      low.set(node, index.get(node) as number);
      stack.push(node);
      for (const next of graph.get(node) ?? []) {
        if (!index.has(next)) {
          visit(next);
          low.set(node, Math.min(low.get(node) as number, low.get(next) as number));
        } else if (stack.includes(next)) low.set(node, Math.min(low.get(node) as number, index.get(next) as number));
      }
      if (low.get(node) !== index.get(node)) return;
      const component: string[] = [];
      let top: string | undefined;
      do {
        top = stack.pop();
        if (top) component.push(top);
      } while (top && top !== node);
      if (component.length > 1) cycles.push(component.sort().join(' ↔ '));
    };
    for (const node of graph.keys()) if (!index.has(node)) visit(node);
    expect(cycles).toEqual([]);
  });

  it(`has no source file over ${MAX_LINES} lines`, () => {
    const long = files
      .map((f) => ({ file: rel(f), lines: readFileSync(f, 'utf8').split('\n').length - 1 }))
      .filter((f) => f.lines > MAX_LINES)
      .map((f) => `${f.file}: ${f.lines} lines`);
    expect(long).toEqual([]);
  });
});
