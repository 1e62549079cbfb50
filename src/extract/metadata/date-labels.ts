// The words that tell what a printed date is: a publication, an update, an earlier version.

/** Labels that say a date is not the publication date. */
export const MODIFIED =
  /\b(updated?|modified|last (?:edited|reviewed|updated)|edited|reviewed|aktualisiert|actualizado|mis à jour|atualizado|aggiornato)\b/i;
export const MODIFIED_ATTR = /(modif|updat|edited|review)/i;
/**
 * A date of an earlier version of the paper, not of this one ("Preprints (earlier versions) … first
 * published 04.Apr.2019", WCXB 2020).
 */
export const EARLIER = /\b(?:preprints?|earlier versions?)\b/i;

/** "Published on: 15 August 2025", "Posted on the 15/12/2025 at 19:00", "Date published: …". */
export const PUBLISHED_LABEL =
  /\b(?:published|posted|publication date|date published|veröffentlicht|publié|publicado|pubblicato)\b(?:\s+on)?(?:\s+the)?\s*[:：]?\s*/i;

/** "Updated March 13, 2024", "Last updated: November 13, 2025", "Page updated: 12 November 2025". */
export const UPDATED_LABEL = /\b(?:last |page )?updated(?:\s+on)?\s*[:：]?\s*/i;
