// What pages and components share while one page renders (Astro.locals).
declare namespace App {
  interface Locals {
    /** Set once the page carries the island loader (src/components/Island.astro). */
    islandLoader?: boolean;
  }
}
