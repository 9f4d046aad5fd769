/**
 * The elements' public HTML API, as tools for partners describe it: each tag with its description and its
 * attributes, each attribute with its description, default and accepted values. Read from the Custom
 * Elements Manifest (`npm run analyze`), with each attribute's type expanded from the published
 * declarations (`lib/*.d.ts`) by TypeScript, so that `Variant` becomes `'plain' | 'card'`.
 */
import {readFileSync} from 'node:fs';
import ts from 'typescript';

const root = new URL('../', import.meta.url);

/**
 * The accepted values of a type: its literal members, or `boolean`, as TypeScript resolves it. A property
 * typed `Variant | string` holds whatever a page wrote, to warn about it; what it accepts is `Variant`.
 */
function acceptedValues(checker, type) {
  if (type.flags & ts.TypeFlags.Boolean) return {boolean: true};
  const members = type.isUnion() ? type.types : [type];
  const values = members.filter((member) => member.isLiteral()).map((member) => member.value);
  if (values.length === 0) throw new Error(`no literal values to accept in ${checker.typeToString(type)}`);
  // Numbers in their order (TypeScript keeps a union in the order it met its members); words as declared.
  return {values: values.every((value) => typeof value === 'number') ? values.sort((a, b) => a - b) : values};
}

/** `[{tag, className, description, attributes: [{name, property, description, default, values | boolean}]}]` */
export function elementApi() {
  const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
  const declarationsOf = (module) => new URL(module.replace(/\.js$/, '.d.ts'), root).pathname;
  const elements = manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName).map((declaration) => ({module, declaration}))
  );
  const program = ts.createProgram(
    elements.map(({module}) => declarationsOf(module.path)),
    {strict: true, noEmit: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext}
  );
  const checker = program.getTypeChecker();

  return elements.map(({module, declaration}) => {
    const source = program.getSourceFile(declarationsOf(module.path));
    const classSymbol = checker.getExportsOfModule(checker.getSymbolAtLocation(source)).find((symbol) => symbol.name === declaration.name);
    const instance = checker.getDeclaredTypeOfSymbol(classSymbol);
    return {
      tag: declaration.tagName,
      className: declaration.name,
      description: declaration.description ?? '',
      attributes: (declaration.attributes ?? []).map((attribute) => {
        const property = checker.getPropertyOfType(instance, attribute.fieldName);
        if (!property) throw new Error(`${declaration.name} has no property ${attribute.fieldName} for ${attribute.name}`);
        return {
          name: attribute.name,
          property: attribute.fieldName,
          description: attribute.description ?? '',
          default: attribute.default,
          ...acceptedValues(checker, checker.getNonNullableType(checker.getTypeOfSymbol(property))),
        };
      }),
    };
  });
}
