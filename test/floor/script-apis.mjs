/**
 * The web platform and JavaScript APIs a built script calls, found by reading it, and which of them the
 * browsers of the floor lack where the script does not guard them.
 *
 * The script is minified, and a property name alone does not say what it belongs to: `.states` can only
 * be `ElementInternals.states`, but `.add` is `Set.prototype.add`, `DOMTokenList.add` or
 * `CustomStateSet.add`. So every global the data knows is looked up exactly (`MutationObserver`,
 * `customElements`), a member of a known global exactly too (`CSSStyleSheet.prototype`), and any other
 * member by its name among all the interfaces and built-ins of the data: a name counts as newer than the
 * floor only if every API of that name is. A guard is a `try` block around the call, an optional call
 * (`this.attachInternals?.()`), or a test of the name (`if (x.states)`, `'states' in x`, `typeof`)
 * around or before it.
 */
import bcd from '@mdn/browser-compat-data' with {type: 'json'};
import * as acorn from 'acorn';
import * as walk from 'acorn-walk';
import {describeMissing, missingAtFloor} from './browser-floor.mjs';

const isFeature = (node) => node && typeof node === 'object' && node.__compat;

// Every member of an interface or built-in of the data, by its name: `states` → ['api.ElementInternals.states'].
const membersByName = new Map();
for (const [area, interfaces] of [['api', bcd.api], ['javascript.builtins', bcd.javascript.builtins]]) {
  for (const [name, members] of Object.entries(interfaces)) {
    for (const [member, data] of Object.entries(members)) {
      if (member === '__compat' || !isFeature(data)) continue;
      if (!membersByName.has(member)) membersByName.set(member, []);
      membersByName.get(member).push(`${area}.${name}.${member}`);
    }
  }
}

/** The feature of a global name: an interface or global function of the data, `Window`'s member, or a built-in. */
function globalFeature(name) {
  if (isFeature(bcd.api[name])) return `api.${name}`;
  if (isFeature(bcd.api.Window[name])) return `api.Window.${name}`;
  if (isFeature(bcd.javascript.builtins[name])) return `javascript.builtins.${name}`;
  return undefined;
}

const compatAt = (path) => path.split('.').reduce((node, key) => node?.[key], bcd).__compat;

/** The names along a member expression: `g.trustedTypes.createPolicy` → g, trustedTypes, createPolicy. */
function namesAlong(node) {
  const names = [];
  for (let part = node; part; part = part.type === 'MemberExpression' ? part.object : undefined) {
    if (part.type === 'MemberExpression' && !part.computed) names.push(part.property.name);
    if (part.type === 'Identifier') names.push(part.name);
  }
  return names;
}

/**
 * True where `node` (a use of the API `name`) sits inside a guard, given its ancestors (outermost first):
 * a `try` block, an optional call, `typeof` or `in`, or a test that names it or what it is read from
 * (`trustedTypes ? trustedTypes.createPolicy(…) : undefined`).
 */
function isGuarded(node, name, ancestors) {
  const tested = new Set(node.type === 'MemberExpression' ? namesAlong(node) : [name]);
  const mentions = (tree) => {
    let found = false;
    walk.full(tree, (part) => {
      if (part.type === 'MemberExpression' && !part.computed && tested.has(part.property.name)) found = true;
      if (part.type === 'Identifier' && tested.has(part.name)) found = true;
      if (part.type === 'Literal' && tested.has(part.value)) found = true;
    });
    return found;
  };
  for (let i = ancestors.length - 2; i >= 0; i--) {
    const parent = ancestors[i];
    const child = ancestors[i + 1];
    if (parent.type === 'TryStatement' && parent.block === child) return true;
    if (parent.type === 'CallExpression' && parent.optional && parent.callee === child && child === node) return true;
    if (parent.type === 'UnaryExpression' && parent.operator === 'typeof') return true;
    if (parent.type === 'BinaryExpression' && parent.operator === 'in') return true;
    // Read as a test, or used where a test of the same name holds.
    if ((parent.type === 'IfStatement' || parent.type === 'ConditionalExpression') && (parent.test === child || mentions(parent.test))) return true;
    if (parent.type === 'LogicalExpression' && (parent.left === child || mentions(parent.left))) return true;
  }
  return false;
}

/**
 * Checks one script against the floor. `source` names it in findings. Returns the APIs it uses (paths in
 * the compatibility data; for a member name shared by several APIs, the name) and the findings.
 */
export function checkScript(code, floor, source, {module = true} = {}) {
  const ast = acorn.parse(code, {ecmaVersion: 'latest', sourceType: module ? 'module' : 'script'});
  const used = new Set();
  const findings = [];
  const report = (path, missing, where) =>
    findings.push(`${source}: ${where}: ${path} is newer than the floor (${describeMissing(missing)}), and nothing guards its use`);

  // The script's own properties: class members, object keys and `this.x = …`. `this.variant` is the
  // element's, not `FontFace.variant`.
  const own = new Set();
  walk.full(ast, (node) => {
    if ((node.type === 'Property' || node.type === 'MethodDefinition' || node.type === 'PropertyDefinition') && node.key.type === 'Identifier') own.add(node.key.name);
    if (node.type === 'AssignmentExpression' && node.left.type === 'MemberExpression' && node.left.object.type === 'ThisExpression' && !node.left.computed) own.add(node.left.property.name);
  });

  const check = (paths, label, node, name, ancestors) => {
    used.add(label);
    const missing = paths.map((path) => missingAtFloor(compatAt(path), floor));
    // Some API of that name is there from the floor: assume the script means that one.
    if (missing.some((lacks) => lacks.length === 0)) return;
    if (isGuarded(node, name, ancestors)) return;
    report(paths.join(' or '), missing[0], `${label} at offset ${node.start}`);
  };

  walk.ancestor(ast, {
    Identifier(node, _state, ancestors) {
      const parent = ancestors.at(-2);
      // A property name or a key is not a reference to a global.
      if (parent?.type === 'MemberExpression' && parent.property === node && !parent.computed) return;
      if ((parent?.type === 'Property' || parent?.type === 'MethodDefinition' || parent?.type === 'PropertyDefinition') && parent.key === node) return;
      const feature = globalFeature(node.name);
      if (feature) check([feature], feature, node, node.name, ancestors);
    },
    MemberExpression(node, _state, ancestors) {
      const name = node.computed ? (typeof node.property.value === 'string' ? node.property.value : undefined) : node.property.name;
      if (!name) return;
      const owner = node.object.type === 'Identifier' ? globalFeature(node.object.name) : undefined;
      const exact = owner && compatAt(owner)?.support && isFeature(owner.split('.').reduce((tree, key) => tree[key], bcd)[name]);
      if (exact) return check([`${owner}.${name}`], `${owner}.${name}`, node, name, ancestors);
      if (own.has(name)) return;
      const candidates = membersByName.get(name);
      if (candidates) check(candidates, candidates.length === 1 ? candidates[0] : `.${name}`, node, name, ancestors);
    },
  });
  return {used, findings};
}
