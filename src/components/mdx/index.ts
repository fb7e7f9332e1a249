// The components MDX articles use without imports, all in this folder: the map <Content components={…}> receives. It
// must name exactly the components in src/lib/content/mdx-components.ts (the checker's table), and each must take the
// props that table gives it (each declares `type Props = MdxProps<'Name'>`): `satisfies` below makes astro check enforce both.
import type { MdxComponentName, MdxProps } from '@/lib/content/mdx-components';
import AllocationChart from './AllocationChart.astro';
import Callout from './Callout.astro';
import Chart from './Chart.astro';
import Cite from './Cite.astro';
import Fig from './Fig.astro';
import PullQuote from './PullQuote.astro';
import RecipientCard from './RecipientCard.astro';
import SmartLink from './SmartLink.astro';
import TimelineExcerpt from './TimelineExcerpt.astro';

export const components = {
  Fig,
  Callout,
  PullQuote,
  Cite,
  RecipientCard,
  TimelineExcerpt,
  AllocationChart,
  Chart,
  // Markdown links: base-path prefixing and safe external links.
  a: SmartLink,
} satisfies { [N in MdxComponentName]: (props: MdxProps<N>) => unknown } & { a: unknown };
