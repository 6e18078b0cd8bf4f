/* library.h: what the reader points folio at - a file, a folder, standard
 * input or a URL - opened as articles, with prev/next resolved. */
#ifndef FOLIO_LIBRARY_H
#define FOLIO_LIBRARY_H

#include <stdbool.h>
#include <stddef.h>

struct doc;
struct entities;

/* An opened article. */
struct article {
	char		*path;	/* the file, URL or "-" it was read from */
	struct doc	*doc;
	struct entities	*ents;	/* over doc->body */
};

#define LIBRARY_RAW	0x1u	/* the input is plain body text (--raw) */
#define LIBRARY_FRESH	0x2u	/* a URL is fetched again, not taken from
				   the pages fetched before */

/* Open one article (not a folder): read, sniff (HTML or plain text),
 * extract, find the names and figures, resolve prev/next among the
 * articles of its folder. On failure return NULL with *cause set (a
 * malloc'd reason without the path). */
struct article	*library_open(const char *path, unsigned flags, char **cause);
void		 article_free(struct article *a);

/* One article of a folder. */
struct library_entry {
	char	*path;
	char	*title;		/* never NULL: the file name if no title */
	char	*date;		/* as the article gives it, or NULL */
	char	*url;		/* its own URL, or NULL */
	long long sortkey;	/* date as seconds since the epoch when
				   known, else the file's modification time */
};

/* The articles of a folder, newest first. */
struct library {
	char			*dir;
	struct library_entry	*entries;
	size_t			 n;
};

/* True when path names a folder. */
bool		 library_is_dir(const char *path);
/* Index a folder's articles (HTML and plain-text files; not the
 * "<name>_files/" folders of saved pages, not binary files). Fails with
 * "no articles in this folder" when there are none. */
struct library	*library_scan(const char *dir, char **cause);
void		 library_free(struct library *l);

/* library_open() keeps an index of each folder it resolves links in (its
 * files, their URLs and titles), rebuilt when the folder changes, and the
 * last pages it fetched (16, 32 MiB at most), opened again from there
 * unless LIBRARY_FRESH; this frees them all. */
void		 library_cleanup(void);

#endif
