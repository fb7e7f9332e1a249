// Drops Tailwind's registrations of custom properties that no remaining rule reads, once a page's CSS has been trimmed.
// Tailwind declares each --tw-* property twice: an @property rule, and an initial value for browsers without @property.

/** Remove `@property --x {…}` rules and `--x: initial` declarations whose property no `var(--x…)` uses. */
export function dropUnusedProperties(css: string): string {
  const used = new Set([...css.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]!));
  let out = css.replace(/@property\s+(--[\w-]+)\s*\{[^{}]*\}/g, (rule, name: string) => (used.has(name) ? rule : ''));
  out = out.replace(/(--tw-[\w-]+):[^;{}]*;?/g, (decl, name: string) => (used.has(name) ? decl : ''));
  // Blocks left with nothing inside (`*,:before{}`, then the @supports and @layer around them).
  for (let previous = ''; previous !== out; ) {
    previous = out;
    out = out.replace(/[^{};]*\{\s*\}/g, '');
  }
  return out;
}
