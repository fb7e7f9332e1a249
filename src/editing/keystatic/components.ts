// The editor's component menu: every MDX component in src/lib/content/mdx-components.ts, with a field for each prop
// (ids picked from the data files, choices from the spec's own list), and a preview in the editor of what the page
// shows (a <Fig>'s formatted value, a chart's title and numbers). A new component in that table appears here by itself.
import { fields, type ComponentSchema } from '@keystatic/core';
import { block, inline, wrapper, type ContentComponent } from '@keystatic/core/content-components';
import { createElement as h, type ReactNode } from 'react';
import type { Choice, PickLists } from '@/lib/authoring/pick-lists';
import { MDX_COMPONENTS, type ComponentSpec, type PropSpec } from '@/lib/content/mdx-components';
import { omitEmpty, pickOne } from './pick-fields';

/** Components that sit inside a sentence; the others are blocks of their own (or wrap text, when they take children). */
export const INLINE_COMPONENTS: ReadonlySet<string> = new Set(['Fig', 'Cite']);

function propField(name: string, spec: PropSpec, lists: PickLists): ComponentSchema {
  const label = `${name} — ${spec.about.ko}`;
  const description = spec.about.en;
  const required = spec.required ?? false;
  const pick = (choices: Choice[]) => pickOne({ label, description, choices, required });
  switch (spec.kind.type) {
    case 'figure':
      return pick(lists.figures);
    case 'source':
      return pick(lists.sources);
    case 'recipient':
      return pick(lists.recipients);
    case 'choice':
      return pick(spec.kind.values.map((v) => ({ value: v, label: lists.charts.find((c) => c.value === v)?.label ?? v })));
    case 'flag':
      return omitEmpty(fields.checkbox({ label, description }));
    case 'number':
      return omitEmpty(fields.integer({ label, description, validation: { min: spec.kind.min } }));
    case 'date':
      return omitEmpty(fields.date({ label, description }));
    case 'text':
      return omitEmpty(fields.text({ label, description }));
  }
}

const box = (tag: string, children: ReactNode) =>
  h('span', { 'data-component': tag, style: { background: '#eef2ff', borderRadius: 4, padding: '0 4px', color: '#1e3a8a' } }, children);

/** What the editor shows in place of a component: as close to the page as the editor can get without the site's CSS. */
function preview(name: string, lists: PickLists, value: Record<string, unknown>, children?: ReactNode): ReactNode {
  const id = typeof value.id === 'string' ? value.id : '';
  switch (name) {
    case 'Fig':
      return box('Fig', lists.figureText.get(id)?.ko ?? `? ${id}`);
    case 'Cite':
      return box('Cite', `(${lists.sources.find((s) => s.value === id)?.label.split(' · ')[1] ?? id})`);
    case 'Chart':
    case 'AllocationChart': {
      const chart = lists.chartPreview.get(name === 'Chart' ? id : value.metric === 'value' ? 'allocation-value' : 'allocation-gpus');
      return h(
        'figure',
        { 'data-component': name, style: { margin: 0, padding: 8, border: '1px solid #c7d2fe', borderRadius: 6 } },
        h('figcaption', { style: { fontWeight: 600 } }, `📊 ${chart?.title ?? id}`),
        h(
          'table',
          {},
          h('tbody', {}, ...(chart?.rows ?? []).map((row, i) => h('tr', { key: i }, ...row.map((cell, j) => h('td', { key: j }, cell))))),
        ),
      );
    }
    default: {
      const props = Object.entries(value)
        .filter(([, v]) => v !== null && v !== '' && v !== false)
        .map(([k, v]) => `${k}=${String(v)}`)
        .join(' ');
      return h('div', { 'data-component': name }, box(name, `${name} ${props}`), children);
    }
  }
}

function component(name: string, spec: ComponentSpec, lists: PickLists): ContentComponent {
  const schema = Object.fromEntries(Object.entries(spec.props).map(([prop, p]) => [prop, propField(prop, p, lists)]));
  const label = `${name} — ${spec.about.ko}`;
  const description = spec.about.en;
  if (spec.children === 'required') {
    return wrapper({ label, description, schema, ContentView: ({ value, children }) => preview(name, lists, value, children) });
  }
  const ContentView = ({ value }: { value: Record<string, unknown> }) => preview(name, lists, value);
  return INLINE_COMPONENTS.has(name)
    ? inline({ label, description, schema, ContentView })
    : block({ label, description, schema, ContentView });
}

/** Every component editors may use, for fields.mdx({ components }). */
export function contentComponents(lists: PickLists): Record<string, ContentComponent> {
  return Object.fromEntries(Object.entries(MDX_COMPONENTS).map(([name, spec]) => [name, component(name, spec as ComponentSpec, lists)]));
}
