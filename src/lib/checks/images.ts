// Images in articles: alt text for readers who cannot see them, a file that exists, and nothing loaded from other sites
// (the site's content security policy would block it).
import type { Problem } from './problems';
import type { ImageUse } from '../content/mdx-analysis';

/** Problems with the images of one article (`file`, from the project root); `fileExists` takes a path from the root. */
export function imageProblems(file: string, images: ImageUse[], fileExists: (path: string) => boolean): Problem[] {
  const out: Problem[] = [];
  const dir = file.replace(/[^/]+$/, '');
  for (const img of images) {
    const at = { file, line: img.line, field: img.jsx ? '<img>' : 'image' };
    if (!img.alt?.trim()) {
      out.push({
        ...at,
        en: `the image ${img.src} has no alt text; describe what it shows for readers who cannot see it: ![what the image shows](${img.src})`,
        ko: `이미지 ${img.src}에 대체 텍스트(alt)가 없습니다. 이미지를 볼 수 없는 독자를 위해 무엇을 보여 주는지 적으세요: ![이미지 설명](${img.src})`,
      });
    }
    if (/^(https?:)?\/\//.test(img.src)) {
      out.push({
        ...at,
        en: `the image ${img.src} is on another website, which the site's security policy blocks; save the file next to the article and link it as ./file-name.jpg`,
        ko: `이미지 ${img.src}은(는) 다른 사이트에 있어 보안 정책상 표시되지 않습니다. 파일을 기사 옆에 저장하고 ./파일이름.jpg 로 연결하세요`,
      });
      continue;
    }
    const path = img.src.startsWith('/') ? `public${img.src}` : normalise(`${dir}${img.src}`);
    if (img.src && !fileExists(path)) {
      out.push({
        ...at,
        en: `the image ${img.src} does not exist (looked for ${path}); check the file name and folder`,
        ko: `이미지 ${img.src} 파일이 없습니다(${path}). 파일 이름과 폴더를 확인하세요`,
      });
    }
  }
  return out;
}

/** Resolve ./ and ../ in a relative path. */
function normalise(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}
