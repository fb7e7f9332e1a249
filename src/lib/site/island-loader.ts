// The inline script on pages with an island (a chart or the search box): once the page has loaded and the browser is
// idle, it moves each island's script out of the <template data-island> that keeps it inert into the page, so no
// script is fetched or run before the first render. Under 400 bytes; astro.config.ts adds its hash to the CSP.
export const ISLAND_LOADER = `(()=>{const r=()=>{for(const t of document.querySelectorAll("template[data-island]"))t.replaceWith(document.importNode(t.content,!0))},i=()=>self.requestIdleCallback?requestIdleCallback(r,{timeout:3e3}):setTimeout(r,1);document.readyState=="complete"?i():addEventListener("load",i,{once:!0})})();`;
