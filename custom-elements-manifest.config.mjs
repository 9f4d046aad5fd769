/**
 * Custom Elements Manifest for @lp-schoten/elements: `npm run analyze` writes ./custom-elements.json,
 * which feeds Storybook's controls and docs (and any editor that reads the manifest).
 *
 * The element classes carry their public documentation as JSDoc (@csspart, @cssprop); the registration
 * modules (src/lp-*.ts) say which tag each class is defined as.
 */

/**
 * The registration modules call `defineElements({'lp-mission': LpMission})` rather than
 * `customElements.define()`, so the analyzer does not see the tags by itself. This plugin reads those
 * calls and records each one as the analyzer records a `customElements.define()`: a
 * `custom-element-definition` export, which links the class to its tag.
 */
function defineElementsCalls() {
  return {
    name: 'lp-schoten: defineElements() calls',
    analyzePhase({ts, node, moduleDoc}) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (node.expression.text !== 'defineElements') return;
      const [elements] = node.arguments;
      if (!elements || !ts.isObjectLiteralExpression(elements)) return;
      const imports = importedFrom(ts, node.getSourceFile(), moduleDoc.path);
      for (const property of elements.properties) {
        if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.initializer)) continue;
        const tagName = ts.isStringLiteral(property.name) ? property.name.text : property.name.getText();
        const className = property.initializer.text;
        moduleDoc.exports = [
          ...(moduleDoc.exports ?? []),
          {
            kind: 'custom-element-definition',
            name: tagName,
            declaration: {name: className, module: imports.get(className) ?? moduleDoc.path},
          },
        ];
      }
    },
  };
}

/** Where each name imported by a relative path comes from, as a manifest module path (`src/LpMission.ts`). */
function importedFrom(ts, sourceFile, modulePath) {
  const modules = new Map();
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const specifier = statement.moduleSpecifier.text;
    if (!specifier.startsWith('.')) continue;
    const resolved = new URL(specifier, `file:///${modulePath}`).pathname.slice(1).replace(/\.js$/, '.ts');
    const bindings = statement.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) modules.set(element.name.text, resolved);
    }
  }
  return modules;
}

/**
 * The manifest describes what a page author can use: attributes, public properties, parts and custom
 * properties. Protected and private members (the validated `levelInUse`, `variantInUse`, `layoutInUse`)
 * and the static `styles` are implementation, and would show up as confusing controls in Storybook.
 */
function publicMembersOnly() {
  const isPublic = (member) =>
    member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#') && !(member.static && member.name === 'styles');
  return {
    name: 'lp-schoten: public members only',
    packageLinkPhase({customElementsManifest}) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind === 'class' && declaration.members) {
            declaration.members = declaration.members.filter(isPublic);
          }
        }
      }
    },
  };
}

/** The manifest ships in the package beside lib/: it names the published modules, not the TypeScript sources. */
function publishedModulePaths() {
  const published = (value) => value.replace(/^\/?src\/(.*)\.[jt]s$/, 'lib/$1.js');
  const rewrite = (node) => {
    if (Array.isArray(node)) node.forEach(rewrite);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = published(value);
        else rewrite(value);
      }
    }
  };
  return {name: 'lp-schoten: published module paths', packageLinkPhase: ({customElementsManifest}) => rewrite(customElementsManifest)};
}

/**
 * The attributes take their defaults from one object (src/attributes.ts), which the analyzer reads as the
 * expression `defaults.variant`, not its value: the manifest names the value, as Storybook's docs, the
 * editor data and the framework types show it. The build has compiled lib/ before it analyzes.
 */
const {defaults} = await import('./lib/attributes.js');
function attributeDefaults() {
  const written = (value) => (typeof value === 'string' ? `'${value}'` : String(value));
  return {
    name: 'lp-schoten: attribute defaults',
    packageLinkPhase({customElementsManifest}) {
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        for (const member of [...(declaration.attributes ?? []), ...(declaration.members ?? [])]) {
          const name = member.fieldName ?? member.name;
          if (member.default === undefined && Object.hasOwn(defaults, name)) member.default = written(defaults[name]);
        }
      }
    },
  };
}

export default {
  globs: ['src/Lp*.ts', 'src/lp-*.ts'],
  outdir: '.',
  litelement: true,
  // package.json is not this tool's to edit; its "customElements" field is kept by hand.
  packagejson: false,
  plugins: [defineElementsCalls(), publicMembersOnly(), attributeDefaults(), publishedModulePaths()],
};
