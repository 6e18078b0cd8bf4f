/* pager.c: the reader - nav's pages shown on the screens, and each key
 * dispatched to the screen it is for. The screens are the article view
 * (view.c), the side panel (panel.c), a folder's index (index.c), the
 * help (help.c) and the search prompt (prompt.c); screen.c holds what
 * they share. */
#include "config.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "doc.h"
#include "grid.h"
#include "help.h"
#include "index.h"
#include "keymap.h"
#include "layout.h"
#include "listing.h"
#include "nav.h"
#include "pager.h"
#include "panel.h"
#include "prompt.h"
#include "screen.h"
#include "theme.h"
#include "url.h"
#include "view.h"
#include "xmalloc.h"

struct pager {
	struct screen		 s;
	struct nav		*nav;

	/* The screens. An article shows in the view, with the panel
	 * beside it; a folder in the index. */
	struct view		*view;
	struct panel		*panel;
	struct index		*index;
	const struct article	*a;		/* the article shown, or NULL */
	struct help		 help;
	struct prompt		 prompt;
	bool			 panel_on;	/* the panel wanted */

	char			*clipboard;
	char			*open_url;	/* for the UI to open */
};

struct pager *
pager_new(const struct pager_opts *o)
{
	struct pager	*p = xcalloc(1, sizeof *p);

	p->s.keymap = o->keymap;
	p->s.max_width = o->max_width > 0 ? o->max_width : 80;
	p->s.panel_left = o->panel_left;
	p->s.names = o->names;
	p->s.figures = o->figures;
	p->panel_on = o->panel;
	p->nav = nav_new(o->nav_flags);
	nav_set_library(p->nav, o->library);
	p->view = view_new(&p->s);
	p->panel = panel_new(&p->s);
	p->index = index_new(&p->s);
	screen_resize(&p->s, 80, 24, p->panel_on);
	return p;
}

void
pager_free(struct pager *p)
{
	if (p == NULL)
		return;
	view_free(p->view);
	panel_free(p->panel);
	index_free(p->index);
	nav_free(p->nav);
	prompt_free(&p->prompt);
	screen_free(&p->s);
	free(p->clipboard);
	free(p->open_url);
	free(p);
}

/* Is a folder's index what shows? */
static bool
showing_index(const struct pager *p)
{
	return index_listing(p->index) != NULL;
}

/* Lay the frame out for the size it has, the panel shown as wanted (an
 * index has none). */
static void
geometry(struct pager *p)
{
	screen_resize(&p->s, p->s.w, p->s.h, p->panel_on &&
	    !showing_index(p));
	if (!p->s.panel_shown)
		panel_unfocus(p->panel);
}

void
pager_resize(struct pager *p, int w, int h)
{
	p->s.w = w;
	p->s.h = h;
	geometry(p);
	view_relayout(p->view);
	index_resize(p->index);
}

void
pager_message(struct pager *p, bool error, const char *msg)
{
	screen_message(&p->s, error, "%s", msg);
}

/*
 * Pages, from nav.
 */

/* Where the reader is, to be kept in history. */
static const struct nav_pos *
here(const struct pager *p, struct nav_pos *pos)
{
	size_t	 block, off, line;

	memset(pos, 0, sizeof *pos);
	view_where(p->view, &block, &off, &line);
	pos->block = block == LAYOUT_HEADER ? NAV_POS_LINE : block;
	pos->off = off;
	pos->line = line;
	pos->sel = index_selected(p->index);
	pos->pct = view_percent(p->view);
	return pos;
}

/* A page opened: show it, the reader where the event says. */
static void
opened(struct pager *p, const struct nav_event *ev)
{
	const struct nav_page	*pg = nav_current(p->nav);
	const struct article	*a = pg->article;

	p->a = a;
	index_set(p->index, pg->listing);
	geometry(p);
	view_set(p->view, a != NULL ? a->doc : NULL, a != NULL ? a->ents :
	    NULL);
	panel_set(p->panel, a != NULL ? a->ents : NULL);
	if (a != NULL && a->doc->notice != NULL)
		screen_message(&p->s, false, "%s", a->doc->notice);
	if (pg->listing != NULL)
		index_select(p->index, ev->pos.sel);
	else
		view_goto(p->view, ev->pos.block == NAV_POS_LINE ?
		    LAYOUT_HEADER : ev->pos.block, ev->pos.off, ev->pos.line);
	if (ev->resumed && view_percent(p->view) >= 0)
		screen_message(&p->s, false, "resumed at %d%%",
		    view_percent(p->view));
	if (ev->msg != NULL)
		screen_message(&p->s, ev->error, "%s", ev->msg);
}

/* Take what nav has to tell: pages opened, loads failed, messages. */
static void
sync_nav(struct pager *p)
{
	struct nav_event	 ev;

	while (nav_take(p->nav, &ev)) {
		switch (ev.kind) {
		case NAV_OPENED:
			opened(p, &ev);
			break;
		case NAV_FAILED:
			screen_message(&p->s, true, "%s: %s", ev.target,
			    ev.msg);
			break;
		case NAV_MESSAGE:
			screen_message(&p->s, ev.error, "%s", ev.msg);
			break;
		}
		nav_event_clear(&ev);
	}
	if (nav_loading(p->nav) != NULL)
		screen_message(&p->s, false, "loading %s\xe2\x80\xa6",
		    nav_loading(p->nav));
}

int
pager_open(struct pager *p, const char *path, char **cause)
{
	struct nav_event	 ev;
	int			 r = -1;

	nav_go(p->nav, path, NULL);
	while (nav_loading(p->nav) != NULL)
		nav_run(p->nav);
	*cause = NULL;
	while (nav_take(p->nav, &ev)) {
		if (ev.kind == NAV_OPENED) {
			opened(p, &ev);
			r = 0;
		} else if (ev.kind == NAV_FAILED && *cause == NULL) {
			*cause = ev.msg;
			ev.msg = NULL;
		}
		nav_event_clear(&ev);
	}
	if (r == -1 && *cause == NULL)
		*cause = xstrdup("not opened");
	return r;
}

bool
pager_busy(const struct pager *p)
{
	return nav_loading(p->nav) != NULL || nav_pending(p->nav);
}

void
pager_run(struct pager *p)
{
	if (nav_loading(p->nav) != NULL)
		screen_clear_message(&p->s);
	nav_run(p->nav);
	sync_nav(p);
}

/*
 * Keys.
 */

static void
copy_url(struct pager *p, const struct article *a)
{
	const char	*url = a != NULL ? a->doc->url : NULL;

	if (url == NULL) {
		screen_message(&p->s, true, "this article has no URL");
		return;
	}
	free(p->clipboard);
	p->clipboard = xstrdup(url);
	screen_message(&p->s, false, "copied %s", url);
}

static void
open_url(struct pager *p, const struct article *a)
{
	size_t	 scheme;

	if (a == NULL || a->doc->url == NULL)
		screen_message(&p->s, true, "this article has no URL");
	else if (url_kind(a->doc->url, &scheme) == URL_REFUSED ||
	    scheme == 0)
		screen_message(&p->s, true, "not opened: %s is not an http, "
		    "https or file URL", a->doc->url);
	else {
		free(p->open_url);
		p->open_url = xstrdup(a->doc->url);
	}
}

/* A key for the search prompt. */
static void
prompt_input(struct pager *p, int key)
{
	char	*text;

	switch (prompt_key(&p->prompt, key)) {
	case PROMPT_HELP:
		help_open(&p->help);
		break;
	case PROMPT_SEARCH:
		text = prompt_take(&p->prompt);
		view_search(p->view, text, p->prompt.dir);
		free(text);
		break;
	default:
		break;
	}
}

/* A key in a folder's index. */
static void
index_input(struct pager *p, enum action act, int key)
{
	const struct listing	*l = index_listing(p->index);
	struct nav_pos		 pos;

	if (act == ACT_SEARCH_BACK && key == '?') {
		/* No search in an index: "?" is the help. */
		help_open(&p->help);
		return;
	}
	switch (index_key(p->index, act, key)) {
	case INDEX_OPEN:
		break;
	case INDEX_TOGGLE_READ:
		nav_toggle_read(p->nav, index_selected(p->index));
		return;
	default:
		return;
	}
	if (act == ACT_FORWARD && nav_can_forward(p->nav))
		nav_forward(p->nav, here(p, &pos));
	else
		nav_go(p->nav, l->entries[index_selected(p->index)].path,
		    here(p, &pos));
}

/* A key for the article, its panel focused or not. */
static void
article_input(struct pager *p, enum action act, int key)
{
	const struct article	*a = p->a;
	struct nav_pos		 pos;
	size_t			 ent;

	if (panel_focused(p->panel)) {
		switch (panel_key(p->panel, act, key, &ent)) {
		case PANEL_JUMP:
			view_jump(p->view, ent);
			return;
		case PANEL_MENTIONS:
			nav_mentions(p->nav, ent, here(p, &pos));
			return;
		case PANEL_MOVED:
			view_unjump(p->view);
			return;
		case PANEL_DONE:
			return;
		case PANEL_IGNORED:
			break;
		}
	}
	if (view_key(p->view, act, key))
		return;
	switch (act) {
	case ACT_SEARCH:
	case ACT_SEARCH_BACK:
		prompt_open(&p->prompt, act == ACT_SEARCH ? 1 : -1, key == '?');
		break;
	case ACT_NEXT_POST:
	case ACT_PREV_POST:
		nav_follow(p->nav, act == ACT_NEXT_POST, here(p, &pos));
		break;
	case ACT_TOGGLE_NAMES:
		p->s.names = !p->s.names;
		screen_message(&p->s, false, "names %s", p->s.names ?
		    "highlighted" : "not highlighted");
		break;
	case ACT_TOGGLE_FIGURES:
		p->s.figures = !p->s.figures;
		screen_message(&p->s, false, "figures %s", p->s.figures ?
		    "highlighted" : "not highlighted");
		break;
	case ACT_TOGGLE_PANEL:
		p->panel_on = !p->panel_on;
		geometry(p);
		view_relayout(p->view);
		if (p->panel_on && !p->s.panel_shown)
			screen_message(&p->s, false, "the terminal is too "
			    "narrow for the side panel");
		break;
	case ACT_FOCUS:
		if (!p->s.panel_shown) {
			screen_message(&p->s, false,
			    "the side panel is hidden: s shows it");
			break;
		}
		if (panel_toggle_focus(p->panel))
			view_unjump(p->view);
		break;
	case ACT_COPY_URL:
		copy_url(p, a);
		break;
	case ACT_OPEN_URL:
		open_url(p, a);
		break;
	default:
		break;
	}
}

/* One key: the prompt, the panel's filter or the help take it while
 * they are open; then the keys of every screen (quit, help, history,
 * reload); then the index's or the article's. Returns false to quit. */
static bool
dispatch(struct pager *p, int key)
{
	struct nav_pos	 pos;
	enum action	 act;

	screen_clear_message(&p->s);
	if (key == KEY_F_RESIZE)
		return true;
	if (p->prompt.active) {
		prompt_input(p, key);
		return true;
	}
	if (panel_filtering(p->panel) && panel_filter_key(p->panel, key))
		return true;
	if (showing_index(p) && index_filtering(p->index) &&
	    index_filter_key(p->index, key))
		return true;
	act = keymap_lookup(p->s.keymap, key);
	if (p->help.shown) {
		help_key(&p->help, &p->s, act, key);
		return true;
	}
	if (key != KEY_F_WHEEL_DOWN && key != KEY_F_WHEEL_UP) {
		switch (act) {
		case ACT_QUIT:
			return false;
		case ACT_HELP:
			help_open(&p->help);
			return true;
		case ACT_REDRAW:
			return true;
		case ACT_RELOAD:
			nav_reload(p->nav, here(p, &pos));
			return true;
		case ACT_BACK:
			nav_back(p->nav, here(p, &pos));
			return true;
		case ACT_FORWARD:
			if (!showing_index(p)) {
				nav_forward(p->nav, here(p, &pos));
				return true;
			}
			break;
		default:
			break;
		}
	}
	if (showing_index(p))
		index_input(p, act, key);
	else
		article_input(p, act, key);
	return true;
}

bool
pager_key(struct pager *p, int key)
{
	struct nav_pos	 pos;
	bool		 r = dispatch(p, key);

	sync_nav(p);
	/* Where the reader is now, kept as it moves. */
	if (nav_current(p->nav) != NULL)
		nav_keep(p->nav, here(p, &pos));
	return r;
}

char *
pager_take_open(struct pager *p)
{
	char	*taken = p->open_url;

	p->open_url = NULL;
	return taken;
}

char *
pager_take_clipboard(struct pager *p)
{
	char	*taken = p->clipboard;

	p->clipboard = NULL;
	return taken;
}

/*
 * Drawing.
 */

void
pager_draw(struct pager *p, struct grid *g)
{
	const struct listing	*l = index_listing(p->index);
	const struct article	*a = p->a;
	const char		*title = NULL;
	char			*t = NULL;

	grid_resize(g, p->s.w, p->s.h);
	grid_clear(g, ROLE_TEXT);
	g->cursor_y = g->cursor_x = -1;
	if (p->s.small) {
		screen_draw_small(&p->s, g);
		return;
	}
	if (l != NULL) {
		t = xasprintf("Articles in %s", l->dir);
		title = t;
	} else if (a != NULL)
		title = doc_headline(a->doc) != NULL ? doc_headline(a->doc) :
		    a->path;
	screen_frame(&p->s, g, title, "Names");
	free(t);
	if (p->help.shown) {
		help_draw(&p->help, &p->s, g);
		return;
	}
	if (l != NULL)
		index_draw(p->index, g);
	else if (a != NULL) {
		view_draw(p->view, g);
		panel_draw(p->panel, g);
	}
	if (p->prompt.active)
		prompt_draw(&p->prompt, &p->s, g);
	else if (l != NULL)
		index_draw_status(p->index, g);
	else
		view_draw_status(p->view, g);
}
