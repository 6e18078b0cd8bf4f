#include "config.h"

#include <stdlib.h>

#include "entities.h"
#include "xmalloc.h"

struct entities *
entities_find(const char *text, size_t len)
{
	(void)text;
	(void)len;
	return xcalloc(1, sizeof(struct entities));
}

void
entities_free(struct entities *e)
{
	size_t	 i;

	if (e == NULL)
		return;
	for (i = 0; i < e->n; i++)
		free(e->list[i].text);
	free(e->list);
	free(e->mentions);
	free(e);
}

const char *
entities_type_name(enum ent_type t)
{
	static const char *names[] = { "person", "place", "org", "name",
	    "money", "percent", "count", "year", "date", "time", "ordinal",
	    "quantity" };

	return (unsigned)t < sizeof names / sizeof names[0] ? names[t] : "name";
}
