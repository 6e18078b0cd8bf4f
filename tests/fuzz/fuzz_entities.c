/* fuzz_entities.c: entities_find on arbitrary bytes made clean as the
 * readers make them: as doc.c cleans a block's text, and as --raw keeps
 * it (tabs, CR and all); and on the bytes as they are, which it reads
 * as UTF-8 with U+FFFD for what is not. */
#include "config.h"

#include <stdlib.h>

#include "entities.h"
#include "fuzz.h"
#include "utf8.h"

static void
run(const char *s, size_t len, enum utf8_clean_mode mode)
{
	struct entities	*e;
	char		*text;
	size_t		 n;

	text = utf8_clean(s, len, mode, &n);
	e = entities_find(text, n);
	fuzz_check_entities(e, text, n);
	entities_free(e);
	free(text);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct entities	*e;

	fuzz_init();
	run((const char *)data, size, UTF8_CLEAN_TEXT);
	run((const char *)data, size, UTF8_CLEAN_RAW);
	e = entities_find((const char *)data, size);
	fuzz_check_entities(e, (const char *)data, size);
	entities_free(e);
	entities_free(NULL);
	return 0;
}
