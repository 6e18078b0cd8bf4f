/* prompt.c: the search prompt, and line editing (prompt.h). */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "grid.h"
#include "keymap.h"
#include "prompt.h"
#include "screen.h"
#include "theme.h"
#include "utf8.h"
#include "xmalloc.h"

/* The longest search. */
#define SEARCH_MAX	256

enum edit_result
prompt_edit(struct buf *b, size_t max, int key)
{
	char	 tmp[4];

	switch (key) {
	case 27:	/* Escape */
	case 7:		/* ^G */
		return EDIT_CANCEL;
	case '\r':
	case '\n':
	case KEY_F_ENTER:
		return EDIT_ENTER;
	case 127:
	case 8:
	case KEY_F_BACKSPACE:
		if (b->len == 0)
			return EDIT_LEAVE;
		/* Drop the last character, not the last byte. */
		do {
			b->len--;
		} while (b->len > 0 && (b->data[b->len] & 0xc0) == 0x80);
		b->data[b->len] = '\0';
		return EDIT_CHANGED;
	case 21:	/* ^U */
		buf_truncate(b, 0);
		return EDIT_CHANGED;
	}
	if (key >= 0x20 && key < 0x110000 &&
	    !utf8_is_control((uint32_t)key)) {
		if (b->len >= max)
			return EDIT_KEPT;
		buf_add(b, tmp, utf8_encode((uint32_t)key, tmp));
		return EDIT_CHANGED;
	}
	return EDIT_OTHER;
}

void
prompt_open(struct prompt *pr, int dir, bool help)
{
	pr->active = true;
	pr->dir = dir;
	pr->help = help;
	buf_free(&pr->text);
	pr->at = pr->nhist;
	free(pr->draft);
	pr->draft = NULL;
}

/* Put text in the line being edited. */
static void
set_text(struct prompt *pr, const char *text)
{
	buf_truncate(&pr->text, 0);
	if (text != NULL && *text != '\0')
		buf_add(&pr->text, text, strlen(text));
}

/* Up (dir -1) or Down (1) in the searches made. */
static void
recall(struct prompt *pr, int dir)
{
	if (dir < 0 && pr->at == 0)
		return;
	if (dir > 0 && pr->at >= pr->nhist)
		return;
	if (pr->at == pr->nhist) {
		/* Leaving the line being typed: keep it. */
		free(pr->draft);
		pr->draft = pr->text.len > 0 ? xstrdup(pr->text.data) : NULL;
	}
	pr->at = dir < 0 ? pr->at - 1 : pr->at + 1;
	set_text(pr, pr->at < pr->nhist ? pr->hist[pr->at] : pr->draft);
}

/* Remember a search made: the newest last, once. */
static void
remember(struct prompt *pr)
{
	size_t	 i;

	if (pr->text.len == 0)
		return;
	for (i = 0; i < pr->nhist; i++) {
		if (strcmp(pr->hist[i], pr->text.data) == 0) {
			free(pr->hist[i]);
			memmove(&pr->hist[i], &pr->hist[i + 1],
			    (pr->nhist - i - 1) * sizeof *pr->hist);
			pr->nhist--;
			break;
		}
	}
	if (pr->nhist == PROMPT_HISTORY) {
		free(pr->hist[0]);
		memmove(&pr->hist[0], &pr->hist[1],
		    (pr->nhist - 1) * sizeof *pr->hist);
		pr->nhist--;
	}
	pr->hist = xreallocarray(pr->hist, pr->nhist + 1, sizeof *pr->hist);
	pr->hist[pr->nhist++] = xstrdup(pr->text.data);
}

enum prompt_result
prompt_key(struct prompt *pr, int key)
{
	if (key == KEY_F_UP || key == KEY_F_DOWN) {
		recall(pr, key == KEY_F_UP ? -1 : 1);
		return PROMPT_EDITING;
	}
	switch (prompt_edit(&pr->text, SEARCH_MAX, key)) {
	case EDIT_CANCEL:
		pr->active = false;
		buf_free(&pr->text);
		return PROMPT_CLOSED;
	case EDIT_LEAVE:
		pr->active = false;
		return PROMPT_CLOSED;
	case EDIT_ENTER:
		pr->active = false;
		remember(pr);
		if (pr->text.len == 0 && pr->help) {
			/* "?" and Enter: the help, as "?" alone shows it
			 * in other programs. */
			buf_free(&pr->text);
			return PROMPT_HELP;
		}
		return PROMPT_SEARCH;
	default:
		/* Other keys do nothing while the prompt is open. */
		return PROMPT_EDITING;
	}
}

char *
prompt_take(struct prompt *pr)
{
	char	*text = NULL;

	if (pr->text.len > 0)
		text = buf_finish(&pr->text, NULL);
	buf_free(&pr->text);
	return text;
}

void
prompt_draw(const struct prompt *pr, const struct screen *s, struct grid *g)
{
	int	 y = s->status_y, x = 2, xmax = s->w - 2;

	x = screen_put(g, y, x, xmax, pr->dir > 0 ? "/" : "?",
	    ROLE_STATUS_KEY, 0);
	x = screen_put(g, y, x, xmax, pr->text.data ? pr->text.data : "",
	    ROLE_STATUS, 0);
	g->cursor_y = y;
	g->cursor_x = x < xmax ? x : xmax - 1;
	if (pr->help && pr->text.len == 0)
		screen_put(g, y, x + 2, xmax, "(Enter alone: help)",
		    ROLE_STATUS, ATTR_DIM);
}

void
prompt_free(struct prompt *pr)
{
	size_t	 i;

	buf_free(&pr->text);
	for (i = 0; i < pr->nhist; i++)
		free(pr->hist[i]);
	free(pr->hist);
	free(pr->draft);
	pr->hist = NULL;
	pr->draft = NULL;
	pr->nhist = pr->at = 0;
	pr->active = false;
}
