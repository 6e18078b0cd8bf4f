/* subs.h: the feeds subscribed to - $XDG_CONFIG_HOME/folio/feeds, in the
 * format of newsboat's "urls" file, so that a newsboat user copies theirs:
 *
 *	# a comment
 *	https://example.com/feed.xml "news" "world" "~Example News"
 *	https://example.org/atom.xml tech
 *
 * one feed a line: its address, then tags (a word, or words in double
 * quotes), a tag starting with "~" naming the feed and one starting with
 * "!" hiding it from newsboat's own list (kept as a tag). Lines folio
 * cannot use (newsboat's "query:", "exec:" and "filter:" feeds, a line
 * that names no feed) are warnings, never errors. And the same list
 * written as OPML 2.0. */
#ifndef FOLIO_SUBS_H
#define FOLIO_SUBS_H

#include <stdbool.h>
#include <stddef.h>

/* The feeds file holds at most this many feeds, and at most this many
 * bytes. */
#define SUBS_MAX	10000
#define SUBS_MAX_BYTES	((size_t)4 << 20)

struct sub {
	char	*url;		/* the feed's address: a URL, or a file */
	char	*title;		/* from "~Title", or NULL */
	char	**tags;		/* in their order, without "~Title" */
	size_t	 ntags;
	int	 line;		/* where it is in the file (1...), 0 when
				   it is in none */
};

struct subs {
	struct sub	*v;
	size_t		 n;
	char		**warnings;	/* "PATH:LINE: why", a line each */
	size_t		 nwarnings;
};

/* The feeds file's path: $XDG_CONFIG_HOME/folio/feeds when it is an
 * absolute path, else ~/.config/folio/feeds; NULL when neither can be
 * told. Free it. */
char	*subs_path(void);
/* Read the feeds in the text of a feeds file (len bytes; name, for the
 * warnings) into s, which starts zeroed; a feed named twice is listed
 * once, with a warning. */
void	 subs_parse(struct subs *s, const char *text, size_t len,
	    const char *name);
/* Read the feeds file at path into s (zeroed first). 0 when it was
 * read, 1 when there is none (s empty), -1 with *cause set when it cannot
 * be read or is too large. */
int	 subs_read(struct subs *s, const char *path, char **cause);
/* Free what s holds, not s. */
void	 subs_free(struct subs *s);
/* The feed of s at url, or NULL. */
const struct sub *subs_find(const struct subs *s, const char *url);
/* True when sub has the tag (case folded). */
bool	 subs_has_tag(const struct sub *sub, const char *tag);
/* sub as a line of the feeds file, without its line break: the URL, then
 * each tag and the title quoted where need be. Free it. */
char	*subs_line(const struct sub *sub);
/* Add the feeds of add that s does not hold to the feeds file at path
 * (created, with its folder, when there is none), at its end, a line
 * each; s is what the file holds now. *added says how many. 0, or -1 with
 * *cause set. */
int	 subs_append(const char *path, const struct subs *s,
	    const struct sub *add, size_t n, size_t *added, char **cause);
/* s as an OPML 2.0 document: an outline per feed (type "rss", text and
 * title its title or address, xmlUrl its address), its tags in a
 * category attribute ("/news,/world"). Free it. */
char	*subs_opml(const struct subs *s);

#endif
