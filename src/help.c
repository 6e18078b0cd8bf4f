/* help.c: the help screen (help.h). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grid.h"
#include "help.h"
#include "keymap.h"
#include "screen.h"
#include "theme.h"
#include "utf8.h"
#include "xmalloc.h"

static const enum action help_order[] = {
	ACT_DOWN, ACT_UP, ACT_PAGE_DOWN, ACT_PAGE_UP, ACT_HALF_DOWN,
	ACT_HALF_UP, ACT_WINDOW_DOWN, ACT_WINDOW_UP, ACT_TOP, ACT_BOTTOM,
	ACT_PERCENT, ACT_SEARCH, ACT_SEARCH_BACK, ACT_SEARCH_NEXT,
	ACT_SEARCH_PREV, ACT_NEXT_POST, ACT_PREV_POST, ACT_HINTS, ACT_LINKS,
	ACT_BACK, ACT_FORWARD, ACT_NEXT_ITEM, ACT_PREV_ITEM,
	ACT_TOGGLE_NAMES, ACT_TOGGLE_FIGURES, ACT_TOGGLE_PANEL, ACT_FOCUS,
	ACT_ENTER, ACT_OPEN_URL, ACT_COPY_URL, ACT_TOGGLE_READ, ACT_MENTIONS,
	ACT_KEEP, ACT_RELOAD, ACT_REFRESH_ALL, ACT_GROUP_TAGS, ACT_CANCEL,
	ACT_INTERRUPT, ACT_WHERE, ACT_REDRAW, ACT_HELP, ACT_QUIT, ACT_QUIT_NOW
};
#define HELP_ACTIONS (sizeof help_order / sizeof help_order[0])

/* After the actions, a blank line and the keys of the search prompt and
 * of the panel's filter, which are not bound in the keymap. */
static const struct {
	const char	*keys, *help;
} help_prompt[] = {
	{ "", "At the search prompt:" },
	{ "Enter", "search; alone, the last search again (after ?, this "
	    "help)" },
	{ "Up, Down", "the searches made before" },
	{ "Escape, ^G", "leave the prompt" },
	{ "Backspace, ^U", "erase a character, everything" },
	{ "", "" },
	{ "", "In the side panel (Tab):" },
	{ "/", "filter its list as you type; Enter keeps the filter, "
	    "Escape clears it" },
	{ "", "" },
	{ "", "With the links numbered (f):" },
	{ "0-9", "the link's number; Enter where a longer one could "
	    "follow" },
	{ "Backspace, Escape", "erase a digit, cancel" },
	{ "", "" },
	{ "", "In the list of links (F):" },
	{ "Enter, /, q", "follow the selected link, filter, go back" }
};
#define HELP_LINES (HELP_ACTIONS + 1 + \
	sizeof help_prompt / sizeof help_prompt[0])

void
help_open(struct help *hp)
{
	hp->shown = true;
	hp->top = 0;
}

static const char *help_line(const struct screen *, size_t, char *,
    size_t);

/* The help's layout on s: the keys' column, then the descriptions,
 * wrapped at spaces to the width left (a heading, without keys, to the
 * whole width). */
#define HELP_X	2

static size_t
keys_width(const struct screen *s)
{
	char	 keys[80];
	size_t	 i, w, kw = 0;

	for (i = 0; i < HELP_LINES; i++) {
		help_line(s, i, keys, sizeof keys);
		w = utf8_width(keys, strlen(keys));
		if (w > kw)
			kw = w;
	}
	return kw > (size_t)s->w / 3 ? (size_t)s->w / 3 : kw;
}

/* The width a line's description has: after the keys, or all of it. */
static size_t
text_width(const struct screen *s, size_t kw, bool keys)
{
	int	 w = s->w - 2 - HELP_X - (keys ? (int)kw + 2 : 0);

	return w > 8 ? (size_t)w : 8;
}

/* The next row of text t at most w columns wide: its length in bytes
 * (at least one character), and where the row after it starts. */
static size_t
wrap_row(const char *t, size_t w, const char **next)
{
	size_t		 len = strlen(t), cut = 0, used = 0, k;
	uint32_t	 cp;

	for (k = 0; k < len; ) {
		size_t	 n = utf8_decode(t + k, len - k, &cp);
		size_t	 cw = utf8_width(t + k, n);

		if (used + cw > w && k > 0)
			break;
		if (t[k] == ' ')
			cut = k;
		used += cw;
		k += n;
	}
	if (k < len && cut > 0)
		k = cut;		/* at the last space that fits */
	*next = t + k;
	while (**next == ' ')
		(*next)++;
	return k;
}

/* How many rows text t takes wrapped at w columns. */
static size_t
rows_of(const char *t, size_t w)
{
	size_t	 n = 0;

	do {
		wrap_row(t, w, &t);
		n++;
	} while (*t != '\0');
	return n;
}

/* How many rows help line i takes: its keys wrap in their column (at
 * the spaces after their commas), what they do in its own. */
static size_t
line_rows(const struct screen *s, size_t kw, size_t i)
{
	char		 keys[80];
	const char	*t = help_line(s, i, keys, sizeof keys);
	size_t		 n = rows_of(t, text_width(s, kw, keys[0] != '\0'));
	size_t		 nk = keys[0] != '\0' ? rows_of(keys, kw) : 0;

	return nk > n ? nk : n;
}

/* The help's rows that do not fit: how far it may scroll. */
static size_t
max_top(const struct screen *s)
{
	size_t	 rows = s->body_h > 0 ? (size_t)s->body_h : 1;
	size_t	 kw = keys_width(s), all = 0, i;

	for (i = 0; i < HELP_LINES; i++)
		all += line_rows(s, kw, i);
	return all > rows ? all - rows : 0;
}

void
help_key(struct help *hp, const struct screen *s, enum action act, int key)
{
	size_t	 page = s->body_h > 1 ? (size_t)s->body_h - 1 : 1;
	size_t	 max = max_top(s), by = 0;
	int	 dir = 0;

	if (key == KEY_F_WHEEL_DOWN || key == KEY_F_WHEEL_UP) {
		dir = key == KEY_F_WHEEL_DOWN ? 1 : -1;
		by = SCREEN_WHEEL;
	} else {
		switch (act) {
		case ACT_DOWN:
		case ACT_UP:
			by = 1;
			break;
		case ACT_PAGE_DOWN:
		case ACT_PAGE_UP:
			by = page;
			break;
		case ACT_HALF_DOWN:
		case ACT_HALF_UP:
			by = (page + 1) / 2;
			break;
		case ACT_TOP:
		case ACT_BOTTOM:
			by = max;
			break;
		default:
			hp->shown = false;
			return;
		}
		dir = act == ACT_DOWN || act == ACT_PAGE_DOWN ||
		    act == ACT_HALF_DOWN || act == ACT_BOTTOM ? 1 : -1;
	}
	if (dir > 0)
		hp->top = hp->top + by < max ? hp->top + by : max;
	else
		hp->top = hp->top > by ? hp->top - by : 0;
}

/* Line i of the help: its keys into keys (of size n), and what they do;
 * both "" for the blank line. */
static const char *
help_line(const struct screen *s, size_t i, char *keys, size_t n)
{
	size_t	 len;

	keys[0] = '\0';
	if (i < HELP_ACTIONS) {
		keymap_keys_for(s->keymap, help_order[i], keys, n);
		/* The help is also "?" then Enter. */
		len = strlen(keys);
		if (help_order[i] == ACT_HELP &&
		    keymap_lookup(s->keymap, '?') == ACT_SEARCH_BACK &&
		    len + 10 < n)
			snprintf(keys + len, n - len, "%s? Enter",
			    len > 0 ? ", " : "");
		if (keys[0] == '\0')
			snprintf(keys, n, "(unbound)");
		return keymap_action_help(help_order[i]);
	}
	if (i == HELP_ACTIONS)
		return "";
	i -= HELP_ACTIONS + 1;
	snprintf(keys, n, "%s", help_prompt[i].keys);
	return help_prompt[i].help;
}

void
help_draw(struct help *hp, const struct screen *s, struct grid *g)
{
	char		 keys[80], *row;
	const char	*what, *next;
	size_t		 i, kw, w, r = 0, n;
	int		 y;

	/* The frame without the panel, a blank page, then each action:
	 * its keys, and what it does, on as many rows as it needs. */
	screen_frame_full(s, g, "Keys");
	kw = keys_width(s);
	if (hp->top > max_top(s))
		hp->top = max_top(s);
	for (i = 0; i < HELP_LINES && r < hp->top + (size_t)s->body_h; i++) {
		const char	*k;
		bool		 has_keys;

		what = help_line(s, i, keys, sizeof keys);
		has_keys = keys[0] != '\0';
		w = text_width(s, kw, has_keys);
		k = keys;
		do {
			y = (int)(r - hp->top);
			if (r >= hp->top && y < s->body_h && *k != '\0') {
				n = wrap_row(k, kw, &next);
				row = xstrndup(k, n);
				screen_put(g, s->body_y + y, HELP_X,
				    HELP_X + (int)kw, row, ROLE_STATUS_KEY,
				    ATTR_BOLD);
				free(row);
			}
			if (*k != '\0')
				wrap_row(k, kw, &k);
			if (r >= hp->top && y < s->body_h && *what != '\0') {
				n = wrap_row(what, w, &next);
				row = xstrndup(what, n);
				screen_put(g, s->body_y + y, has_keys ?
				    HELP_X + (int)kw + 2 : HELP_X, s->w - 2,
				    row, ROLE_TEXT, has_keys ? 0 : ATTR_BOLD);
				free(row);
			}
			if (*what != '\0')
				wrap_row(what, w, &what);
			r++;
		} while (*what != '\0' || *k != '\0');
	}
	if (max_top(s) > 0) {
		char	 k[4][80], *t;

		t = xasprintf("%s %s %s %s scroll, any other key closes this "
		    "help", screen_first_key(s, ACT_DOWN, k[0]),
		    screen_first_key(s, ACT_UP, k[1]),
		    screen_first_key(s, ACT_PAGE_DOWN, k[2]),
		    screen_first_key(s, ACT_PAGE_UP, k[3]));
		screen_put(g, s->status_y, 2, s->w - 2, t, ROLE_MESSAGE, 0);
		free(t);
	} else
		screen_put(g, s->status_y, 2, s->w - 2,
		    "any key closes this help", ROLE_MESSAGE, 0);
}
