// The English chart text, with exactly the keys of the Korean reference (ko-charts.ts).
import type { ChartText } from './ko-charts';

export const charts: ChartText = {
  tableLabel: (title: string) => `${title} — table`,
  downloadCsv: 'Download the data (CSV)',
  moreAt: (siteName: string) => `More at ${siteName}`,
  embed: 'Embed this chart',
  embedHelp: 'Copy this code into your page.',
  downloadPng: 'Download PNG',
  cite: 'Cite this chart',
  citeHelp: 'Copy this citation.',
  citation: (publisher: string, title: string, date: string | undefined, url: string) =>
    `${publisher}. “${title}.”${date ? ` ${date}.` : ''} ${url}`,
  link: 'Link to this chart',
  explore: (title: string) => `${title}: chart. Use the arrow keys to read each value; Esc closes.`,
  exploreHint: 'Use the arrow keys to read each value; Esc closes.',
  overview: {
    nameSeparator: ', ',
    each: (amount: string) => `${amount} each`,
    around: (amount: string) => `around ${amount} each`,
    largest: (names: string, amount: string) => `Largest: ${names}, ${amount}.`,
    smallest: (names: string, amount: string) => `Smallest: ${names}, ${amount}.`,
    only: (name: string, amount: string) => `${name}: ${amount}.`,
    total: (total: string) => `Total: ${total}.`,
    ratio: (value: number) => `${value} times`,
    change: (
      from: string,
      fromAmount: string,
      to: string,
      toAmount: string,
      diff: string | undefined,
      up: boolean,
      ratio: string | undefined,
    ) =>
      `From ${fromAmount} (${from.toLowerCase()}) to ${toAmount} (${to.toLowerCase()})${diff === undefined ? '' : `: ${up ? 'up' : 'down'} ${diff}`}${ratio === undefined ? '' : `, ${ratio} as many`}.`,
    missing: (names: string) => `No count reported: ${names}.`,
  },
  summaryItem: (name: string, amount: string) => `${name}: ${amount}`,
  summarySeparator: '; ',
  allocationGpus: {
    // The headline number without 'about': "Who gets NVIDIA's 260,000 GPUs".
    title: (total: string) => `Who gets NVIDIA's ${total.replace(/^about /, '')}`,
    caption: (largest: string, amount: string) => `${largest} gets the largest share, ${amount}; the other four receive similar amounts.`,
    focusCaption: (name: string, amount: string, share: string) => `${name} receives ${amount}, ${share} of the total.`,
    tableHead: ['Recipient', 'GPUs', 'Share of total'],
    csvHead: ['recipient', 'gpus', 'approximation', 'share_of_total_percent'],
    summary: (bars: string, total: string) => `Bar chart. ${bars}. Total ${total}.`,
  },
  allocationValue: {
    title: (amount: string) => `The estimated ${amount}, split by GPU count`,
    caption: (largest: string, amount: string) => `Split in proportion to GPUs, ${largest}'s share is the largest: ${amount}.`,
    note: 'Our estimate: the media estimate of the total divided by each recipient’s share of the GPUs. No contract values were disclosed.',
    tableHead: ['Recipient', 'Estimate (₩)', 'Estimate (US$)'],
    csvHead: ['recipient', 'estimate_krw', 'estimate_usd'],
    summary: (bars: string) => `Bar chart of our estimate. ${bars}.`,
  },
  koreaGpuBase: {
    before: 'Before the deal',
    after: 'After the deal',
    title: "Korea's AI GPUs, before and after the deal",
    caption: (before: string, after: string, multiple: string) => `From ${before} to ${after}: ${multiple} as many.`,
    tableHead: ['When', 'AI GPUs'],
    csvHead: ['when', 'gpus', 'approximation'],
    summary: (before: string, after: string) => `Bar chart. Before: ${before}. After: ${after}.`,
  },
  governmentFirstBatch: {
    providers: { nhn: 'NHN Cloud (B200)', naver: 'NAVER Cloud (H200)', kakao: 'Kakao (B200)' },
    title: "The first GPUs bought with the government's budget, by cloud provider",
    caption: (budget: string, sum: string, stateUse: string) =>
      `More than half of the ${sum} bought with ${budget} from the 2025 supplementary budget come through NHN Cloud. The state uses ${stateUse}; the three firms keep the rest.`,
    tableHead: ['Provider (model)', 'GPUs'],
    csvHead: ['provider', 'gpus'],
    summary: (bars: string) => `Bar chart. ${bars}.`,
  },
  countryComparison: {
    countries: { korea: 'South Korea', saudi: 'Saudi Arabia', uk: 'United Kingdom', uae: 'UAE (G42)', germany: 'Germany' },
    counts: {
      korea: 'supply to government and companies, through 2030',
      saudi: (firstPhase: string) => `HUMAIN's stated plans (reported); a first phase of ${firstPhase}`,
      uk: "NVIDIA partners' deployment target, by end-2026",
      uae: 'US export approval ceiling (November 2025)',
      germany: "Deutsche Telekom's Munich AI factory alone",
    },
    title: 'NVIDIA GPU numbers announced by country',
    captionLargest: (korea: string) =>
      `At ${korea}, Korea's is the largest number announced, though each country's counts something different over a different period.`,
    captionExceeded: (korea: string, larger: string) =>
      `At ${korea}, Korea's number is exceeded only by ${larger}'s, though each country's counts something different over a different period.`,
    nameSeparator: ' and ',
    note: 'Not like-for-like: the numbers mix supply pledges, company plans and export-approval ceilings over different periods, and actual deliveries are mostly undisclosed.',
    tableHead: ['Country', 'GPUs', 'What the number counts'],
    csvHead: ['country', 'gpus', 'approximation', 'what_it_counts'],
    summary: (bars: string) => `Bar chart of numbers that are not like-for-like. ${bars}.`,
  },
  deliveryProgress: {
    title: 'GPUs announced, and GPUs confirmed bought',
    // The headline number without 'about': 'Of the 260,000 GPUs announced'.
    captionSome: (announced: string, confirmed: string, missing: number) =>
      `Of the ${announced.replace(/^about /, '')} announced, confirmed purchases come to ${confirmed}; for the other ${missing} recipients no purchase count has been reported.`,
    captionAll: (announced: string, confirmed: string) =>
      `Of the ${announced.replace(/^about /, '')} announced, confirmed purchases come to ${confirmed}.`,
    captionNone: (announced: string) => `Of the ${announced.replace(/^about /, '')} announced, no recipient has reported a purchase count.`,
    note: 'Outlined bars show the GPUs announced; filled bars, those confirmed bought. Where no purchase count has been reported the bar is left empty and says “not reported”: that is not zero.',
    notReported: 'not reported',
    /** A stage reported to have happened, without a count. */
    noCount: 'count not reported',
    confirmedItem: (name: string, amount: string) => `${amount} (${name})`,
    tableHead: ['Recipient', 'Announced', 'Purchase confirmed', 'Delivered', 'In service'],
    csvHead: ['recipient', 'announced_gpus', 'announced_approximation', 'purchased_gpus', 'delivered_gpus', 'in_service_gpus'],
    item: (announced: string, confirmed: string) => `announced ${announced}, confirmed ${confirmed}`,
    totalOf: (confirmed: string, announced: string) => `${confirmed} confirmed of ${announced} announced`,
    summary: (bars: string) => `Bar chart of the GPUs announced and those confirmed bought. ${bars}.`,
  },
};
