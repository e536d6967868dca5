// Reads the weapp bundle's JavaScript as WeChat runs it (each file a CommonJS module) with Babel's
// parser and scope analysis, which @babel/core already brings: the free identifiers each file uses (what
// it expects from the global environment), whether each use is guarded, and which properties it reads.
import { parse } from '@babel/parser';
import _traverse, { type NodePath } from '@babel/traverse';
import type { Identifier, MemberExpression, Node } from '@babel/types';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFiles } from './weapp-files';

// @babel/traverse is CommonJS with a default export.
const traverse = ((_traverse as unknown as { default?: typeof _traverse }).default ?? _traverse) as typeof _traverse;

/** How a use of a free identifier is protected when the global is missing. */
export type Guard = 'typeof' | 'try' | null;

export interface FreeReference {
  name: string;
  file: string;
  line: number;
  guard: Guard;
}

export interface BundleScan {
  free: FreeReference[];
  /** Non-computed property names read anywhere (`x.chooseImage`, `x["chooseImage"]`), with counts. */
  properties: Map<string, number>;
}

// The wrapper WeChat puts around each file; its line adds none (the source starts on the same line).
const WRAP_START = '(function (require, module, exports) {';

/** Does this expression test `typeof name` (or `typeof name.x…`)? */
function teststypeof(test: Node, name: string): boolean {
  let found = false;
  const visit = (node: unknown): void => {
    if (found || !node || typeof node !== 'object') return;
    const n = node as Node;
    if (n.type === 'UnaryExpression' && n.operator === 'typeof') {
      let target: Node = n.argument;
      while (target.type === 'MemberExpression') target = target.object;
      if (target.type === 'Identifier' && target.name === name) found = true;
    }
    for (const [key, value] of Object.entries(n)) {
      if (key === 'loc' || key === 'start' || key === 'end' || key === 'extra') continue;
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object' && 'type' in value) visit(value);
    }
  };
  visit(test);
  return found;
}

/**
 * A use is guarded when it is a `typeof` test itself, sits in the branch of a condition that tests
 * `typeof` of the same name (`typeof X < "u" ? X : null`, `typeof X == "object" && X.now`), or sits in
 * the block of a try statement of its own function (a ReferenceError is caught there).
 */
function guardOf(path: NodePath<Identifier>): Guard {
  const { name } = path.node;
  // `typeof X` or `typeof X.y.z`: the operand itself.
  let operand: NodePath = path;
  while (operand.parentPath?.isMemberExpression() && operand.key === 'object') operand = operand.parentPath;
  if (operand.parentPath?.isUnaryExpression({ operator: 'typeof' })) return 'typeof';
  let child: NodePath = path;
  let sameFunction = true;
  for (let p: NodePath | null = path.parentPath; p; child = p, p = p.parentPath) {
    if ((p.isConditionalExpression() || p.isIfStatement()) && child.key !== 'test' && teststypeof(p.node.test, name)) return 'typeof';
    if (p.isLogicalExpression() && child.key === 'right' && teststypeof(p.node.left, name)) return 'typeof';
    if (sameFunction && p.isTryStatement() && child.key === 'block') return 'try';
    if (p.isFunction()) sameFunction = false;
  }
  return null;
}

export function scanBundle(root: string): BundleScan {
  const free: FreeReference[] = [];
  const properties = new Map<string, number>();
  const count = (name: string): void => void properties.set(name, (properties.get(name) ?? 0) + 1);
  for (const file of buildFiles(root, '.js')) {
    const source = `${WRAP_START}${readFileSync(join(root, file), 'utf8')}\n})`;
    const ast = parse(source, { sourceType: 'script', errorRecovery: false });
    traverse(ast, {
      ReferencedIdentifier(path: NodePath) {
        if (!path.isIdentifier()) return;
        const { name } = path.node;
        if (name === 'arguments' || path.scope.hasBinding(name, { noGlobals: true })) return;
        free.push({ name, file, line: path.node.loc?.start.line ?? 0, guard: guardOf(path) });
      },
      MemberExpression(path: NodePath<MemberExpression>) {
        const { property, computed } = path.node;
        if (!computed && property.type === 'Identifier') count(property.name);
        else if (computed && property.type === 'StringLiteral') count(property.value);
      },
    });
  }
  return { free, properties };
}
