// Writes N synthetic bilingual article pairs (ko + en MDX) that pass the site's content checks, for the build benchmark.
// Deterministic (seeded), built only from ids in content/data, about as long as the real articles.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Every id an article may reference, read from the real content/data files under `root`. */
export function loadReferenceData(root) {
  const read = (name) => parse(readFileSync(join(root, 'content/data', name), 'utf8'));
  const recipients = read('recipients.yaml');
  return {
    recipients: recipients.map((r) => ({ id: r.id, ko: r.shortName.ko, en: r.shortName.en })),
    figureIds: read('figures.yaml').map((f) => f.id),
    sourceIds: read('sources.yaml').map((s) => s.id),
    tagIds: read('tags.yaml').map((t) => t.id),
  };
}

/** mulberry32: a tiny seeded PRNG, so every run benchmarks the same text. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Korean particles depend on whether the word ends in a final consonant (받침). */
function josa(word, withFinal, withoutFinal) {
  const code = word.charCodeAt(word.length - 1);
  const hasFinal = code >= 0xac00 && code <= 0xd7a3 ? (code - 0xac00) % 28 !== 0 : /[lmnr]$/i.test(word);
  return word + (hasFinal ? withFinal : withoutFinal);
}

const TOPICS = [
  { ko: '데이터센터', en: 'data centres' },
  { ko: '피지컬 AI', en: 'physical AI' },
  { ko: '소버린 AI', en: 'sovereign AI' },
  { ko: '반도체 공정', en: 'chipmaking processes' },
  { ko: '디지털 트윈', en: 'digital twins' },
  { ko: '자율주행', en: 'autonomous driving' },
  { ko: '산업용 로봇', en: 'industrial robots' },
  { ko: '전력 수급', en: 'power supply' },
  { ko: '인재 양성', en: 'training engineers' },
  { ko: 'GPU 클라우드 임대', en: 'renting out GPU time' },
  { ko: '거대언어모델', en: 'large language models' },
  { ko: '스마트공장', en: 'smart factories' },
  { ko: 'HBM 메모리', en: 'HBM memory' },
  { ko: '냉각 설비', en: 'cooling systems' },
];

const PLACES = [
  { ko: '울산', en: 'Ulsan' },
  { ko: '세종', en: 'Sejong' },
  { ko: '새만금', en: 'Saemangeum' },
  { ko: '평택', en: 'Pyeongtaek' },
  { ko: '용인', en: 'Yongin' },
  { ko: '이천', en: 'Icheon' },
  { ko: '판교', en: 'Pangyo' },
  { ko: '광주', en: 'Gwangju' },
  { ko: '포항', en: 'Pohang' },
  { ko: '구미', en: 'Gumi' },
];

const KO_SENTENCES = [
  ({ c, t, y }) => `${josa(c, '은', '는')} ${y}년까지 ${t} 분야에 GPU를 단계적으로 배치한다는 계획을 내놓았다.`,
  ({ c, t }) => `업계에서는 ${t} 수요가 예상보다 빠르게 늘어날 것으로 보고 있으며, ${josa(c, '이', '가')} 먼저 움직인 배경도 여기에 있다.`,
  ({ l }) => `다만 ${l} 일대의 전력망과 냉각 설비를 제때 갖추지 못하면 일정이 밀릴 수 있다는 지적이 꾸준히 나온다.`,
  ({ c, t }) => `${c} 관계자는 "${t}에 필요한 연산 자원을 외부에 의존하지 않는 것이 핵심"이라고 설명했다.`,
  ({ t, y }) => `${y}년 상반기에는 ${t} 관련 시범 사업이 시작될 예정이지만, 구체적인 규모는 아직 공개되지 않았다.`,
  ({ c }) => `계약 금액과 세부 일정은 ${c} 쪽에서도 밝히지 않아, 현재로서는 언론 추정치에 기댈 수밖에 없다.`,
  ({ t }) => `전문가들은 ${t} 분야에서 GPU를 들여오는 일보다 실제 서비스로 연결하는 일이 더 어렵다고 입을 모은다.`,
  ({ t }) => `${josa(t, '은', '는')} 한 번 구축하면 수년 동안 쓰는 설비여서, 초기 설계가 이후 비용을 좌우한다.`,
  ({ l }) => `정부는 민간 투자가 ${l} 같은 지방으로 분산되도록 세제 혜택과 전력 요금 조정을 함께 검토하고 있다.`,
  ({ t }) => `일각에서는 특정 공급사 의존도가 높아지는 점을 우려하며 ${t} 분야의 대안 기술 확보를 주문한다.`,
  ({ c, y }) => `${y}년 말 기준으로 ${josa(c, '이', '가')} 확보한 물량 가운데 실제로 가동 중인 비율은 공개되지 않았다.`,
  () => '발표 이후 1년 동안 배분 구조가 바뀌었다는 보도는 나오지 않았다.',
  ({ t }) => `${t} 인력을 키우는 대학과 연구소의 교육 과정도 GPU 공급 일정에 맞춰 손질되고 있다.`,
  () => `해외 언론은 이번 공급을 한국의 AI 인프라 경쟁력을 가늠할 시험대로 평가했다.`,
  ({ c, t }) => `${josa(c, '은', '는')} ${t} 외에도 협력사와 함께 쓰는 공동 인프라를 만들겠다는 구상을 밝혔다.`,
  () => '이 수치는 보도 시점마다 표현이 조금씩 달라, 이 사이트는 범위와 단서를 함께 표기한다.',
];

const EN_SENTENCES = [
  ({ c, t, y }) => `${c} plans to deploy its GPUs in stages through ${y}, starting with ${t}.`,
  ({ c, t }) => `Analysts expect demand for ${t} to grow faster than forecast, which helps explain why ${c} moved early.`,
  ({ l }) => `Critics warn that the timetable could slip if grid connections and cooling around ${l} are not ready in time.`,
  ({ c, t }) => `A spokesperson for ${c} said the point was not to depend on outside providers for the computing power that ${t} needs.`,
  ({ t, y }) => `Pilot projects in ${t} are due to start in the first half of ${y}, although their size has not been disclosed.`,
  ({ c }) => `Neither the contract value nor a detailed schedule has been published by ${c}, so media estimates are all there is for now.`,
  ({ t }) => `Experts agree that in ${t} the hard part is not buying GPUs but turning them into services people use.`,
  ({ t }) => `Infrastructure for ${t} runs for years once it is built, so early design choices shape the costs that follow.`,
  ({ l }) => `The government is considering tax breaks and adjusted electricity rates to spread private investment to places such as ${l}.`,
  ({ t }) => `Some observers worry about growing reliance on a single supplier and call for alternative technologies in ${t}.`,
  ({ c, y }) => `How many of the GPUs ${c} had received by the end of ${y} were actually running has not been disclosed.`,
  () => 'No report in the year since the announcement suggests the allocation has changed.',
  ({ t }) => `Universities and research institutes are reshaping their courses in ${t} to match the delivery schedule.`,
  () => 'Foreign media described the supply as a test of how competitive Korea’s AI infrastructure can become.',
  ({ c, t }) => `Beyond ${t}, ${c} has outlined shared infrastructure that its suppliers and partners could use as well.`,
  () => 'Reports phrased this number slightly differently over time, so this site shows its range and caveats.',
];

const KO_HEADINGS = ['무엇을 발표했나', '물량과 일정', '돈은 얼마나 드나', '현장의 과제', '전력과 입지', '앞으로 볼 것', '해외의 시선'];
const EN_HEADINGS = ['What was announced', 'Volumes and timing', 'What it costs', 'Problems on the ground', 'Power and location', 'What to watch', 'The view from abroad'];

/** One article pair's shared skeleton, so the Korean and English versions carry the same figures, links and charts. */
function plan(i, data) {
  const rand = prng(i * 7919 + 17);
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const some = (xs, min, max) => {
    const count = min + Math.floor(rand() * (max - min + 1));
    return [...xs].sort(() => rand() - 0.5).slice(0, count);
  };
  const companies = some(data.recipients, 1, 3);
  const day = new Date(Date.UTC(2026, 9, 30) - Math.floor(i / 2) * 86_400_000);
  return {
    key: `bench-${String(i).padStart(4, '0')}`,
    published: day.toISOString().slice(0, 10),
    companies,
    topics: some(TOPICS, 2, 3),
    tags: some(data.tagIds, 2, 4),
    sources: some(data.sourceIds, 5, 12),
    // An introduction and six headed sections of 9 to 10 different sentences: about 3,000 Korean characters or 900 English
    // words. The first section's heading is not printed.
    sections: some([...KO_HEADINGS.keys()], 7, 7).map((h) => ({
      heading: h,
      sentences: some([...KO_SENTENCES.keys()], 9, 10),
      year: 2026 + Math.floor(rand() * 5),
      place: pick(PLACES),
    })),
    figures: Array.from({ length: 8 }, () => pick(data.figureIds)),
    chart: i % 10 === 0,
    list: rand() < 0.5,
    table: rand() < 0.3,
  };
}

function body(p, lang) {
  const ko = lang === 'ko';
  const sentences = ko ? KO_SENTENCES : EN_SENTENCES;
  const headings = ko ? KO_HEADINGS : EN_HEADINGS;
  const out = [];
  let figure = 0;
  p.sections.forEach((s, si) => {
    if (si > 0) out.push(`## ${headings[s.heading]}`);
    const company = p.companies[si % p.companies.length][lang];
    const topic = p.topics[si % p.topics.length][lang];
    // English sentences carry more words than Korean ones carry characters per word, so English uses about two thirds of
    // them. Three paragraphs per section; a figure joins the first sentence of each of the first eight paragraphs.
    const used = ko ? s.sentences : s.sentences.slice(0, Math.round(s.sentences.length * 0.68));
    const third = Math.ceil(used.length / 3);
    const paragraphs = [used.slice(0, third), used.slice(third, 2 * third), used.slice(2 * third)];
    for (const para of paragraphs) {
      const text = para.map((k) => sentences[k]({ c: company, t: topic, y: s.year, l: s.place[lang] }));
      if (figure < p.figures.length) {
        const fig = `<Fig id="${p.figures[figure++]}" />`;
        text[0] += ko ? ` 이와 관련해 자주 인용되는 수치는 ${fig} 수준이다.` : ` One of the figures cited is ${fig}.`;
      }
      out.push(text.join(' '));
    }
    if (si === 1 && p.list) {
      out.push(p.companies.map((c) => `- **${c[lang]}**: ${ko ? `${p.topics[0].ko} 중심의 구축 계획` : `a build-out centred on ${p.topics[0].en}`}`).join('\n'));
    }
    if (si === 2 && p.chart) out.push('<AllocationChart metric="gpus" />');
    if (si === 3 && p.table) {
      const head = ko ? '| 수요처 | 분야 |\n|---|---|' : '| Recipient | Field |\n|---|---|';
      out.push(`${head}\n${p.companies.map((c, k) => `| ${c[lang]} | ${p.topics[k % p.topics.length][lang]} |`).join('\n')}`);
    }
  });
  const timeline = ko ? '/articles/timeline-chimaek/' : '/en/articles/timeline-chimaek/';
  out.push(ko ? `발표 이후의 흐름은 [일지](${timeline})에 정리했다.` : `We follow what happened next in [the timeline](${timeline}).`);
  return out.join('\n\n');
}

function frontmatter(p, lang) {
  const ko = lang === 'ko';
  const who = p.companies.map((c) => c[lang]).join(ko ? '·' : ', ');
  const topic = p.topics[0][lang];
  const n = Number(p.key.slice(6));
  const title = ko ? `${who}의 ${topic} 구상, 어디까지 왔나 (${n})` : `${who} and ${topic}: how far the plans have come (${n})`;
  const description = ko
    ? `${who}의 ${topic} 계획을 물량, 일정, 비용, 남은 과제 순으로 정리했다. 공개된 것과 추정에 그치는 것을 나눠 읽는다.`
    : `Where ${who} stand on ${topic}: volumes, timing, costs and the open questions, separating what is disclosed from what is estimated.`;
  return [
    '---',
    `title: ${JSON.stringify(title)}`,
    `description: ${JSON.stringify(description)}`,
    `published: ${p.published}`,
    `author: ${JSON.stringify(ko ? 'GPU 26만 장 분석팀' : '260K GPUs analysis desk')}`,
    `recipients: [${p.companies.map((c) => c.id).join(', ')}]`,
    `tags: [${p.tags.join(', ')}]`,
    `translationKey: ${p.key}`,
    'featured: false',
    `sources: [${p.sources.join(', ')}]`,
    '---',
  ].join('\n');
}

/** The MDX text of synthetic pair `i` (1-based) in `lang`. */
export function syntheticArticle(i, lang, data) {
  const p = plan(i, data);
  return { slug: p.key, chart: p.chart, text: `${frontmatter(p, lang)}\n\n${body(p, lang)}\n` };
}

/** Write pairs 1..n into `articlesDir`/{ko,en}/bench-NNNN.mdx. */
export function writeSyntheticArticles(articlesDir, n, data) {
  for (const lang of ['ko', 'en']) mkdirSync(join(articlesDir, lang), { recursive: true });
  for (let i = 1; i <= n; i++) {
    for (const lang of ['ko', 'en']) {
      const { slug, text } = syntheticArticle(i, lang, data);
      writeFileSync(join(articlesDir, lang, `${slug}.mdx`), text);
    }
  }
}
