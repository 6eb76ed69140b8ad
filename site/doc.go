// Package site builds a static gallery site of diagrams: one index page
// with a tile per diagram, in sections, and a viewer that opens a diagram
// full-size with its animation controls, zoom and pan.
//
// The folder decides the sections. The curriculum (a folder that holds a
// layer's folder, such as 1-foundations) gets one tile per entry of its
// manifest, in its layers and order, those without a file "coming soon";
// any other folder is a gallery of every .diag file under it, a section
// per sub-folder, titled by each picture's <title>. Both get the same
// page, viewer, deep links and study progress, and the home page says how
// many diagrams there are and how many are coming.
//
// Build reads the authored .diag files of the folder, compiles each
// one twice through the compiler the caller passes in (an animated SVG for the
// viewer, a static final frame for the thumbnail), and only when every one
// compiled writes the site into the output folder, each file atomically. The
// output holds:
//
//	index.html      header, section chips, filter, and the tiles
//	site.css        page styles, light and dark
//	site.js         filter, study progress (localStorage) and the viewer
//	fonts.css       Options.FontCSS: the font the inlined diagrams share
//	icon.svg        the page icon
//	thumbs/ID.svg   static final frame of each authored diagram
//	d/ID.js         window.diagLoaded("ID", "<svg…>"): the animated diagram
//	.diag-site      the marker: the list of the files above
//
// The marker makes the folder the site's to update, and no more: a rebuild
// replaces or removes the files it lists and nothing else, so a .git folder
// or a CNAME added beside the site stays. A non-empty folder without a
// marker is refused unless the caller forces the build, which then replaces
// only the files at the site's names. Symlinks are resolved before Build
// checks that the output folder neither holds nor lies inside the
// curriculum folder. A symlink or a folder put where the site had a file is
// never followed: a folder stays, and a symlink is replaced only by a forced
// build that writes that name.
//
// The page uses no framework and makes no request outside its own folder: it
// works from file:// and from any static host. Each diagram's markup ships in
// a script file, loaded on demand by a <script> tag, because a page opened
// from file:// may not fetch files. The viewer inlines the SVG so that the
// Web Animations API can pause, play and replay it. Deep links have the form
// index.html#ID.
//
// The package owns the page's HTML, CSS and JavaScript in the assets folder;
// it knows nothing about how a diagram is compiled.
package site
