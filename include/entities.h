/* entities.h: the names and figures an article mentions. */
#ifndef FOLIO_ENTITIES_H
#define FOLIO_ENTITIES_H

#include <stdbool.h>
#include <stddef.h>

enum ent_type {
	/* names */
	ENT_PERSON,
	ENT_PLACE,
	ENT_ORG,
	ENT_NAME,	/* a name of no known kind */
	/* figures */
	ENT_MONEY,
	ENT_PERCENT,
	ENT_COUNT,
	ENT_YEAR,
	ENT_DATE,
	ENT_TIME,
	ENT_ORDINAL,
	ENT_QUANTITY
};

#define ENT_IS_FIGURE(t) ((t) >= ENT_MONEY)

/* One place in the text. */
struct mention {
	size_t	 start, end;	/* byte offsets into the text */
	size_t	 entity;	/* index into entities.list */
};

/* One distinct name or figure. */
struct entity {
	char		*text;	/* its fullest form ("Vladimir Putin" for
				   "Putin" too) */
	enum ent_type	 type;
	size_t		 count;	/* mentions, inner ones included */
	size_t		 first;	/* index into mentions of its first
				   mention, or of the mention holding its
				   first inner mention when that comes
				   earlier */
};

struct entities {
	struct mention	*mentions;	/* sorted by start, never overlapping */
	size_t		 nmentions;
	/* Places named inside a longer name of mentions: "Helsinki" in
	 * "University of Helsinki". Sorted by start, each inside one
	 * mention; counted in their entity, not highlighted apart. */
	struct mention	*inner;
	size_t		 ninner;
	struct entity	*list;		/* in order of first mention */
	size_t		 n;
};

/* Find the names and figures of a text (UTF-8; invalid bytes are read as
 * U+FFFD): paragraphs separated by blank lines, each line break a
 * sentence boundary; a line in headline Title Case only counts words the
 * rest of the text capitalises, or known names. Never NULL; the caller
 * frees the result, which owns all it points to, with entities_free()
 * (which does nothing with NULL). */
struct entities	*entities_find(const char *text, size_t len);
void		 entities_free(struct entities *e);

/* "person", "place", "org", "name", "money", "percent", "count", "year",
 * "date", "time", "ordinal", "quantity". */
const char	*entities_type_name(enum ent_type t);

#endif
