// The components MDX articles use without imports: the map <Content components={…}> receives. It must name exactly the
// available components in src/lib/mdx-components.ts (the checker's table); `satisfies` below makes astro check enforce it.
import type { MdxComponentName } from '@/lib/content/mdx-components';
import AllocationChart from '../charts/AllocationChart.astro';
import Chart from '../charts/Chart.astro';
import Fig from '../Fig.astro';
import SmartLink from '../SmartLink.astro';
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import PullQuote from './PullQuote.astro';
import RecipientCard from './RecipientCard.astro';
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
} satisfies Record<MdxComponentName | 'a', unknown>;
