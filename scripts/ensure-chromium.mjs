// Finds what the browser tests need — a Chromium and a Korean font, as a Korean reader's machine has — and on a Debian
// machine without them installs Debian's `chromium` and `fonts-noto-cjk` packages when run as root. Quiet when both are
// there; otherwise it stops with a one-line instruction.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'];
/** The fonts-noto-cjk package's files, looked for when fontconfig's `fc-list` is not installed. */
const NOTO_CJK_FILES = ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc'];
const PACKAGES = { chromium: 'chromium', font: 'fonts-noto-cjk' };
const INSTRUCTION =
  'Browser tests need Chromium and a Korean font: install them (Debian/Ubuntu: `sudo apt-get install chromium fonts-noto-cjk`) or set CHROME_PATH to a Chrome/Chromium binary.';

/**
 * The flags every headless Chromium here runs with (tests, benchmarks, scripts): no sandbox (containers without user
 * namespaces), no GPU, /tmp instead of a small /dev/shm, and none of the background traffic a first run would start.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p));
}

/**
 * The family name of an installed font that covers Korean (fontconfig's `fc-list :lang=ko`), or of Noto Sans CJK when
 * `fc-list` is missing but the package's files are there; undefined when the machine has none.
 */
export function findKoreanFont() {
  let listed;
  try {
    listed = execFileSync('fc-list', [':lang=ko', 'family'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return NOTO_CJK_FILES.some((f) => existsSync(f)) ? 'Noto Sans CJK KR' : undefined;
  }
  const families = listed
    .split('\n')
    .flatMap((line) => line.split(','))
    .map((f) => f.trim())
    .filter(Boolean);
  return families.find((f) => f === 'Noto Sans CJK KR') ?? families.sort()[0];
}

/**
 * The path of a usable Chromium, once Chromium and a Korean font are both present: installs the missing ones through
 * apt-get when possible; throws a one-line instruction otherwise.
 */
export function ensureChromium() {
  let chromium = findChromium();
  let font = findKoreanFont();
  if (chromium && font) return chromium;
  const missing = [chromium ? undefined : PACKAGES.chromium, font ? undefined : PACKAGES.font].filter(Boolean);
  const lacking = [chromium ? undefined : 'no Chromium', font ? undefined : 'no Korean font'].filter(Boolean).join(', ');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`[browser] ${lacking}: installing Debian's ${missing.join(' and ')} with apt-get (one-time)…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
    chromium = findChromium();
    font = findKoreanFont();
    if (chromium && font) return chromium;
  }
  throw new Error(INSTRUCTION);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const chromium = ensureChromium();
  console.log(`${chromium} (Korean font: ${findKoreanFont()})`);
}
