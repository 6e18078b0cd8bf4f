/* keymap.c: keys and the actions they are bound to. */
#include "config.h"

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "keymap.h"
#include "utf8.h"
#include "xmalloc.h"

#define KEY_TAB		9
#define KEY_ENTER	13
#define KEY_ESCAPE	27
#define KEY_SPACE	32
#define KEY_BACKSPACE	127

struct binding {
	int		 key;
	enum action	 action;
};

struct keymap {
	struct binding	*b;	/* in the order they were bound */
	size_t		 n, cap;
};

static const struct {
	const char	*name;
	const char	*help;
} actions[ACT_COUNT] = {
	[ACT_NONE] =		{ "none", "do nothing (unbinds a key)" },
	[ACT_DOWN] =		{ "down", "scroll down one line" },
	[ACT_UP] =		{ "up", "scroll up one line" },
	[ACT_PAGE_DOWN] =	{ "page-down", "scroll down one page" },
	[ACT_PAGE_UP] =		{ "page-up", "scroll up one page" },
	[ACT_HALF_DOWN] =	{ "half-page-down", "scroll down half a page" },
	[ACT_HALF_UP] =		{ "half-page-up", "scroll up half a page" },
	[ACT_WINDOW_DOWN] =	{ "window-down",
				  "scroll down a page; a count sets the "
				  "page" },
	[ACT_WINDOW_UP] =	{ "window-up",
				  "scroll up a page; a count sets the page" },
	[ACT_TOP] =		{ "top", "go to the top of the article" },
	[ACT_BOTTOM] =		{ "bottom", "go to the end of the article" },
	[ACT_PERCENT] =		{ "percent",
				  "go to a place in percent (50%: the "
				  "middle)" },
	[ACT_SEARCH] =		{ "search", "search forward" },
	[ACT_SEARCH_BACK] =	{ "search-back", "search backward" },
	[ACT_SEARCH_NEXT] =	{ "search-next",
				  "next match, in the search's direction" },
	[ACT_SEARCH_PREV] =	{ "search-prev",
				  "previous match, against the search's "
				  "direction" },
	[ACT_NEXT_POST] =	{ "next-post",
				  "follow the article's Next Post link" },
	[ACT_PREV_POST] =	{ "prev-post",
				  "follow the article's Prev Post link" },
	[ACT_BACK] =		{ "back", "go back in history" },
	[ACT_FORWARD] =		{ "forward", "go forward in history" },
	[ACT_NEXT_ITEM] =	{ "next-item",
				  "the next article of the index it was "
				  "opened from" },
	[ACT_PREV_ITEM] =	{ "prev-item",
				  "the previous article of the index it "
				  "was opened from" },
	[ACT_TOGGLE_NAMES] =	{ "toggle-names",
				  "highlight names (people, places, "
				  "organisations) or not" },
	[ACT_TOGGLE_FIGURES] =	{ "toggle-figures",
				  "highlight figures (money, percentages, "
				  "dates, ...) or not" },
	[ACT_TOGGLE_PANEL] =	{ "toggle-panel",
				  "show or hide the side panel (at start only "
				  "beside 60 columns of text)" },
	[ACT_FOCUS] =		{ "focus",
				  "move the focus between the article and "
				  "the panel" },
	[ACT_ENTER] =		{ "enter",
				  "go to the selected entity's next mention, "
				  "or open the article" },
	[ACT_OPEN_URL] =	{ "open-url",
				  "open the article's URL in $BROWSER" },
	[ACT_COPY_URL] =	{ "copy-url",
				  "copy the article's URL to the clipboard" },
	[ACT_HINTS] =		{ "follow-link",
				  "number the links on screen; the number "
				  "follows one" },
	[ACT_LINKS] =		{ "links",
				  "list every link of the article" },
	[ACT_TOGGLE_READ] =	{ "toggle-read",
				  "mark the selected article of an index "
				  "read, or not read" },
	[ACT_MENTIONS] =	{ "mentions",
				  "other articles read that mention the "
				  "panel's name" },
	[ACT_KEEP] =		{ "keep",
				  "keep the article in the library, readable "
				  "offline (or no longer)" },
	[ACT_HELP] =		{ "help", "show the keys" },
	[ACT_RELOAD] =		{ "reload",
				  "read the article again; in the feeds, "
				  "refresh the selected one" },
	[ACT_REFRESH_ALL] =	{ "refresh-all",
				  "refresh all feeds (folio --feeds); on a "
				  "page with a feed, open it" },
	[ACT_GROUP_TAGS] =	{ "group-by-tag",
				  "in the feeds, group them by tag, or list "
				  "them as one" },
	[ACT_REDRAW] =		{ "redraw", "redraw the screen" },
	[ACT_WHERE] =		{ "where",
				  "say where you are: lines, percent, the "
				  "file or URL" },
	[ACT_CANCEL] =		{ "cancel",
				  "stop loading; the reader stays where it "
				  "was" },
	[ACT_INTERRUPT] =	{ "interrupt",
				  "stop loading, or quit when nothing loads "
				  "(status 130)" },
	[ACT_QUIT] =		{ "quit",
				  "up one level: an article to its index, "
				  "else quit" },
	[ACT_QUIT_NOW] =	{ "quit-now", "quit folio at once" }
};

/* DESIGN.md's key table, with less's habits: "/" searches forward, "?"
 * backward (^R too, as in a shell), n and N go on the search's way and
 * against it. The help is H and F1, and Enter alone at the "?" prompt
 * (pager.c). */
static const struct {
	const char	*key;
	enum action	 action;
} defaults[] = {
	{ "j", ACT_DOWN }, { "Down", ACT_DOWN }, { "WheelDown", ACT_DOWN },
	{ "^E", ACT_DOWN },
	{ "k", ACT_UP }, { "Up", ACT_UP }, { "WheelUp", ACT_UP },
	{ "^Y", ACT_UP },
	{ "Space", ACT_PAGE_DOWN }, { "PgDn", ACT_PAGE_DOWN },
	{ "^F", ACT_PAGE_DOWN },
	{ "b", ACT_PAGE_UP }, { "PgUp", ACT_PAGE_UP }, { "^B", ACT_PAGE_UP },
	{ "d", ACT_HALF_DOWN }, { "^D", ACT_HALF_DOWN },
	{ "u", ACT_HALF_UP }, { "^U", ACT_HALF_UP },
	{ "z", ACT_WINDOW_DOWN },
	{ "w", ACT_WINDOW_UP },
	{ "g", ACT_TOP }, { "Home", ACT_TOP },
	{ "G", ACT_BOTTOM }, { "End", ACT_BOTTOM },
	{ "%", ACT_PERCENT }, { "p", ACT_PERCENT },
	{ "/", ACT_SEARCH },
	{ "?", ACT_SEARCH_BACK }, { "^R", ACT_SEARCH_BACK },
	{ "n", ACT_SEARCH_NEXT },
	{ "N", ACT_SEARCH_PREV },
	{ "]", ACT_NEXT_POST },
	{ "[", ACT_PREV_POST },
	{ "h", ACT_BACK }, { "Backspace", ACT_BACK }, { "Left", ACT_BACK },
	{ "L", ACT_FORWARD }, { "Right", ACT_FORWARD },
	{ "J", ACT_NEXT_ITEM },
	{ "K", ACT_PREV_ITEM },
	{ "e", ACT_TOGGLE_NAMES },
	{ "#", ACT_TOGGLE_FIGURES },
	{ "s", ACT_TOGGLE_PANEL },
	{ "Tab", ACT_FOCUS }, { "BTab", ACT_FOCUS },
	{ "Enter", ACT_ENTER },
	{ "o", ACT_OPEN_URL },
	{ "y", ACT_COPY_URL },
	{ "f", ACT_HINTS },
	{ "F", ACT_LINKS },
	{ "M", ACT_TOGGLE_READ },
	{ "m", ACT_MENTIONS },
	{ "S", ACT_KEEP },
	{ "H", ACT_HELP }, { "F1", ACT_HELP },
	{ "r", ACT_RELOAD },
	{ "R", ACT_REFRESH_ALL },
	{ "t", ACT_GROUP_TAGS },
	{ "^L", ACT_REDRAW },
	{ "=", ACT_WHERE }, { "^G", ACT_WHERE },
	{ "Escape", ACT_CANCEL },
	{ "^C", ACT_INTERRUPT },
	{ "q", ACT_QUIT },
	{ "Q", ACT_QUIT_NOW }
};

/* Names of keys that are not characters, and of some that are. */
static const struct {
	const char	*name;
	int		 key;
} key_names[] = {
	{ "Space", KEY_SPACE },
	{ "Enter", KEY_ENTER },
	{ "Tab", KEY_TAB },
	{ "Backspace", KEY_BACKSPACE },
	{ "Escape", KEY_ESCAPE },
	{ "Up", KEY_F_UP },
	{ "Down", KEY_F_DOWN },
	{ "Left", KEY_F_LEFT },
	{ "Right", KEY_F_RIGHT },
	{ "PgUp", KEY_F_PGUP },
	{ "PgDn", KEY_F_PGDN },
	{ "Home", KEY_F_HOME },
	{ "End", KEY_F_END },
	{ "BTab", KEY_F_BTAB },
	{ "WheelUp", KEY_F_WHEEL_UP },
	{ "WheelDown", KEY_F_WHEEL_DOWN },
	{ "Resize", KEY_F_RESIZE },
	{ "Click", KEY_F_CLICK },
	{ "F1", KEY_F_F1 }, { "F2", KEY_F_F1 + 1 }, { "F3", KEY_F_F1 + 2 },
	{ "F4", KEY_F_F1 + 3 }, { "F5", KEY_F_F1 + 4 }, { "F6", KEY_F_F1 + 5 },
	{ "F7", KEY_F_F1 + 6 }, { "F8", KEY_F_F1 + 7 }, { "F9", KEY_F_F1 + 8 },
	{ "F10", KEY_F_F1 + 9 }, { "F11", KEY_F_F1 + 10 },
	{ "F12", KEY_F_F12 },
	/* Other spellings, understood but never written. */
	{ "Return", KEY_ENTER },
	{ "Esc", KEY_ESCAPE },
	{ "PageUp", KEY_F_PGUP },
	{ "PageDown", KEY_F_PGDN },
	{ "BackTab", KEY_F_BTAB },
	{ "S-Tab", KEY_F_BTAB }
};

/* One key for the ways a terminal sends it: the keypad's Enter and LF as
 * Enter, ^H as Backspace. */
static int
canonical(int key)
{
	switch (key) {
	case KEY_F_ENTER:
	case '\n':
		return KEY_ENTER;
	case KEY_F_BACKSPACE:
	case '\b':
		return KEY_BACKSPACE;
	default:
		return key;
	}
}

static int
valid_key(int key)
{
	return key >= 0 && key < KEY_F_LAST &&
	    (key < 0xd800 || key > 0xdfff);
}

static struct binding *
find(const struct keymap *km, int key)
{
	size_t	 i;

	for (i = 0; i < km->n; i++)
		if (km->b[i].key == key)
			return &km->b[i];
	return NULL;
}

static void
set(struct keymap *km, int key, enum action a)
{
	struct binding	*b;

	key = canonical(key);
	if ((b = find(km, key)) != NULL) {
		if (a == ACT_NONE) {
			km->n--;
			memmove(b, b + 1, (size_t)(km->b + km->n - b) *
			    sizeof *b);
		} else
			b->action = a;
		return;
	}
	if (a == ACT_NONE)
		return;
	if (km->n == km->cap) {
		km->cap = km->cap ? km->cap * 2 : 64;
		km->b = xreallocarray(km->b, km->cap, sizeof *km->b);
	}
	km->b[km->n].key = key;
	km->b[km->n++].action = a;
}

struct keymap *
keymap_new(void)
{
	struct keymap	*km = xcalloc(1, sizeof *km);
	size_t		 i;
	int		 key;

	for (i = 0; i < sizeof defaults / sizeof defaults[0]; i++) {
		if ((key = keymap_key_parse(defaults[i].key)) < 0)
			die("bad default key '%s'", defaults[i].key);
		set(km, key, defaults[i].action);
	}
	return km;
}

void
keymap_free(struct keymap *km)
{
	if (km == NULL)
		return;
	free(km->b);
	free(km);
}

/* A name as a message may show it: invalid bytes read as windows-1252,
 * control characters as U+FFFD, white space as a space. Free it. */
static char *
shown(const char *name)
{
	char	*s, *p;

	s = utf8_clean(name, strlen(name), UTF8_CLEAN_RAW, NULL);
	for (p = s; *p != '\0'; p++) {
		if (*p == '\t' || *p == '\n' || *p == '\r')
			*p = ' ';
	}
	return s;
}

int
keymap_bind(struct keymap *km, const char *key, const char *action,
    char **cause)
{
	int		 k;
	enum action	 a;
	char		*s;

	if ((k = keymap_key_parse(key)) < 0) {
		s = shown(key);
		*cause = xasprintf("unknown key '%s'", s);
		free(s);
		return -1;
	}
	if ((a = keymap_action_parse(action)) == ACT_COUNT) {
		s = shown(action);
		*cause = xasprintf("unknown action '%s'", s);
		free(s);
		return -1;
	}
	set(km, k, a);
	return 0;
}

enum action
keymap_lookup(const struct keymap *km, int key)
{
	const struct binding *b = find(km, canonical(key));

	return b != NULL ? b->action : ACT_NONE;
}

const char *
keymap_key_name(int key, char *buf)
{
	size_t	 i, n;

	for (i = 0; i < sizeof key_names / sizeof key_names[0]; i++) {
		if (key_names[i].key == key) {
			strcpy(buf, key_names[i].name);
			return buf;
		}
	}
	switch (key) {
	case KEY_F_ENTER:
		strcpy(buf, "Enter");
		return buf;
	case KEY_F_BACKSPACE:
		strcpy(buf, "Backspace");
		return buf;
	}
	if (key >= 0 && key < 32) {
		buf[0] = '^';
		buf[1] = (char)('@' + key);
		buf[2] = '\0';
	} else if (key > 32 && key < 127) {
		buf[0] = (char)key;
		buf[1] = '\0';
	} else if (key >= 0x80 && key < 0x110000 && !utf8_is_control(
	    (uint32_t)key) && (key < 0xd800 || key > 0xdfff)) {
		n = utf8_encode((uint32_t)key, buf);
		buf[n] = '\0';
	} else if (valid_key(key))
		snprintf(buf, 16, "U+%04X", (unsigned)key);
	else
		strcpy(buf, "?");
	return buf;
}

int
keymap_key_parse(const char *name)
{
	size_t		 i, len = strlen(name), n;
	uint32_t	 cp;
	unsigned long	 v;
	char		*end;

	if (len == 0)
		return -1;
	for (i = 0; i < sizeof key_names / sizeof key_names[0]; i++)
		if (strcasecmp(name, key_names[i].name) == 0)
			return key_names[i].key;
	/* ^L, ^l, ^? */
	if (len == 2 && name[0] == '^') {
		if (name[1] == '?')
			return KEY_BACKSPACE;
		if (name[1] >= 'a' && name[1] <= 'z')
			return name[1] - 'a' + 1;
		if (name[1] >= '@' && name[1] <= '_')
			return name[1] - '@';
		return -1;
	}
	/* U+1F600 */
	if (len > 2 && (name[0] == 'U' || name[0] == 'u') && name[1] == '+') {
		v = strtoul(name + 2, &end, 16);
		if (!isxdigit((unsigned char)name[2]) || *end != '\0' ||
		    v >= 0x110000 ||
		    (v >= 0xd800 && v <= 0xdfff))
			return -1;
		return (int)v;
	}
	/* One character. */
	n = utf8_decode(name, len, &cp);
	if (n != len || (cp == UTF8_REPLACEMENT && n == 1) ||
	    utf8_is_control(cp) || cp == ' ')
		return -1;
	return (int)cp;
}

const char *
keymap_action_name(enum action a)
{
	if ((unsigned)a >= ACT_COUNT)
		return NULL;
	return actions[a].name;
}

enum action
keymap_action_parse(const char *name)
{
	unsigned	 a;

	for (a = 0; a < ACT_COUNT; a++)
		if (strcmp(name, actions[a].name) == 0)
			return (enum action)a;
	return ACT_COUNT;
}

const char *
keymap_action_help(enum action a)
{
	if ((unsigned)a >= ACT_COUNT)
		return NULL;
	return actions[a].help;
}

const char *
keymap_keys_for(const struct keymap *km, enum action a, char *buf,
    unsigned long n)
{
	size_t	 i, used = 0, k;
	char	 name[16];

	if (n == 0)
		return buf;
	buf[0] = '\0';
	for (i = 0; i < km->n; i++) {
		if (km->b[i].action != a)
			continue;
		keymap_key_name(km->b[i].key, name);
		k = strlen(name);
		/* Only whole names, with their ", ". */
		if (used + (used > 0 ? 2 : 0) + k + 1 > n)
			break;
		if (used > 0) {
			memcpy(buf + used, ", ", 2);
			used += 2;
		}
		memcpy(buf + used, name, k + 1);
		used += k;
	}
	return buf;
}
