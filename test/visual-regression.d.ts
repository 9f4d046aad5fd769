// The package's own index.d.ts re-exports './browser/commands.mjs', for which TypeScript finds no types.
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}
