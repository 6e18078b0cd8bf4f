/* pager.c: the reader - nav's pages shown on the screens, and each key
 * dispatched to the screen it is for. The screens are the article view
 * (view.c), the side panel (panel.c), a folder's index (index.c), the
 * list of the article's links (links.c), the help (help.c) and the
 * search prompt (prompt.c); screen.c holds what they share. Following a
 * link of the article, by its hint, from the list or by a click, is
 * here: nav opens what folio reads, the UI hands the rest to $BROWSER. */
#include "config.h"

#include <sys/stat.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "doc.h"
#include "grid.h"
#include "help.h"
#include "index.h"
#include "keymap.h"
#include "layout.h"
#include "links.h"
#include "listing.h"
#include "nav.h"
#include "pager.h"
#include "panel.h"
#include "prompt.h"
#include "screen.h"
#include "theme.h"
#include "url.h"
#include "view.h"
#include "wait.h"
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
	struct links		 links;
	struct prompt		 prompt;
	bool			 panel_on;	/* the panel wanted */
	bool			 panel_chosen;	/* by the reader (s, or the
						   configuration); else the
						   width decides */

	char			*clipboard;
	char			*open_url;	/* for the UI to open */
	bool			 mouse;		/* the mouse is folio's */
	long			 count;		/* digits typed before a key,
						   as in less (5j, 10G, 50%) */

	/* Loading. */
	bool			 loading_shown;	/* the message says what
						   loads */
	bool			 interrupted;	/* quit by ^C */
	char			*fail_target;	/* the first page, which */
	char			*fail_msg;	/* did not open: why */

	/* A link followed to a place in another page ("b.html#part"): the
	 * page asked for and the place, gone to once the page opens. */
	char			*want_target, *want_frag;
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
	p->panel_chosen = !o->panel_auto;
	p->panel_on = p->panel_chosen ? o->panel : screen_roomy(&p->s, 80);
	p->mouse = o->mouse;
	p->s.accents = o->accents;
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
	links_close(&p->links);
	screen_free(&p->s);
	free(p->clipboard);
	free(p->open_url);
	free(p->fail_target);
	free(p->fail_msg);
	free(p->want_target);
	free(p->want_frag);
	free(p);
}

/* Is a folder's index what shows? */
static bool
showing_index(const struct pager *p)
{
	return index_listing(p->index) != NULL;
}

/* Is the index the feeds subscribed to? */
static bool
showing_feeds(const struct pager *p)
{
	const struct listing	*l = index_listing(p->index);

	return l != NULL && l->kind == LISTING_FEEDS;
}

/* Lay the frame out for the size it has, the panel shown as wanted (an
 * index has none). */
static void
geometry(struct pager *p)
{
	/* Until the reader chooses, the panel shows where the text keeps
	 * room beside it. */
	if (!p->panel_chosen)
		p->panel_on = screen_roomy(&p->s, p->s.w);
	screen_resize(&p->s, p->s.w, p->s.h, p->panel_on &&
	    !showing_index(p) && p->a != NULL);
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

static void	 follow_fragment(struct pager *, const char *);

/* A page opened: show it, the reader where the event says. */
static void
opened(struct pager *p, const struct nav_event *ev)
{
	const struct nav_page	*pg = nav_current(p->nav);
	const struct article	*a = pg->article;

	p->a = a;
	links_close(&p->links);
	index_set(p->index, pg->listing);
	geometry(p);
	view_set(p->view, a != NULL ? a->doc : NULL, a != NULL ? a->ents :
	    NULL);
	panel_set(p->panel, a != NULL ? a->ents : NULL);
	if (a != NULL && a->doc->notice != NULL)
		screen_message(&p->s, false, "%s", a->doc->notice);
	else if (a != NULL && a->doc->feed != NULL && ev->msg == NULL &&
	    !nav_from_feed(p->nav, NULL)) {
		char	 keys[80];

		/* The site's feed, offered. */
		screen_message(&p->s, false, "this site has a feed: %s (%s "
		    "opens it)", a->doc->feed, screen_first_key(&p->s,
		    ACT_REFRESH_ALL, keys));
	}
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
	if (p->want_frag != NULL && a != NULL &&
	    strcmp(p->want_target, pg->target) == 0)
		follow_fragment(p, p->want_frag);
	free(p->want_target);
	free(p->want_frag);
	p->want_target = p->want_frag = NULL;
}

/* A size for the status line: "812 B", "12.0 KiB", "3.4 MiB". */
static void
size_text(char *buf, size_t len, size_t n)
{
	if (n < 1024)
		snprintf(buf, len, "%zu B", n);
	else if (n < (size_t)1 << 20)
		snprintf(buf, len, "%.1f KiB", (double)n / 1024);
	else
		snprintf(buf, len, "%.1f MiB", (double)n / 1048576);
}

/* The status line says what loads, how far it has come and how to stop
 * it, unless another message is showing. */
static void
show_loading(struct pager *p)
{
	struct nav_progress	 pr;
	const char		*url = nav_loading(p->nav);
	char			 got[32], size[32], key[80], of[48];
	size_t			 done, total;

	if ((url == NULL || !nav_progress(p->nav, &pr)) &&
	    nav_refreshing(p->nav, &done, &total)) {
		if (p->s.msg != NULL && !p->loading_shown)
			return;
		screen_message(&p->s, false, "refreshing feeds\xe2\x80\xa6 %zu "
		    "of %zu", done, total);
		p->loading_shown = true;
		return;
	}
	if (url == NULL || !nav_progress(p->nav, &pr)) {
		if (p->loading_shown)
			screen_clear_message(&p->s);
		p->loading_shown = false;
		return;
	}
	if (p->s.msg != NULL && !p->loading_shown)
		return;
	size_text(got, sizeof got, pr.got);
	of[0] = '\0';
	if (pr.total > 0) {
		size_text(size, sizeof size, pr.total);
		snprintf(of, sizeof of, " of %s", size);
	}
	screen_first_key(&p->s, ACT_CANCEL, key);
	if (pr.got > 0 || pr.seconds >= 1)
		screen_message(&p->s, false, "loading %s\xe2\x80\xa6 %s%s, "
		    "%.0f s (%s cancels)", url, got, of, pr.seconds, key);
	else
		screen_message(&p->s, false, "loading %s\xe2\x80\xa6 (%s "
		    "cancels)", url, key);
	p->loading_shown = true;
}

/* Take what nav has to tell: pages opened, loads failed or cancelled,
 * messages. A first page that did not open is kept for pager_failure(). */
static void
sync_nav(struct pager *p)
{
	struct nav_event	 ev;

	while (nav_take(p->nav, &ev)) {
		/* What came of a load says so in place of the load. */
		if (p->loading_shown)
			screen_clear_message(&p->s);
		p->loading_shown = false;
		switch (ev.kind) {
		case NAV_OPENED:
			opened(p, &ev);
			break;
		case NAV_FAILED:
		case NAV_CANCELLED:
			if (nav_current(p->nav) == NULL &&
			    p->fail_target == NULL) {
				p->fail_target = ev.target;
				p->fail_msg = ev.kind == NAV_CANCELLED ?
				    xstrdup("cancelled") : ev.msg;
				ev.target = NULL;
				if (ev.kind == NAV_FAILED)
					ev.msg = NULL;
			}
			if (ev.kind == NAV_FAILED)
				screen_message(&p->s, true, "%s: %s",
				    ev.target != NULL ? ev.target :
				    p->fail_target, ev.msg != NULL ? ev.msg :
				    p->fail_msg);
			else
				screen_message(&p->s, false, "%s", ev.msg !=
				    NULL ? ev.msg : "cancelled");
			break;
		case NAV_MESSAGE:
			screen_message(&p->s, ev.error, "%s", ev.msg);
			break;
		}
		nav_event_clear(&ev);
	}
	show_loading(p);
}

int
pager_open(struct pager *p, const char *path, char **cause)
{
	*cause = NULL;
	nav_go(p->nav, path, NULL);
	sync_nav(p);
	if (nav_current(p->nav) != NULL || nav_loading(p->nav) != NULL)
		return 0;
	*cause = p->fail_msg != NULL ? p->fail_msg : xstrdup("not opened");
	p->fail_msg = NULL;
	free(p->fail_target);
	p->fail_target = NULL;
	return -1;
}

bool
pager_busy(const struct pager *p)
{
	return nav_loading(p->nav) != NULL || nav_pending(p->nav);
}

void
pager_wait(const struct pager *p, struct wait *w)
{
	nav_wait(p->nav, w);
	/* The status line counts the bytes and the seconds, or the feeds
	 * refreshed. */
	if (nav_loading(p->nav) != NULL || nav_refreshing(p->nav, NULL, NULL))
		wait_within(w, 250);
	/* Work no one waits on, once the screen is drawn. */
	if (nav_pending(p->nav))
		wait_within(w, 0);
}

bool
pager_run(struct pager *p)
{
	struct nav_pos	 pos;

	nav_run(p->nav, nav_current(p->nav) != NULL ? here(p, &pos) : NULL);
	sync_nav(p);
	return nav_current(p->nav) != NULL || nav_loading(p->nav) != NULL;
}

const char *
pager_failure(const struct pager *p, const char **target)
{
	*target = p->fail_target;
	return p->fail_msg;
}

bool
pager_mouse(const struct pager *p)
{
	return p->mouse;
}

bool
pager_interrupted(const struct pager *p)
{
	return p->interrupted;
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
	/* The terminal is asked to (OSC 52); whether it does, folio
	 * cannot tell. */
	screen_message(&p->s, false, "sent to the terminal's clipboard: %s",
	    url);
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

/*
 * Following the article's links.
 */

static int
hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* s with its %XX escapes decoded (but %00), malloc'd: a link's path as
 * the file system names it. */
static char *
unescape(const char *s)
{
	char	*out = xmalloc(strlen(s) + 1), *o = out;
	int	 hi, lo;

	for (; *s != '\0'; s++) {
		if (*s == '%' && (hi = hexval(s[1])) >= 0 &&
		    (lo = hexval(s[2])) >= 0 && (hi | lo) != 0) {
			*o++ = (char)(hi * 16 + lo);
			s += 2;
		} else
			*o++ = *s;
	}
	*o = '\0';
	return out;
}

/* Scroll to the place of the article a link inside it names (the
 * fragment after '#', escapes decoded): its top for "#" or "#top". */
static void
follow_fragment(struct pager *p, const char *frag)
{
	char	*id = unescape(frag);
	size_t	 block, off;

	if (id[0] == '\0' || (strcmp(id, "top") == 0 &&
	    !doc_find_anchor(p->a->doc, id, &block, &off))) {
		view_goto(p->view, LAYOUT_HEADER, 0, 0);
		screen_message(&p->s, false, "the top of the article");
	} else if (doc_find_anchor(p->a->doc, id, &block, &off)) {
		view_show(p->view, block, off);
		screen_message(&p->s, false, "#%s", id);
	} else
		screen_message(&p->s, true, "#%s: no such place in the "
		    "article (it may be in what folio leaves out)", id);
	free(id);
}

/* Open target as a new place in history, at the place href's fragment
 * names when it has one. */
static void
go(struct pager *p, const char *target, const char *href)
{
	const char	*frag = strchr(href, '#');
	struct nav_pos	 pos;

	free(p->want_target);
	free(p->want_frag);
	p->want_target = p->want_frag = NULL;
	if (frag != NULL && frag[1] != '\0') {
		p->want_target = xstrdup(target);
		p->want_frag = xstrdup(frag + 1);
	}
	nav_go(p->nav, target, here(p, &pos));
}

/* Follow link li of the article shown, by the link policy: a link inside
 * the article scrolls to its place; one resolved to a saved article, an
 * http(s) page or a local file opens in folio as a new place in history;
 * mail, images, PDFs, other media and protocols go to $BROWSER, saying
 * so; javascript:, data: and the like are never followed. */
static void
follow_link(struct pager *p, size_t li)
{
	const struct doc	*d = p->a->doc;
	const struct nav_page	*pg = nav_current(p->nav);
	const char		*href, *file, *frag;
	char			*path = NULL, *t;
	size_t			 scheme;
	struct stat		 sb;

	if (li >= d->nlinks || pg == NULL)
		return;
	href = d->links[li];
	file = d->link_files != NULL ? d->link_files[li] : NULL;
	frag = strchr(href, '#');
	/* A link inside the article. */
	if (frag != NULL && (frag == href || (file != NULL &&
	    strcmp(file, pg->target) == 0) || (d->url != NULL &&
	    url_same(href, d->url)) || url_same(href, pg->target))) {
		follow_fragment(p, frag + 1);
		return;
	}
	if (file != NULL) {
		if (strcmp(file, pg->target) == 0)
			screen_message(&p->s, false, "that link is this "
			    "article");
		else
			go(p, file, href);
		return;
	}
	switch (url_follow(href)) {
	case URL_FOLLOW_NEVER:
		url_kind(href, &scheme);
		if (scheme > 0 && scheme < 40)
			screen_message(&p->s, true, "not followed: %.*s links "
			    "are never followed", (int)scheme + 1, href);
		else
			screen_message(&p->s, true, "not followed: %s", href);
		return;
	case URL_FOLLOW_BROWSER:
		url_kind(href, &scheme);
		if (scheme > 0)
			path = xstrdup(href);
		else if (!url_is_web(pg->target) && strcmp(pg->target,
		    "-") != 0) {
			t = url_resolve(pg->target, href);
			t[strcspn(t, "?#")] = '\0';
			path = unescape(t);
			free(t);
		} else if (url_is_web(pg->target))
			path = url_resolve(pg->target, href);
		if (path == NULL) {
			screen_message(&p->s, true, "not opened: %s is "
			    "relative to an article read from standard "
			    "input", href);
			return;
		}
		screen_message(&p->s, false, "opening in $BROWSER (folio "
		    "reads only pages): %s", path);
		free(p->open_url);
		p->open_url = path;
		return;
	case URL_FOLLOW_OPEN:
		break;
	}
	if (url_is_web(href)) {
		t = xstrndup(href, strcspn(href, "#"));
		go(p, t, href);
		free(t);
		return;
	}
	if ((path = url_file_path(href)) == NULL) {
		/* A path relative to the article's own. */
		if (url_is_web(pg->target))
			path = url_resolve(pg->target, href);
		else if (strcmp(pg->target, "-") != 0) {
			t = url_resolve(pg->target, href);
			t[strcspn(t, "?#")] = '\0';
			path = unescape(t);
			free(t);
		}
	}
	if (path == NULL) {
		screen_message(&p->s, true, "not followed: %s is relative to "
		    "an article read from standard input", href);
		return;
	}
	/* Never a device or a pipe, which could wait for ever (as nav
	 * does for the prev/next links). */
	if (stat(path, &sb) == 0 && !S_ISREG(sb.st_mode) &&
	    !S_ISDIR(sb.st_mode))
		screen_message(&p->s, true, "not followed: %s is not a file",
		    path);
	else
		go(p, path, href);
	free(path);
}

/* A key for the search prompt. */
static void
prompt_input(struct pager *p, int key)
{
	char	*text;

	switch (prompt_key(&p->prompt, key)) {
	case PROMPT_EDITING:
		/* The matches of what is typed show as it is typed. */
		view_preview(p->view, p->prompt.text.data);
		return;
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
	/* The prompt closed: the last search's matches again. */
	view_preview(p->view, NULL);
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
	char			 keys[80];

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
	if (view_key(p->view, act, key, p->count))
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
	case ACT_NEXT_ITEM:
	case ACT_PREV_ITEM:
		nav_sibling(p->nav, act == ACT_NEXT_ITEM ? 1 : -1,
		    here(p, &pos));
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
		/* Asked for, the panel may cover the text where both do not
		 * fit; from now on it is as the reader says. */
		p->panel_chosen = true;
		if (p->panel_on && !p->s.panel_shown)
			p->s.panel_may_cover = true;	/* hidden for room */
		else {
			p->panel_on = !p->panel_on;
			p->s.panel_may_cover = p->panel_on;
		}
		geometry(p);
		view_relayout(p->view);
		if (p->s.panel_over)
			screen_message(&p->s, false, "the side panel covers "
			    "the text: %s hides it", screen_first_key(
			    &p->s, ACT_TOGGLE_PANEL, keys));
		else if (p->panel_on && !p->s.panel_shown)
			screen_message(&p->s, false, "the terminal is too "
			    "small for the side panel");
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
	case ACT_HINTS:
		if (a != NULL)
			view_hints_start(p->view);
		break;
	case ACT_LINKS:
		if (a != NULL)
			links_open(&p->links, a->doc);
		break;
	case ACT_KEEP:
		nav_toggle_kept(p->nav);
		break;
	default:
		break;
	}
}

/* A key while the links are numbered: the hints take it. */
static void
hints_input(struct pager *p, int key)
{
	size_t	 li;

	if (view_hints_key(p->view, key, &li) == VIEW_HINT_FOLLOW)
		follow_link(p, li);
}

/* A key for the list of links. */
static void
links_input(struct pager *p, enum action act, int key)
{
	size_t	 li;

	if (links_key(&p->links, &p->s, act, key, &li) == LINKS_FOLLOW)
		follow_link(p, li);
}

/* "=" and ^G: where the reader is. */
static void
where(struct pager *p)
{
	const struct listing	*l = index_listing(p->index);
	size_t			 top, shown, total;
	const char		*what;

	if (l != NULL) {
		screen_message(&p->s, false, "%s %zu of %zu, %s",
		    l->kind == LISTING_FEEDS ? "feed" : l->kind ==
		    LISTING_FEED ? "entry" : "article",
		    index_selected(p->index) + 1, l->n, l->dir);
		return;
	}
	if (p->a == NULL)
		return;
	view_lines(p->view, &top, &shown, &total);
	what = p->a->doc->url != NULL ? p->a->doc->url : p->a->path;
	if (what != NULL && strcmp(what, "-") == 0)
		what = "standard input";
	if (total == 0)
		screen_message(&p->s, false, "%s", what != NULL ? what : "");
	else
		screen_message(&p->s, false, "lines %zu-%zu of %zu (%zu%%), %s",
		    top + 1, top + shown, total, total > 0 ? (top + shown) *
		    100 / total : 100, what != NULL ? what : "");
}

/* A key bound to nothing says which, and where the keys are. */
static void
unknown_key(struct pager *p, int key)
{
	char	 name[16], help[80];

	if (key == KEY_F_WHEEL_DOWN || key == KEY_F_WHEEL_UP)
		return;
	screen_message(&p->s, false, "%s: no such key (%s: the keys)",
	    keymap_key_name(key, name), screen_first_key(&p->s, ACT_HELP,
	    help));
}

/* One key: the prompt, the panel's filter or the help take it while
 * they are open; then the keys of every screen (quit, help, history,
 * reload); then the index's or the article's. Returns false to quit. */
static bool
dispatch(struct pager *p, int key)
{
	struct nav_pos	 pos;
	enum action	 act;
	char		 keys[80];

	screen_clear_message(&p->s);
	p->loading_shown = false;
	if (key == KEY_F_RESIZE)
		return true;
	act = keymap_lookup(p->s.keymap, key);
	/* ^C stops a load, whatever is open; with none, it quits. */
	if (act == ACT_INTERRUPT) {
		if (!nav_cancel(p->nav))
			p->interrupted = true;
		return !p->interrupted;
	}
	if (p->prompt.active) {
		prompt_input(p, key);
		return true;
	}
	if (panel_filtering(p->panel) && panel_filter_key(p->panel, key))
		return true;
	if (showing_index(p) && index_filtering(p->index) &&
	    index_filter_key(p->index, key))
		return true;
	if (p->help.shown) {
		help_key(&p->help, &p->s, act, key);
		return true;
	}
	if (key == KEY_F_CLICK)
		return true;		/* pager_click() */
	if (p->links.shown) {
		links_input(p, act, key);
		return true;
	}
	if (view_hints_shown(p->view) && !showing_index(p)) {
		hints_input(p, key);
		return true;
	}
	/* A count: digits before a key. */
	if (act == ACT_NONE && key >= '0' && key <= '9' &&
	    (key != '0' || p->count > 0)) {
		if (p->count < 10000000)
			p->count = p->count * 10 + (key - '0');
		return true;
	}
	if (key != KEY_F_WHEEL_DOWN && key != KEY_F_WHEEL_UP) {
		switch (act) {
		case ACT_QUIT_NOW:
			return false;
		case ACT_QUIT:
			/* Up one level: an article to its index, a feed to
			 * the feeds. */
			return nav_up(p->nav, here(p, &pos));
		case ACT_WHERE:
			where(p);
			return true;
		case ACT_NONE:
			unknown_key(p, key);
			return true;
		case ACT_HELP:
			help_open(&p->help);
			return true;
		case ACT_REDRAW:
			return true;
		case ACT_RELOAD:
			if (showing_feeds(p))
				nav_refresh(p->nav, index_selected(p->index));
			else
				nav_reload(p->nav, here(p, &pos));
			return true;
		case ACT_REFRESH_ALL:
			if (showing_feeds(p))
				nav_refresh(p->nav, SIZE_MAX);
			else if (!showing_index(p) && p->a != NULL &&
			    p->a->doc->feed != NULL)
				/* The feed the page announces. */
				nav_go(p->nav, p->a->doc->feed, here(p, &pos));
			else
				screen_message(&p->s, false, "%s refreshes the "
				    "feeds subscribed to: folio --feeds",
				    screen_first_key(&p->s, ACT_REFRESH_ALL,
				    keys));
			return true;
		case ACT_GROUP_TAGS:
			if (showing_feeds(p))
				break;
			screen_message(&p->s, false, "%s groups the feeds by "
			    "tag, in the feeds list: folio --feeds",
			    screen_first_key(&p->s, ACT_GROUP_TAGS, keys));
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
		case ACT_CANCEL:
			if (nav_cancel(p->nav))
				return true;
			break;
		default:
			break;
		}
	}
	/* Nothing open yet: the first page loads. */
	if (nav_current(p->nav) == NULL)
		return true;
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
	long		 count = p->count;
	bool		 r = dispatch(p, key);

	/* A count is for the key after it, and no other. */
	if (p->count == count)
		p->count = 0;

	sync_nav(p);
	/* Where the reader is now, kept as it moves. */
	if (nav_current(p->nav) != NULL)
		nav_keep(p->nav, here(p, &pos));
	return r;
}

bool
pager_click(struct pager *p, int y, int x)
{
	size_t	 li;
	long	 at;

	screen_clear_message(&p->s);
	if (p->prompt.active || p->help.shown || p->s.small ||
	    showing_index(p) || p->a == NULL)
		return true;
	if (p->links.shown) {
		if (links_click(&p->links, &p->s, y, &li) == LINKS_FOLLOW)
			follow_link(p, li);
	} else if (p->s.panel_shown && x >= p->s.panel_x &&
	    x < p->s.panel_x + p->s.panel_w) {
		/* In the panel: select the name or figure, and go to its
		 * next mention. */
		if (panel_click(p->panel, y, &li))
			view_jump(p->view, li);
	} else {
		view_hints_stop(p->view);
		if ((at = view_link_at(p->view, y, x)) >= 0)
			follow_link(p, (size_t)at);
	}
	sync_nav(p);
	return true;
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
		t = l->title != NULL ? xstrdup(l->title) :
		    xasprintf("Articles in %s", l->dir);
		title = t;
	} else if (a != NULL)
		title = doc_headline(a->doc) != NULL ? doc_headline(a->doc) :
		    a->path;
	else
		title = nav_loading(p->nav);
	screen_frame(&p->s, g, title, "Names");
	free(t);
	if (p->help.shown) {
		help_draw(&p->help, &p->s, g);
		return;
	}
	if (p->links.shown && l == NULL) {
		links_draw(&p->links, &p->s, g);
		return;
	}
	if (l != NULL)
		index_draw(p->index, g);
	else if (a != NULL) {
		view_draw(p->view, g);
		/* A panel over the text: its frame over the text, then the
		 * panel. */
		if (p->s.panel_over)
			screen_frame_panel(&p->s, g, "Names");
		panel_draw(p->panel, g);
	}
	if (l == NULL && a == NULL) {
		/* The first page loads. */
		if (p->s.msg != NULL)
			screen_put(g, p->s.status_y, 2, p->s.w - 2, p->s.msg,
			    p->s.msg_error ? ROLE_ERROR : ROLE_MESSAGE, 0);
	} else if (p->prompt.active)
		prompt_draw(&p->prompt, &p->s, g);
	else if (l != NULL)
		index_draw_status(p->index, g);
	else
		view_draw_status(p->view, g);
}
