// The prose of an article, from its MDX syntax tree: each paragraph, heading, table cell or list item as the runs of
// plain text a reader sees (components such as <Fig> break a run), with its line and whether it is a quotation.
// The prose checks (src/lib/checks/prose.ts) read it: relative dates and numbers typed by hand.

export interface ProseRun {
  value: string;
  /** The line the run starts on, in the whole file. */
  line: number;
}

/** A <Fig id="…" /> inside a block: where it sits in the block's runs joined into one text. */
export interface ProseFigure {
  id: string;
  /** The length of the text before it (its runs joined). */
  at: number;
  line: number;
}

export interface ProseBlock {
  kind: 'text' | 'heading';
  /** Inside a blockquote or a <PullQuote>: someone else's words. */
  quoted: boolean;
  runs: ProseRun[];
  /** The figures written in the block, so the words around each can be checked against the text it prints. */
  figures: ProseFigure[];
}

export interface ProseNode {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: ProseNode[];
  position?: { start: { line: number } };
}

/** Nodes whose text runs form one block. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
/** Nodes that hold no prose: code, and the YAML frontmatter. */
const SKIP = new Set(['code', 'inlineCode', 'yaml', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

function collect(node: ProseNode, block: ProseBlock): void {
  if (SKIP.has(node.type)) return;
  if (node.type === 'text' && typeof node.value === 'string') {
    block.runs.push({ value: node.value, line: node.position?.start.line ?? 1 });
    return;
  }
  const id = node.type === 'mdxJsxTextElement' && node.name === 'Fig' ? node.attributes?.find((a) => a.name === 'id')?.value : undefined;
  if (typeof id === 'string') {
    const at = block.runs.reduce((length, run) => length + run.value.length, 0);
    block.figures.push({ id, at, line: node.position?.start.line ?? 1 });
    return;
  }
  for (const child of node.children ?? []) collect(child, block);
}

/** Every block of prose in the tree, in order. */
export function proseOf(tree: ProseNode): ProseBlock[] {
  const out: ProseBlock[] = [];
  const visit = (node: ProseNode, quoted: boolean) => {
    if (SKIP.has(node.type)) return;
    const inQuote = quoted || node.type === 'blockquote' || (node.type === 'mdxJsxFlowElement' && node.name === 'PullQuote');
    if (BLOCKS.has(node.type)) {
      const block: ProseBlock = { kind: node.type === 'heading' ? 'heading' : 'text', quoted: inQuote, runs: [], figures: [] };
      for (const child of node.children ?? []) collect(child, block);
      if (block.runs.length) out.push(block);
      return;
    }
    // Text directly inside a component written on its own lines (<PullQuote>words</PullQuote>) is a block of its own.
    if (node.type === 'text' && typeof node.value === 'string') {
      out.push({ kind: 'text', quoted: inQuote, runs: [{ value: node.value, line: node.position?.start.line ?? 1 }], figures: [] });
      return;
    }
    for (const child of node.children ?? []) visit(child, inQuote);
  };
  visit(tree, false);
  return out;
}
