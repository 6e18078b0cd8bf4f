/* fuzz_theme.c: theme_parse on arbitrary text. A theme either parses, each
 * role getting a colour folio can draw, or is refused with a message fit
 * for a terminal and the theme left as it was. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "theme.h"

#define ATTR_ALL (ATTR_BOLD | ATTR_DIM | ATTR_ITALIC | ATTR_UNDERLINE | \
	ATTR_REVERSE)

static void
check_color(int c)
{
	int	 n;

	if (COLOR_IS_RGB(c)) {
		FUZZ_CHECK((c & ~(COLOR_RGB_FLAG | 0xffffff)) == 0,
		    "colour %#x", c);
		n = theme_nearest_256(c);
		FUZZ_CHECK(n >= 16 && n <= 255,
		    "theme_nearest_256(%#x) = %d", c, n);
		return;
	}
	FUZZ_CHECK(c == COLOR_NONE || (c >= 0 && c <= 255), "colour %d", c);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char	*text = (const char *)data;
	struct theme	 t, before;
	char		*cause = NULL;
	int		 rc;
	unsigned	 r, name_attr, figure_attr;

	fuzz_init();
	theme_init_default(&t);
	before = t;
	rc = theme_parse(&t, text, size, &cause);
	FUZZ_CHECK(rc == 0 || rc == -1, "theme_parse returned %d", rc);
	if (rc == -1) {
		FUZZ_CHECK(cause != NULL, "an error without a cause");
		fuzz_check_clean(cause, strlen(cause), "", "theme cause");
		FUZZ_CHECK(strncmp(cause, "line ", 5) == 0,
		    "cause without a line: %s", cause);
		FUZZ_CHECK(memcmp(t.role, before.role, sizeof t.role) == 0,
		    "a refused theme changed the styles");
		free(cause);
	} else {
		FUZZ_CHECK(cause == NULL, "a cause without an error");
		/* Each line sets a role's whole style: parsing again
		 * changes nothing. */
		before = t;
		FUZZ_CHECK(theme_parse(&t, text, size, &cause) == 0,
		    "a theme parses once only");
		FUZZ_CHECK(memcmp(t.role, before.role, sizeof t.role) == 0,
		    "parsing a theme twice changes it");
	}
	FUZZ_CHECK(t.name == before.name, "theme_parse changed the name");
	for (r = 0; r < ROLE_COUNT; r++) {
		check_color(t.role[r].fg);
		check_color(t.role[r].bg);
		FUZZ_CHECK((t.role[r].attr & ~ATTR_ALL) == 0, "attr %#x",
		    t.role[r].attr);
		FUZZ_CHECK(theme_role_name((enum role)r) != NULL,
		    "role %u has no name", r);
	}
	FUZZ_CHECK(theme_role_name(ROLE_COUNT) == NULL, "ROLE_COUNT named");

	name_attr = t.role[ROLE_NAME].attr;
	figure_attr = t.role[ROLE_FIGURE].attr;
	theme_strip_colors(&t);
	for (r = 0; r < ROLE_COUNT; r++)
		FUZZ_CHECK(t.role[r].fg == COLOR_NONE &&
		    t.role[r].bg == COLOR_NONE, "a colour left after stripping");
	FUZZ_CHECK(t.role[ROLE_NAME].attr != 0 &&
	    t.role[ROLE_FIGURE].attr != 0 && t.role[ROLE_SEARCH].attr != 0 &&
	    t.role[ROLE_PANEL_SELECTED].attr != 0 &&
	    t.role[ROLE_STATUS].attr != 0,
	    "stripped of colours, a highlight is invisible");
	/* Names and figures that only colour told apart stay apart. */
	if (name_attr == 0 || figure_attr == 0)
		FUZZ_CHECK(t.role[ROLE_NAME].attr != t.role[ROLE_FIGURE].attr,
		    "stripped of colours, names and figures look the same "
		    "(%#x)", t.role[ROLE_NAME].attr);
	theme_free(&t);
	return 0;
}
