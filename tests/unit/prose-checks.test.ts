// The prose rules: numbers read as a reader reads them, relative dates named with the date to write, quotations spared.
import { describe, expect, it } from 'vitest';
import { numbersInText } from '@/lib/checks/numbers-in-text';
import { checkDataText } from '@/lib/checks/figure-refs';
import { checkProse, figuresByValue } from '@/lib/checks/prose';
import type { AnyFigure } from '@/lib/content/figures';
import { analyseMdx } from '@/lib/content/mdx-analysis';

const fig = (id: string, value: number, unit: AnyFigure['unit'] = 'gpu'): [string, AnyFigure] => [
  id,
  { id, value, unit, approx: 'about', estimate: false, label: { ko: id, en: id }, sources: ['s1'], asOf: '2025-10-31' },
];
const figures = new Map([
  fig('allocation.total', 260000),
  fig('budget', 1.46e12, 'krw'),
  fig('share', 19.2, 'percent'),
  fig('multiple', 4.6, 'times'),
  fig('usd', 1e10, 'usd'),
]);
const check = (body: string, lang: 'ko' | 'en' = 'ko') =>
  checkProse(analyseMdx(`---\ntitle: x\n---\n\n${body}\n`).prose, { file: 'a.mdx', lang, year: 2026, figures }).map(
    (p) => `${p.line} ${p.field}: ${p.en.split(':')[0]}`,
  );

/** Line and rule of a problem line from check(). */
const where = (line: string) => line.split(':')[0]!;

describe('numbersInText', () => {
  it('reads Korean amounts with their units, and English ones with their scales', () => {
    const ko = numbersInText('1조 4,600억 원, 1만 3,136장, 26만 장, 6만 5,000장, 4.6배, 19.2%', 'ko');
    expect(ko.map((n) => [n.value, n.kind])).toEqual([
      [1.46e12, 'amount'],
      [13136, 'amount'],
      [260000, 'amount'],
      [65000, 'amount'],
      [4.6, 'times'],
      [19.2, 'percent'],
    ]);
    const en = numbersInText('₩1.46 trillion, US$10 billion, 260,000 GPUs, 4.6×, 19.2%', 'en');
    expect(en.map((n) => [n.value, n.kind])).toEqual([
      [1.46e12, 'amount'],
      [1e10, 'amount'],
      [260000, 'amount'],
      [4.6, 'times'],
      [19.2, 'percent'],
    ]);
  });

  it('leaves out years and the numbers in model names', () => {
    expect(numbersInText('2026년 6월, RTX PRO 6000, GB300 NVL72, HBM4', 'ko').map((n) => n.value)).toEqual([6]);
    expect(numbersInText('In 2026, the RTX PRO 6000 and NVL72 racks', 'en').map((n) => n.value)).toEqual([]);
  });
});

describe('checkProse', () => {
  it('names a figure typed by hand, with the line, in text, lists and tables', () => {
    expect(check('엔비디아는 26만 장을 공급한다.\n\n- 예산은 1조 4,600억 원이다.\n\n| a | b |\n|---|---|\n| 4.6배 | x |')).toEqual([
      "5 number: '26만' is typed by hand but is the figure 'allocation.total'",
      "7 number: '1조 4,600억' is typed by hand but is the figure 'budget'",
      "11 number: '4.6' is typed by hand but is the figure 'multiple'",
    ]);
    expect(check('That is 19.2% of US$10 billion.', 'en')).toHaveLength(2);
  });

  it('spares quotations, block quotes, pull quotes, code and numbers that are no figure', () => {
    expect(
      check(
        '그는 “26만 장은 많다”고 했다. ’블랙웰 26만 장’이라는 표현.\n\n> 26만 장\n\n<PullQuote by="x">26만 장</PullQuote>\n\n`260,000`과 5만 장.',
      ),
    ).toEqual([]);
    expect(check('He said “260,000 GPUs” and Korea’s 5,000 others.', 'en')).toEqual([]);
  });

  it('names relative dates, with the year to write instead, but not inside quotations or words', () => {
    expect(check('올해 공급이 시작됐고 내년에 이어진다. 그는 “올해 안에”라고 했다. 몰올해.').map(where)).toEqual([
      '5 relative date',
      '5 relative date',
    ]);
    expect(check('This year the first batch arrived; next month more.', 'en').map(where)).toEqual(['5 relative date', '5 relative date']);
    const [p] = checkProse(analyseMdx('---\nt: x\n---\n\n지난해 예산.\n').prose, { file: 'a.mdx', lang: 'ko', year: 2026, figures });
    expect(p!.ko).toContain("예: '2025년'");
  });

  it('checks headings for relative dates only (a heading is a label)', () => {
    expect(check('## 올해의 26만 장').map(where)).toEqual(['5 relative date']);
  });

  it('names a particle after a <Fig> that does not fit the text the figure prints', () => {
    // allocation.total prints '약 26만 장' (ends on 장), share '약 19.2%' (read 퍼센트).
    expect(check('목표는 <Fig id="allocation.total" />로 커졌다.').map(where)).toEqual(['5 particle']);
    expect(check('목표는 <Fig id="allocation.total" />가 넘는다.\n\n비중은 <Fig id="share" />으로 늘었다.').map(where)).toEqual([
      '5 particle',
      '7 particle',
    ]);
    const [p] = checkProse(analyseMdx('---\nt: x\n---\n\n목표는 <Fig id="allocation.total" />로 커졌다.\n').prose, {
      file: 'a.mdx',
      lang: 'ko',
      year: 2026,
      figures,
    });
    expect(p!.en).toBe(
      `<Fig id="allocation.total" /> prints '약 26만\u00a0장', so the particle after it is '으로', not '로': write <Fig id="allocation.total" />으로`,
    );
    expect(p!.ko).toContain('<Fig id="allocation.total" />으로');
  });

  it('leaves right particles, copulas, words after a space and quotations alone', () => {
    expect(
      check(
        '<Fig id="allocation.total" />으로, <Fig id="allocation.total" />이, <Fig id="allocation.total" />을, <Fig id="allocation.total" />과 ' +
          '<Fig id="share" />로, <Fig id="share" />를, <Fig id="budget" />은 많다. <Fig id="allocation.total" />이다. ' +
          '<Fig id="allocation.total" /> 가운데 일부. 그는 “<Fig id="allocation.total" />로”라고 했다.',
      ),
    ).toEqual([]);
  });

  it('names an English article before a figure that opens with its approximation word', () => {
    expect(check('Of the <Fig id="allocation.total" />, most go to firms. The <Fig id="usd" /> deal.', 'en').map(where)).toEqual([
      '5 figure wording',
      '5 figure wording',
    ]);
    expect(
      check('A tender of <Fig id="budget" /> and then <Fig id="allocation.total" /> in all; the share is <Fig id="share" />.', 'en'),
    ).toEqual([]);
  });

  it('checks the same in data text, where a figure is written {fig:id}', () => {
    const refs = { byValue: figuresByValue(figures), known: new Set(figures.keys()), all: figures };
    const en = checkDataText('content/data/deliveries.yaml', 'note.en', 'MSIT put out a {fig:budget} tender.', 'en', refs);
    expect(en.map((p) => p.field)).toEqual(['note.en (figure wording)']);
    expect(en[0]!.en).toContain("'a {fig:budget}' reads 'a about …'");
    expect(checkDataText('f', 'note.ko', '목표는 {fig:allocation.total}로 늘었다.', 'ko', refs)[0]!.en).toContain(
      'write {fig:allocation.total}으로',
    );
    expect(checkDataText('f', 'note.en', 'A tender of {fig:budget}.', 'en', refs)).toEqual([]);
  });

  it('names a word the figure already prints, written again beside it', () => {
    expect(check('네이버클라우드는 약 <Fig id="allocation.total" />을 받는다.').map(where)).toEqual(['5 figure wording']);
    expect(check('NAVER gets about <Fig id="allocation.total" /> GPUs.', 'en').map(where)).toEqual([
      '5 figure wording',
      '5 figure wording',
    ]);
    expect(check('It gets <Fig id="allocation.total" /> in all, about a quarter of <Fig id="budget" />.', 'en')).toEqual([]);
    expect(check('네이버는 <Fig id="allocation.total" /> 장비를, 약 <Fig id="share" />를 받는다.').map(where)).toEqual([
      '5 figure wording',
    ]);
  });
});
