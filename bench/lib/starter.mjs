// The official Astro blog starter for `npm run bench:pages`, fetched when the benchmark runs, not kept in the repository:
// the template is Astro's code, published only as a folder of Astro's source repository, so it is downloaded with
// create-astro at the tag of the Astro release we build with and then built with our own Astro, into .bench/ (ignored).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The starter's pages the benchmark measures, with a marker that proves each is what it claims to be. */
export const STARTER_PAGES = [
  { type: 'Astro blog starter: home', path: '/', expect: /<main[\s>]/, pairsWith: 'home' },
  { type: 'Astro blog starter: a post', path: '/blog/first-post/', expect: /<article[\s>]/, pairsWith: 'post' },
];

/** Which starter page a page of ours is compared with: the home with its home, every other page with its post. */
export const starterPairFor = (pageType) => (pageType.startsWith('home') ? 'home' : 'post');

/** The create-astro arguments that fetch the blog template as it was in the given Astro release, without installing. */
export function createAstroArgs(dir, astroVersion) {
  return ['--yes', 'create-astro@5', dir, '--template', 'blog', '--ref', `astro@${astroVersion}`, '--no-install', '--no-git', '--skip-houston', '--yes'];
}

/**
 * Makes sure the starter exists in `dir` (fetching it when missing) and is built. Resolves to { dist } or, when it
 * cannot be fetched or built, to { skipped: why } so the rest of the benchmark still runs. `run(cmd, args, env, cwd)`
 * runs a command and rejects with its output; `build(cwd)` runs our `astro build` there. `dir` must lie inside the
 * project, so the starter's imports (astro, @astrojs/mdx, @astrojs/rss, @astrojs/sitemap, sharp) resolve to ours.
 */
export async function prepareStarter({ root, dir, run, build, rebuild = true }) {
  const astroVersion = JSON.parse(readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8')).version;
  if (!existsSync(join(dir, 'package.json'))) {
    let output;
    try {
      output = await run('npx', createAstroArgs(dir, astroVersion), process.env, root);
    } catch (error) {
      output = error.message;
    }
    if (!existsSync(join(dir, 'package.json'))) {
      const why = output.split('\n').map((line) => line.trim()).filter(Boolean).slice(-1)[0] ?? 'no output';
      return { skipped: `the blog template of astro@${astroVersion} could not be fetched (create-astro: ${why})` };
    }
  }
  const dist = join(dir, 'dist');
  if (rebuild || !existsSync(join(dist, 'index.html'))) {
    try {
      await build(dir);
    } catch (error) {
      return { skipped: `the starter in ${dir} did not build:\n${error.message}` };
    }
  }
  return { dist, astroVersion };
}
