// Share links that need no third-party script: each is a plain link to the network's own share page.
import { t, type Lang } from './i18n';

export interface ShareLink {
  id: string;
  label: string;
  href: string;
}

/** Only the e-mail link carries the title: the networks read it from the page's Open Graph tags, and an encoded
 * Korean title triples in length, which would cost every article page part of its 14 kB budget. */
export function shareLinks(pageUrl: string, title: string, lang: Lang): ShareLink[] {
  const u = encodeURIComponent(pageUrl);
  const subject = encodeURIComponent(title);
  const ui = t(lang);
  const links: ShareLink[] = [
    { id: 'x', label: 'X', href: `https://twitter.com/intent/tweet?url=${u}` },
    { id: 'facebook', label: ui.shareFacebook, href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { id: 'linkedin', label: ui.shareLinkedIn, href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { id: 'email', label: ui.shareEmail, href: `mailto:?subject=${subject}&body=${u}` },
  ];
  // Naver's blog is where Korean readers share; English pages leave it out.
  if (lang === 'ko') links.splice(1, 0, { id: 'naver', label: ui.shareNaverBlog, href: `https://share.naver.com/web/shareView?url=${u}` });
  return links;
}
