/* fuzz_jsonld.c: jsonld_read on arbitrary text. The input's first line is
 * the page's title, the rest the script's text. What it promises: false
 * leaves the record as it was; true fills it with strings or NULLs; the
 * same text read again gives the same record. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "jsonld.h"
#include "utf8.h"

static int
same(const char *a, const char *b)
{
	return (a == NULL && b == NULL) || (a != NULL && b != NULL &&
	    strcmp(a, b) == 0);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct jsonld	 ld, again, mark;
	char		*s, *nl, *ftitle = NULL;
	const char	*text;
	bool		 ok;

	fuzz_init();
	s = xmalloc(size + 1);
	memcpy(s, data, size);
	s[size] = '\0';
	text = s;
	if ((nl = strchr(s, '\n')) != NULL) {
		*nl = '\0';
		ftitle = utf8_fold(s);
		text = nl + 1;
	}
	memset(&mark, 0xa5, sizeof mark);
	ld = mark;
	ok = jsonld_read(text, ftitle, &ld);
	if (!ok)
		FUZZ_CHECK(memcmp(&ld, &mark, sizeof ld) == 0,
		    "jsonld_read failed but changed the record");
	else {
		FUZZ_CHECK(jsonld_read(text, ftitle, &again),
		    "a second read of the same text failed");
		FUZZ_CHECK(same(ld.title, again.title) &&
		    same(ld.byline, again.byline) && same(ld.date, again.date) &&
		    same(ld.created, again.created) &&
		    same(ld.site, again.site) && same(ld.lang, again.lang),
		    "two reads of the same text differ");
		jsonld_free(&again);
		jsonld_free(&ld);
	}
	free(ftitle);
	free(s);
	return 0;
}
