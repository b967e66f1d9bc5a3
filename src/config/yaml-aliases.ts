import { type Alias, type Document, isAlias, isCollection, isPair, type Node, visit } from 'yaml';

/**
 * How many values the aliases of one document may add when expanded. Far above what a real
 * bureaus.yaml needs (3,000 bureaus sharing one 15-section block add under 100,000), far below what a
 * "billion laughs" builds.
 */
export const MAX_ALIAS_EXPANSION = 1_000_000;

/**
 * Problems with a document's aliases, each with the offset of the alias: one naming no anchor set before
 * it, one inside the node it repeats (a cycle no consumer can walk), and the first one past
 * MAX_ALIAS_EXPANSION (an alias bomb). Checked before `toJS`, which would throw without saying where.
 */
export function aliasProblems(doc: Document): { offset: number; message: string }[] {
  const anchors = new Map<string, Node>();
  const targets = new Map<Alias, Node>();
  const problems: { offset: number; message: string }[] = [];
  // Document order, as yaml resolves an alias: to the last anchor of that name before it.
  visit(doc, {
    Node(_, node) {
      if (!isAlias(node)) {
        if (node.anchor) anchors.set(node.anchor, node);
        return;
      }
      const offset = node.range?.[0] ?? 0;
      const target = anchors.get(node.source);
      if (!target)
        problems.push({ offset, message: `alias *${node.source} names no anchor &${node.source} set before it` });
      else if (contains(target, offset))
        problems.push({ offset, message: `alias *${node.source} repeats a node that contains it` });
      else targets.set(node, target);
    },
  });
  if (problems.length > 0) return problems;
  const sizes = new Map<Node, number>();
  // Aliases inside a target come before the alias to it, so this terminates and the memo fills in order.
  const size = (node: unknown): number => {
    if (isAlias(node)) return size(targets.get(node));
    if (isPair(node)) return size(node.key) + size(node.value);
    if (!isCollection(node)) return node ? 1 : 0;
    let n = sizes.get(node);
    if (n === undefined) {
      n = 1;
      for (const item of node.items) n += size(item);
      sizes.set(node, n);
    }
    return n;
  };
  let expanded = 0;
  for (const [alias, target] of targets) {
    expanded += size(target);
    if (expanded > MAX_ALIAS_EXPANSION) {
      return [
        {
          offset: alias.range?.[0] ?? 0,
          message: `too many aliases: expanding them would build more than ${MAX_ALIAS_EXPANSION} values (an alias bomb?)`,
        },
      ];
    }
  }
  return [];
}

function contains(node: Node, offset: number): boolean {
  return node.range ? node.range[0] <= offset && offset < node.range[2] : false;
}
