// Keystatic fields that pick from a list (a figure, a source, sources): a searchable box that offers only ids that exist,
// so an editor can neither mistype one nor name one the data files lack. Optional props that are left empty are left
// out of the file, as an editor writing by hand would (Keystatic otherwise writes prop="" or prop={false}).
import type { BasicFormField, FormFieldStoredValue } from '@keystatic/core';
import { Combobox, Item } from '@keystar/ui/combobox';
import { TagGroup, Item as TagItem } from '@keystar/ui/tag';
import { createElement as h, useState } from 'react';
import type { Choice } from '@/lib/authoring/pick-lists';

interface PickOptions {
  label: string;
  description?: string | undefined;
  choices: Choice[];
  required?: boolean;
}

const missing = (label: string) => `${label}: 목록에서 고르세요 · pick one from the list`;
const unknown = (label: string, id: string) => `${label}: '${id}'은(는) 목록에 없습니다 · '${id}' is not in the list`;

function problem(o: PickOptions, value: string | null): string | undefined {
  if (!value) return o.required ? missing(o.label) : undefined;
  return o.choices.some((c) => c.value === value) ? undefined : unknown(o.label, value);
}

/** One id from `choices`; left out of the file when empty and not required. */
export function pickOne(o: PickOptions): BasicFormField<string | null> {
  const parse = (v: FormFieldStoredValue) => (typeof v === 'string' && v !== '' ? v : null);
  return {
    kind: 'form',
    label: o.label,
    Input(props) {
      const [blurred, setBlurred] = useState(false);
      return h(Combobox<Choice>, {
        label: o.label,
        description: o.description,
        value: props.value,
        onChange: (key) => {
          if (typeof key === 'string' || key === null) props.onChange(key);
        },
        onBlur: () => setBlurred(true),
        isRequired: o.required,
        errorMessage: blurred || props.forceValidation ? problem(o, props.value) : undefined,
        autoFocus: props.autoFocus,
        defaultItems: o.choices,
        width: 'auto',
        menuTrigger: 'focus',
        children: (c: Choice) => h(Item<Choice>, { key: c.value, textValue: c.label, children: c.label }),
      });
    },
    defaultValue: () => null,
    parse,
    serialize: (value) => ({ value: value ?? undefined }),
    validate(value) {
      if (problem(o, value)) throw new Error(problem(o, value));
      return value;
    },
    reader: { parse },
  };
}

/** A list of ids from `choices`, each once, in the order picked. */
export function pickMany(o: PickOptions): BasicFormField<readonly string[]> {
  const parse = (v: FormFieldStoredValue) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const label = (id: string) => o.choices.find((c) => c.value === id)?.label ?? id;
  return {
    kind: 'form',
    label: o.label,
    Input(props) {
      const left = o.choices.filter((c) => !props.value.includes(c.value));
      const bad = props.value.filter((id) => !o.choices.some((c) => c.value === id));
      return h(
        'div',
        { style: { display: 'grid', gap: '0.5rem' } },
        h(Combobox<Choice>, {
          label: o.label,
          description: o.description,
          value: null,
          onChange: (key) => {
            if (typeof key === 'string' && !props.value.includes(key)) props.onChange([...props.value, key]);
          },
          errorMessage: props.forceValidation && bad.length ? unknown(o.label, bad.join(', ')) : undefined,
          defaultItems: left,
          width: 'auto',
          menuTrigger: 'focus',
          children: (c: Choice) => h(Item<Choice>, { key: c.value, textValue: c.label, children: c.label }),
        }),
        h(TagGroup<{ id: string }>, {
          'aria-label': o.label,
          items: props.value.map((id) => ({ id })),
          onRemove: (keys) => props.onChange(props.value.filter((id) => !keys.has(id))),
          renderEmptyState: () => h('span', {}, '—'),
          children: (item: { id: string }) =>
            h(TagItem<{ id: string }>, { key: item.id, textValue: label(item.id), children: label(item.id) }),
        }),
      );
    },
    defaultValue: () => [],
    parse,
    serialize: (value) => ({ value: [...value] }),
    validate(value) {
      const bad = value.filter((id) => !o.choices.some((c) => c.value === id));
      if (bad.length) throw new Error(unknown(o.label, bad.join(', ')));
      return value;
    },
    reader: { parse },
  };
}

/** `field`, left out of the file when empty ('', null or false) instead of written as prop="" or prop={false}. */
export function omitEmpty<F extends { serialize(value: never): { value: FormFieldStoredValue } }>(field: F): F {
  const serialize = field.serialize as (value: unknown) => { value: FormFieldStoredValue };
  return {
    ...field,
    serialize(value: unknown) {
      const out: unknown = serialize(value).value;
      if (out === '' || out === null || out === false) return { value: undefined };
      // A date picker's value is written as the text YYYY-MM-DD (a prop in quotes), not as a Date.
      return { value: out instanceof Date ? out.toISOString() : out };
    },
  };
}
