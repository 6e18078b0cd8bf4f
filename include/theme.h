/* theme.h: themes name roles; a role has a foreground, a background and
 * attributes. */
#ifndef FOLIO_THEME_H
#define FOLIO_THEME_H

#include <stddef.h>

enum role {
	ROLE_TEXT,
	ROLE_TITLE,
	ROLE_BYLINE,
	ROLE_HEADING,
	ROLE_QUOTE,
	ROLE_LINK,
	ROLE_NAME,
	ROLE_FIGURE,
	ROLE_SEARCH,		/* "search-match" */
	ROLE_PANEL,
	ROLE_PANEL_TITLE,
	ROLE_PANEL_SELECTED,
	ROLE_STATUS,
	ROLE_STATUS_KEY,
	ROLE_MESSAGE,
	ROLE_ERROR,
	ROLE_BORDER,
	ROLE_HINT,		/* "link-hint": the numbers f puts on links */
	ROLE_COUNT
};

/* Attributes, a bit set. */
#define ATTR_BOLD	0x01u
#define ATTR_DIM	0x02u
#define ATTR_ITALIC	0x04u
#define ATTR_UNDERLINE	0x08u
#define ATTR_REVERSE	0x10u

/* Colours: COLOR_NONE (the terminal's default), 0-255, or COLOR_RGB(r,g,b)
 * for a direct colour. */
#define COLOR_NONE	(-1)
#define COLOR_RGB_FLAG	0x1000000
#define COLOR_RGB(r, g, b) (COLOR_RGB_FLAG | ((r) << 16) | ((g) << 8) | (b))
#define COLOR_IS_RGB(c)	((c) >= 0 && ((c) & COLOR_RGB_FLAG))

struct style {
	int		 fg, bg;
	unsigned	 attr;
};

struct theme {
	char		*name;
	struct style	 role[ROLE_COUNT];
};

/* The built-in default (dark) theme, used when no file is found; the same
 * as themes/default.theme. Sets t->name to "default" without freeing what
 * was there: call it on a new theme, or after theme_free(). */
void		 theme_init_default(struct theme *t);
/* Parse theme text over t. Lines: "role = fg [on bg] [attr ...]" where a
 * colour is default, black red green yellow blue magenta cyan white,
 * bright-<name>, 0-255 or #rrggbb, and attributes are bold dim italic
 * underline reverse; the words after "=" come in any order, and a line
 * sets the role's whole style. A "#" first on a line or followed by a
 * blank starts a comment. Roles not named keep their style. On error
 * return -1, leave t as it was and set *cause ("line 3: unknown role
 * 'txt'"; the caller frees it). */
int		 theme_parse(struct theme *t, const char *text, size_t len,
		    char **cause);
/* Load a theme by name (searched as NAME.theme in each of dirs, a
 * NULL-terminated list, which may be NULL) or by path (when it holds a
 * '/'), parsed over t; t->name becomes the file's name without ".theme".
 * On error return -1, leave t as it was and set *cause ("theme 'x' not
 * found", "PATH:3: unknown role 'txt'"; the caller frees it). */
int		 theme_load(struct theme *t, const char *name_or_path,
		    const char *const *dirs, char **cause);
/* Drop all colours, keep attributes (NO_COLOR, mono terminals). What had
 * no attribute and was set apart by colour alone stays visible: names
 * become bold and figures underlined (so the two stay apart; the other
 * of the two when one already has the attribute the other would get),
 * search matches, the selected panel line and the status line reverse. */
void		 theme_strip_colors(struct theme *t);
/* Fit the colours to a terminal of ncolors colours (COLORS), as the
 * terminal's own colour numbers: with more than 256 (a terminal of direct
 * colour, 0x1000000), 0-7 stay and every other colour becomes 0xrrggbb;
 * with 256, direct colours become the nearest of the 256; with 8 or 16, every
 * colour becomes one of those by its hue (greys by lightness), and a
 * highlight that then looks like the text (names, figures, links, search
 * matches, the selected panel line, the status line) is set apart by an
 * attribute; with fewer than 8, as theme_strip_colors(). */
void		 theme_fit_colors(struct theme *t, int ncolors);
/* Free t->name (not t); theme_free(NULL) does nothing. */
void		 theme_free(struct theme *t);

/* "text", "title", ..., "search-match", ..., "border"; NULL when r is
 * not a role. */
const char	*theme_role_name(enum role r);
/* The nearest of the 256 xterm colours to a direct colour (COLOR_RGB() or
 * 0xrrggbb): one of the 6x6x6 cube (16-231) or the grey ramp (232-255),
 * never 0-15, which each terminal sets its own way. */
int		 theme_nearest_256(int rgb);

#endif
