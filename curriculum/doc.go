// Package curriculum holds the manifest of the AI interview curriculum: the
// eight layers, the 68 diagram entries in study order, and the site texts.
//
// The manifest is embedded from the tab-separated files ids.tsv, layers.tsv and
// site.tsv next to this file. Titles and taglines are fixed text: diagrams and
// the study site use them verbatim.
package curriculum
