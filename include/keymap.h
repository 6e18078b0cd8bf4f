/* keymap.h: keys and the actions they are bound to. */
#ifndef FOLIO_KEYMAP_H
#define FOLIO_KEYMAP_H

/* A key is a Unicode code point (control keys as their code: Tab 9,
 * Enter 13, ^L 12, Backspace 127) or one of these. */
enum {
	KEY_F_UP = 0x110000,
	KEY_F_DOWN,
	KEY_F_LEFT,
	KEY_F_RIGHT,
	KEY_F_PGUP,
	KEY_F_PGDN,
	KEY_F_HOME,
	KEY_F_END,
	KEY_F_BACKSPACE,
	KEY_F_ENTER,
	KEY_F_BTAB,
	KEY_F_WHEEL_UP,
	KEY_F_WHEEL_DOWN,
	KEY_F_RESIZE,
	KEY_F_CLICK,		/* the first button, where pager_click() says */
	KEY_F_F1,		/* F1 to F12: KEY_F_F1 + n - 1 */
	KEY_F_F12 = KEY_F_F1 + 11,
	KEY_F_LAST
};

enum action {
	ACT_NONE,
	ACT_DOWN,
	ACT_UP,
	ACT_PAGE_DOWN,
	ACT_PAGE_UP,
	ACT_HALF_DOWN,
	ACT_HALF_UP,
	ACT_WINDOW_DOWN,
	ACT_WINDOW_UP,
	ACT_TOP,
	ACT_PERCENT,
	ACT_BOTTOM,
	ACT_SEARCH,
	ACT_SEARCH_BACK,
	ACT_SEARCH_NEXT,
	ACT_SEARCH_PREV,
	ACT_NEXT_POST,
	ACT_PREV_POST,
	ACT_BACK,
	ACT_FORWARD,
	ACT_NEXT_ITEM,
	ACT_PREV_ITEM,
	ACT_TOGGLE_NAMES,
	ACT_TOGGLE_FIGURES,
	ACT_TOGGLE_PANEL,
	ACT_FOCUS,
	ACT_ENTER,
	ACT_OPEN_URL,
	ACT_COPY_URL,
	ACT_HINTS,
	ACT_LINKS,
	ACT_TOGGLE_READ,
	ACT_MENTIONS,
	ACT_KEEP,
	ACT_HELP,
	ACT_RELOAD,
	ACT_REFRESH_ALL,
	ACT_GROUP_TAGS,
	ACT_REDRAW,
	ACT_WHERE,
	ACT_CANCEL,
	ACT_INTERRUPT,
	ACT_QUIT,
	ACT_QUIT_NOW,
	ACT_COUNT
};

struct keymap;

/* A keymap with folio's default bindings (DESIGN.md's table, with less's
 * habits: "/" searches forward, "?" and ^R backward; H and F1 show the
 * help, as does Enter alone at the "?" prompt). Free it with keymap_free(). A terminal's ways of
 * sending one key are one key: LF and KEY_F_ENTER are Enter (13), ^H and
 * KEY_F_BACKSPACE are Backspace (127), in keymap_bind and keymap_lookup. */
struct keymap	*keymap_new(void);
void		 keymap_free(struct keymap *km);
/* Bind a key (by name: "j", "^L", "Space", "Enter", "Down", "PgDn", "#",
 * ...) to an action (by name: "down", "next-post", ...), or unbind it
 * with action "none". On error return -1 with *cause set. */
int		 keymap_bind(struct keymap *km, const char *key,
		    const char *action, char **cause);
enum action	 keymap_lookup(const struct keymap *km, int key);

/* A key's name into buf (at least 16 bytes); returns buf. Names: the
 * character itself, "^L" for a control key, "Space", "Enter", "Tab",
 * "Backspace", "Escape", "Up", "PgDn", "BTab", "WheelUp", "F1", ..., "U+0085"
 * for a character that cannot be shown; "?" for no key. */
const char	*keymap_key_name(int key, char *buf);
/* A key from its name (as keymap_key_name writes it, named keys in any
 * case, also "Return", "Esc", "PageUp", "PageDown", "BackTab", "S-Tab",
 * "^l", "^?"), or -1. */
int		 keymap_key_parse(const char *name);
/* "down", "next-post", ... and back; NULL and ACT_COUNT when unknown. */
const char	*keymap_action_name(enum action a);
enum action	 keymap_action_parse(const char *name);
/* One line of help for an action ("follow the article's Next Post link"). */
const char	*keymap_action_help(enum action a);
/* The keys bound to an action, as "j, Down" into buf of size n (only the
 * names that fit whole; "" when none); returns buf. */
const char	*keymap_keys_for(const struct keymap *km, enum action a,
		    char *buf, unsigned long n);

#endif
