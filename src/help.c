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
	ACT_HALF_UP, ACT_TOP, ACT_BOTTOM, ACT_SEARCH, ACT_SEARCH_BACK,
	ACT_SEARCH_NEXT, ACT_SEARCH_PREV, ACT_NEXT_POST, ACT_PREV_POST,
	ACT_BACK, ACT_FORWARD, ACT_TOGGLE_NAMES, ACT_TOGGLE_FIGURES,
	ACT_TOGGLE_PANEL, ACT_FOCUS, ACT_ENTER, ACT_OPEN_URL, ACT_COPY_URL,
	ACT_TOGGLE_READ, ACT_MENTIONS, ACT_RELOAD, ACT_REDRAW, ACT_HELP,
	ACT_QUIT
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
	{ "Escape, ^G", "leave the prompt" },
	{ "Backspace, ^U", "erase a character, everything" },
	{ "", "" },
	{ "", "In the side panel (Tab):" },
	{ "/", "filter its list as you type; Enter keeps the filter, "
	    "Escape clears it" }
};
#define HELP_LINES (HELP_ACTIONS + 1 + \
	sizeof help_prompt / sizeof help_prompt[0])

void
help_open(struct help *hp)
{
	hp->shown = true;
	hp->top = 0;
}

/* The help's lines that do not fit: how far it may scroll. */
static size_t
max_top(const struct screen *s)
{
	size_t	 rows = s->body_h > 0 ? (size_t)s->body_h : 1;

	return HELP_LINES > rows ? HELP_LINES - rows : 0;
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
	char		 keys[80];
	const char	*what;
	size_t		 i, kw = 0, w;
	int		 y, x = 2;

	/* The frame without the panel, a blank page, then one line per
	 * action: its keys, and what it does. */
	grid_fill(g, 0, 1, 1, s->w - 2, SCREEN_H_LINE, ROLE_BORDER);
	grid_fill(g, s->h - 3, 1, 1, s->w - 2, SCREEN_H_LINE, ROLE_BORDER);
	grid_fill(g, 1, 1, s->h - 4, s->w - 2, " ", ROLE_TEXT);
	screen_label(g, 0, 1, s->w - 1, "Keys", ROLE_TITLE);
	for (i = 0; i < HELP_LINES; i++) {
		help_line(s, i, keys, sizeof keys);
		w = utf8_width(keys, strlen(keys));
		if (w > kw)
			kw = w;
	}
	if (kw > (size_t)s->w / 3)
		kw = (size_t)s->w / 3;
	if (hp->top > max_top(s))
		hp->top = max_top(s);
	for (y = 0; y < s->body_h; y++) {
		i = hp->top + (size_t)y;
		if (i >= HELP_LINES)
			break;
		what = help_line(s, i, keys, sizeof keys);
		screen_put(g, s->body_y + y, x, x + (int)kw, keys,
		    ROLE_STATUS_KEY, ATTR_BOLD);
		screen_put(g, s->body_y + y, keys[0] != '\0' ? x + (int)kw +
		    2 : x, s->w - 2, what, ROLE_TEXT, keys[0] != '\0' ? 0 :
		    ATTR_BOLD);
	}
	if (max_top(s) > 0) {
		char	 k[4][80], *t;

		t = xasprintf("%s %s %s %s scroll, any other key closes this "
		    "help", screen_first_key(s, ACT_DOWN, k[0]),
		    screen_first_key(s, ACT_UP, k[1]),
		    screen_first_key(s, ACT_PAGE_DOWN, k[2]),
		    screen_first_key(s, ACT_PAGE_UP, k[3]));
		screen_put(g, s->h - 2, 2, s->w - 2, t, ROLE_MESSAGE, 0);
		free(t);
	} else
		screen_put(g, s->h - 2, 2, s->w - 2,
		    "any key closes this help", ROLE_MESSAGE, 0);
}
