/* screen.c: what the reader's screens share (screen.h). */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "entities.h"
#include "grid.h"
#include "keymap.h"
#include "screen.h"
#include "theme.h"
#include "utf8.h"
#include "xmalloc.h"

/* The side panel: its width, and the narrowest text it leaves. */
#define PANEL_MIN_W	22
#define PANEL_MAX_W	34
#define TEXT_MIN_W	40

#define C_TL	"\xe2\x94\x8c"	/* ┌ */
#define C_TR	"\xe2\x94\x90"	/* ┐ */
#define C_BL	"\xe2\x94\x94"	/* └ */
#define C_BR	"\xe2\x94\x98"	/* ┘ */
#define T_DOWN	"\xe2\x94\xac"	/* ┬ */
#define T_UP	"\xe2\x94\xb4"	/* ┴ */

/* The panel's width on a terminal w columns wide. */
static int
panel_width(int w)
{
	int	 pw = w / 4;

	if (pw < PANEL_MIN_W)
		pw = PANEL_MIN_W;
	if (pw > PANEL_MAX_W)
		pw = PANEL_MAX_W;
	return pw;
}

bool
screen_roomy(const struct screen *s, int w)
{
	int	 want = s->max_width < SCREEN_ROOMY_W ? s->max_width :
		    SCREEN_ROOMY_W;

	/* "│ text │ panel │", and a blank each side of the text. */
	return w - panel_width(w) - 3 - 2 >= want;
}

void
screen_resize(struct screen *s, int w, int h, bool with_panel)
{
	int	 inner;
	bool	 fits;

	s->w = w > 0 ? w : 1;
	s->h = h > 0 ? h : 1;
	s->small = s->w < SCREEN_MIN_W || s->h < SCREEN_MIN_H;
	s->frameless = s->h < SCREEN_FRAME_H;
	s->body_y = 1;
	s->body_h = s->frameless ? s->h - 2 : s->h - 4;
	s->status_y = s->frameless ? s->h - 1 : s->h - 2;
	s->rule_y = s->frameless ? -1 : s->h - 3;
	if (s->body_h < 1)
		s->body_h = 1;
	s->panel_w = panel_width(s->w);
	fits = s->w - s->panel_w - 3 >= TEXT_MIN_W;
	/* Too narrow for both: the panel covers the text, when the reader
	 * asked for it. */
	s->panel_over = with_panel && !fits && s->panel_may_cover &&
	    s->w >= s->panel_w + 6;
	s->panel_shown = with_panel && (fits || s->panel_over);
	/* Inside the borders: "│ text │ panel │". */
	s->pane_w = s->panel_shown && !s->panel_over ? s->w - s->panel_w - 3 :
	    s->w - 2;
	s->panel_x = s->panel_left ? 1 : s->w - 1 - s->panel_w;
	inner = s->pane_w - 2;
	if (inner < 1)
		inner = 1;
	s->text_w = inner < s->max_width ? inner : s->max_width;
	/* A wide pane centres the text. */
	s->text_x = 2 + (inner - s->text_w) / 2;
	if (s->panel_shown && s->panel_left && !s->panel_over)
		s->text_x += s->panel_w + 1;
}

void
screen_message(struct screen *s, bool error, const char *fmt, ...)
{
	va_list		 ap;
	struct buf	 b = BUF_INIT;
	char		 tmp[1024];

	va_start(ap, fmt);
	vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	buf_adds(&b, tmp);
	free(s->msg);
	s->msg = buf_finish(&b, NULL);
	s->msg_error = error;
}

void
screen_clear_message(struct screen *s)
{
	free(s->msg);
	s->msg = NULL;
}

void
screen_free(struct screen *s)
{
	screen_clear_message(s);
}

int
screen_put(struct grid *g, int y, int x, int xmax, const char *str,
    unsigned role, unsigned attr)
{
	return grid_put(g, y, x, xmax, str, strlen(str), role, attr);
}

void
screen_label(struct grid *g, int y, int x, int xmax, const char *label,
    unsigned role)
{
	char	*t;

	if (xmax - x < 4 || label == NULL)
		return;
	t = utf8_ellipsize(label, strlen(label), (size_t)(xmax - x - 2));
	x = screen_put(g, y, x, xmax, " ", ROLE_BORDER, 0);
	x = screen_put(g, y, x, xmax, t, role, 0);
	screen_put(g, y, x, xmax, " ", ROLE_BORDER, 0);
	free(t);
}

/* The top row of a frameless screen: the title (and the panel's), on
 * the border's colours, from x to xmax. */
static void
title_row(struct grid *g, int x, int xmax, const char *title, unsigned role)
{
	grid_fill(g, 0, x, 1, xmax - x, " ", ROLE_BORDER);
	screen_label(g, 0, x, xmax, title, role);
}

void
screen_frame_full(const struct screen *s, struct grid *g, const char *title)
{
	if (s->frameless) {
		grid_fill(g, 1, 0, s->h - 2, s->w, " ", ROLE_TEXT);
		title_row(g, 0, s->w, title, ROLE_TITLE);
		return;
	}
	grid_fill(g, 0, 1, 1, s->w - 2, SCREEN_H_LINE, ROLE_BORDER);
	grid_fill(g, s->rule_y, 1, 1, s->w - 2, SCREEN_H_LINE, ROLE_BORDER);
	grid_fill(g, 1, 1, s->body_h, s->w - 2, " ", ROLE_TEXT);
	screen_label(g, 0, 1, s->w - 1, title, ROLE_TITLE);
}

void
screen_frame(const struct screen *s, struct grid *g, const char *title,
    const char *panel_title)
{
	int	 w = s->w, h = s->h, y, div = s->panel_x - 1;

	if (s->panel_left)
		div = s->panel_x + s->panel_w;	/* "│ panel │ text │" */
	if (s->frameless) {
		/* No border: the titles on the top row, and the line
		 * between text and panel. */
		if (s->panel_shown && !s->panel_over) {
			title_row(g, s->panel_left ? div + 1 : 0,
			    s->panel_left ? w : div, title, ROLE_TITLE);
			screen_frame_panel(s, g, panel_title);
		} else
			title_row(g, 0, w, title, ROLE_TITLE);
		return;
	}

	grid_fill(g, 0, 1, 1, w - 2, SCREEN_H_LINE, ROLE_BORDER);
	grid_fill(g, h - 3, 1, 1, w - 2, SCREEN_H_LINE, ROLE_BORDER);
	grid_fill(g, h - 1, 1, 1, w - 2, SCREEN_H_LINE, ROLE_BORDER);
	for (y = 1; y < h - 1; y++) {
		screen_put(g, y, 0, w, SCREEN_V_LINE, ROLE_BORDER, 0);
		screen_put(g, y, w - 1, w, SCREEN_V_LINE, ROLE_BORDER, 0);
	}
	screen_put(g, 0, 0, w, C_TL, ROLE_BORDER, 0);
	screen_put(g, 0, w - 1, w, C_TR, ROLE_BORDER, 0);
	screen_put(g, h - 3, 0, w, SCREEN_T_RIGHT, ROLE_BORDER, 0);
	screen_put(g, h - 3, w - 1, w, SCREEN_T_LEFT, ROLE_BORDER, 0);
	screen_put(g, h - 1, 0, w, C_BL, ROLE_BORDER, 0);
	screen_put(g, h - 1, w - 1, w, C_BR, ROLE_BORDER, 0);
	if (s->panel_shown) {
		screen_label(g, 0, s->panel_left ? div + 1 : 1,
		    s->panel_left ? w - 1 : div - 1, title, ROLE_TITLE);
		if (!s->panel_over)
			screen_frame_panel(s, g, panel_title);
	} else
		screen_label(g, 0, 1, w - 1, title, ROLE_TITLE);
}

void
screen_frame_panel(const struct screen *s, struct grid *g,
    const char *panel_title)
{
	int	 w = s->w, h = s->h, y, div = s->panel_x - 1;

	if (!s->panel_shown)
		return;
	if (s->panel_left)
		div = s->panel_x + s->panel_w;	/* "│ panel │ text │" */
	for (y = 1; y < s->body_y + s->body_h; y++)
		screen_put(g, y, div, w, SCREEN_V_LINE, ROLE_BORDER, 0);
	if (s->frameless) {
		screen_put(g, 0, div, w, SCREEN_V_LINE, ROLE_BORDER, 0);
		title_row(g, s->panel_left ? 0 : div + 1,
		    s->panel_left ? div : w, panel_title, ROLE_PANEL_TITLE);
		return;
	}
	screen_put(g, 0, div, w, T_DOWN, ROLE_BORDER, 0);
	screen_put(g, h - 3, div, w, T_UP, ROLE_BORDER, 0);
	screen_label(g, 0, s->panel_left ? 1 : div + 1,
	    s->panel_left ? div - 1 : w - 1, panel_title, ROLE_PANEL_TITLE);
}

void
screen_draw_small(const struct screen *s, struct grid *g)
{
	const char	*msg = s->w >= 18 ? "terminal too small" : "too small";
	char		 need[32];
	int		 x, y = (s->h - 2) / 2;

	snprintf(need, sizeof need, "need %d x %d", SCREEN_MIN_W,
	    SCREEN_MIN_H);
	x = (s->w - (int)strlen(msg)) / 2;
	screen_put(g, y, x > 0 ? x : 0, s->w, msg, ROLE_ERROR, 0);
	x = (s->w - (int)strlen(need)) / 2;
	if (s->h > 1 && x >= 0)
		screen_put(g, y + 1, x, s->w, need, ROLE_TEXT, 0);
}

unsigned
screen_entity_role(const struct screen *s, const struct entities *e,
    long entity, unsigned base)
{
	if (entity < 0 || e == NULL || (size_t)entity >= e->n)
		return base;
	if (ENT_IS_FIGURE(e->list[entity].type))
		return s->figures ? ROLE_FIGURE : base;
	return s->names ? ROLE_NAME : base;
}

const char *
screen_first_key(const struct screen *s, enum action a, char *keys)
{
	keymap_keys_for(s->keymap, a, keys, 80);
	keys[strcspn(keys, ",")] = '\0';
	return keys;
}
