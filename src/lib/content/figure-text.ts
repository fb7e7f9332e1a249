// Figures inside data text: '{fig:government.first-batch}' in a timeline summary becomes the figure as a page prints it.
import type { Lang } from '../site/i18n';
import { figureText, type AnyFigure } from './figures';

/** A reference to a figure inside a YAML string. */
export const FIGURE_REF = /\{fig:([a-z0-9][a-z0-9.-]*)\}/g;

/** `text` with every {fig:id} replaced by the figure's text in `lang` (the check has made sure each exists). */
export function fillFigures(text: string, figures: Map<string, AnyFigure>, lang: Lang): string {
  return text.replace(FIGURE_REF, (_, id: string) => figureText(figures, id, lang));
}
