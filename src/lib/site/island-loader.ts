// The inline script on pages with an island (a chart or the search box): once the page has loaded, the browser has
// reported its first contentful paint and is idle, it moves each island's script out of the <template data-island> that
// keeps it inert into the page, so no script is fetched or run before the first render. Waiting for load alone is not
// enough: a long page's first layout can end after the load event, and a script requested before that first paint
// joins the critical path as Lighthouse models it. Where no paint is reported (a browser without paint timing, a tab in
// the background), the islands come in 5 s after load. Without requestIdleCallback (Safari), setTimeout takes the same
// arguments and reads the options as a delay of 0. It runs from the page's body, so always before the load event.
// Under 400 bytes; astro.config.ts adds its hash to the CSP.
export const ISLAND_LOADER = `(()=>{const r=()=>{for(const t of document.querySelectorAll("template[data-island]"))t.replaceWith(document.importNode(t.content,!0))},i=()=>(self.requestIdleCallback||setTimeout)(r,{timeout:3e3});addEventListener("load",()=>{setTimeout(i,5e3);new PerformanceObserver((l,o)=>{l.getEntriesByName("first-contentful-paint")[0]&&(o.disconnect(),i())}).observe({type:"paint",buffered:!0})})})();`;
