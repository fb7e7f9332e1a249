// Renders the designed default sharing images (public/og/*.png) in Chromium; run by hand when the design changes:
//   node_modules/.bin/node scripts/make-og-images.mjs   (needs Chromium and a Korean font, e.g. Debian's fonts-noto-cjk)
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, ensureChromium } from './ensure-chromium.mjs';

const cards = {
  ko: { name: 'GPU 26만 장', line: '엔비디아 GPU 26만 장 한국 공급', sub: '정부·삼성·SK·현대차·네이버, 숫자와 출처로 읽는 협력의 전모' },
  en: {
    name: '260K GPUs',
    line: "NVIDIA's 260,000-GPU deal with Korea",
    sub: 'The government, Samsung, SK, Hyundai and NAVER — in numbers, with sources',
  },
};

const html = ({ name, line, sub }, lang) => `<!doctype html><html lang="${lang}"><meta charset="utf-8"><style>
  body{margin:0;width:1200px;height:630px;background:#111315;color:#eceef1;font-family:"Noto Sans CJK KR","Noto Sans KR",sans-serif;
       display:flex;flex-direction:column;justify-content:space-between;padding:72px 80px;box-sizing:border-box;word-break:keep-all}
  .name{font-size:40px;font-weight:800;color:#8ab4ff}
  h1{font-size:68px;line-height:1.2;margin:0;font-weight:800}
  p{font-size:32px;color:#a9b0ba;margin:24px 0 0}
  .bars{display:flex;gap:14px;align-items:flex-end;height:90px}
  .bars i{display:block;width:70px;border-radius:4px}
</style><body><div class="name">${name}</div><div><h1>${line}</h1><p>${sub}</p></div>
<div class="bars"><i style="height:90px;background:#fb7185"></i><i style="height:75px;background:#60a5fa"></i><i style="height:75px;background:#2dd4bf"></i><i style="height:75px;background:#fbbf24"></i><i style="height:75px;background:#a78bfa"></i></div></body></html>`;

const logo = `<!doctype html><body style="margin:0;width:512px;height:512px;background:#1d4ed8;display:flex;align-items:flex-end;justify-content:center;gap:40px;padding-bottom:110px;box-sizing:border-box">
<i style="display:block;width:64px;height:128px;background:#fff"></i><i style="display:block;width:64px;height:208px;background:#fff"></i><i style="display:block;width:64px;height:288px;background:#fff"></i></body>`;

mkdirSync('public/og', { recursive: true });
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_FLAGS });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
for (const [lang, card] of Object.entries(cards)) {
  await page.setContent(html(card, lang));
  await page.screenshot({ path: `public/og/default-${lang}.png` });
}
await page.setViewportSize({ width: 512, height: 512 });
await page.setContent(logo);
await page.screenshot({ path: 'public/og/logo.png' });
await browser.close();
console.log('wrote public/og/default-ko.png, default-en.png, logo.png');
