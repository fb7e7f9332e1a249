// The editing UI as Astro integrations, for the edit server only (astro.edit.config.ts): React and Keystatic, whose
// admin and API routes are rendered on demand (so `astro build` would need an adapter: it never loads them).
import react from '@astrojs/react';
import keystatic from '@keystatic/astro';
import type { AstroIntegration } from 'astro';

export default function editing(): AstroIntegration[] {
  return [react(), keystatic()];
}
