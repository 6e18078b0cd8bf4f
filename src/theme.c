/* theme.c: themes name roles; a role has a foreground, a background and
 * attributes. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "file.h"
#include "theme.h"
#include "utf8.h"
#include "xmalloc.h"

#define THEME_MAX_SIZE	(1024 * 1024)	/* a bigger file is not a theme */

static const char *const role_names[ROLE_COUNT] = {
	"text", "title", "byline", "heading", "quote", "link", "name",
	"figure", "search-match", "panel", "panel-title", "panel-selected",
	"status", "status-key", "message", "error", "border", "link-hint"
};

static const char *const color_names[8] = {
	"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"
};

static const struct {
	const char	*name;
	unsigned	 attr;
} attr_names[] = {
	{ "bold", ATTR_BOLD },
	{ "dim", ATTR_DIM },
	{ "italic", ATTR_ITALIC },
	{ "underline", ATTR_UNDERLINE },
	{ "reverse", ATTR_REVERSE }
};

/* The default theme, the same as themes/default.theme: light grey text on
 * the terminal's own background; names warm, figures green, links teal,
 * none of them loud. */
#define BAR	COLOR_RGB(0x30, 0x30, 0x30)	/* the status line */
static const struct style default_styles[ROLE_COUNT] = {
	[ROLE_TEXT] =		{ COLOR_RGB(0xd0, 0xd0, 0xd0), COLOR_NONE, 0 },
	[ROLE_TITLE] =		{ COLOR_RGB(0xee, 0xee, 0xee), COLOR_NONE,
				  ATTR_BOLD },
	[ROLE_BYLINE] =		{ COLOR_RGB(0x94, 0x94, 0x94), COLOR_NONE, 0 },
	[ROLE_HEADING] =	{ COLOR_RGB(0x87, 0xaf, 0xd7), COLOR_NONE,
				  ATTR_BOLD },
	[ROLE_QUOTE] =		{ COLOR_RGB(0xb2, 0xb2, 0xb2), COLOR_NONE,
				  ATTR_ITALIC },
	[ROLE_LINK] =		{ COLOR_RGB(0x5f, 0xaf, 0xaf), COLOR_NONE,
				  ATTR_UNDERLINE },
	[ROLE_NAME] =		{ COLOR_RGB(0xd7, 0xaf, 0x87), COLOR_NONE, 0 },
	[ROLE_FIGURE] =		{ COLOR_RGB(0xaf, 0xd7, 0x87), COLOR_NONE, 0 },
	[ROLE_SEARCH] =		{ COLOR_RGB(0x1c, 0x1c, 0x1c),
				  COLOR_RGB(0xd7, 0xd7, 0x87), 0 },
	[ROLE_PANEL] =		{ COLOR_RGB(0xb2, 0xb2, 0xb2), COLOR_NONE, 0 },
	[ROLE_PANEL_TITLE] =	{ COLOR_RGB(0xd0, 0xd0, 0xd0), COLOR_NONE,
				  ATTR_BOLD },
	[ROLE_PANEL_SELECTED] =	{ COLOR_RGB(0xee, 0xee, 0xee),
				  COLOR_RGB(0x44, 0x44, 0x44), ATTR_BOLD },
	[ROLE_STATUS] =		{ COLOR_RGB(0xbc, 0xbc, 0xbc),
				  BAR, 0 },
	[ROLE_STATUS_KEY] =	{ COLOR_RGB(0xff, 0xd7, 0x87),
				  BAR, ATTR_BOLD },
	[ROLE_MESSAGE] =	{ COLOR_RGB(0x87, 0xd7, 0xaf),
				  BAR, 0 },
	[ROLE_ERROR] =		{ COLOR_RGB(0xff, 0x87, 0x87),
				  BAR, ATTR_BOLD },
	[ROLE_BORDER] =		{ COLOR_RGB(0x58, 0x58, 0x58), COLOR_NONE, 0 },
	[ROLE_HINT] =		{ COLOR_RGB(0x1c, 0x1c, 0x1c),
				  COLOR_RGB(0x87, 0xd7, 0xd7), ATTR_BOLD }
};

void
theme_init_default(struct theme *t)
{
	t->name = xstrdup("default");
	memcpy(t->role, default_styles, sizeof t->role);
}

void
theme_free(struct theme *t)
{
	if (t == NULL)
		return;
	free(t->name);
	t->name = NULL;
}

const char *
theme_role_name(enum role r)
{
	if ((unsigned)r >= ROLE_COUNT)
		return NULL;
	return role_names[r];
}

/* Parsing. */

struct word {
	const char	*s;
	size_t		 n;
};

static int
word_is(const struct word *w, const char *s)
{
	return strlen(s) == w->n && strncasecmp(w->s, s, w->n) == 0;
}

static int
is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

/* "#rrggbb" */
static int
is_rgb(const char *s, size_t n)
{
	size_t	 i;

	if (n != 7 || s[0] != '#')
		return 0;
	for (i = 1; i < 7; i++)
		if (utf8_hex_digit((unsigned char)s[i]) < 0)
			return 0;
	return 1;
}

/* The byte two hex digits at p give. */
static int
hex_byte(const char *p)
{
	return utf8_hex_digit((unsigned char)p[0]) * 16 +
	    utf8_hex_digit((unsigned char)p[1]);
}

/* A colour, or -2 when the word is not one; *why says why a number or
 * a #-word is not a colour. */
static int
parse_color(const struct word *w, const char **why)
{
	size_t	 i;
	int	 c = 0;

	*why = NULL;
	if (word_is(w, "default"))
		return COLOR_NONE;
	for (i = 0; i < 8; i++) {
		if (word_is(w, color_names[i]))
			return (int)i;
		if (w->n == 7 + strlen(color_names[i]) &&
		    strncasecmp(w->s, "bright-", 7) == 0 &&
		    strncasecmp(w->s + 7, color_names[i], w->n - 7) == 0)
			return (int)i + 8;
	}
	if (is_rgb(w->s, w->n))
		return COLOR_RGB(hex_byte(w->s + 1), hex_byte(w->s + 3),
		    hex_byte(w->s + 5));
	if (w->n > 0 && w->s[0] >= '0' && w->s[0] <= '9') {
		for (i = 0; i < w->n; i++) {
			if (w->s[i] < '0' || w->s[i] > '9') {
				*why = "not a number";
				return -2;
			}
			if (c < 1000)
				c = c * 10 + (w->s[i] - '0');
		}
		if (c > 255) {
			*why = "out of range (0-255)";
			return -2;
		}
		return c;
	}
	return -2;
}

static unsigned
parse_attr(const struct word *w)
{
	size_t	 i;

	for (i = 0; i < sizeof attr_names / sizeof attr_names[0]; i++)
		if (word_is(w, attr_names[i].name))
			return attr_names[i].attr;
	return 0;
}

static enum role
parse_role(const struct word *w)
{
	unsigned	 r;

	for (r = 0; r < ROLE_COUNT; r++)
		if (word_is(w, role_names[r]))
			return (enum role)r;
	return ROLE_COUNT;
}

/* Split a line into words: runs of characters other than blanks and
 * '='; '=' is a word of its own. A comment starts with a '#' first on the
 * line, or with a '#' followed by a blank ("#d7af87" is a colour). Returns
 * the number of words, at most max. */
static size_t
split(const char *s, size_t len, struct word *words, size_t max)
{
	size_t	 i = 0, j, n = 0;

	while (i < len && n < max) {
		if (is_blank(s[i])) {
			i++;
			continue;
		}
		if (s[i] == '=') {
			words[n].s = s + i;
			words[n++].n = 1;
			i++;
			continue;
		}
		if (s[i] == '#' && (n == 0 || i + 1 == len ||
		    is_blank(s[i + 1])))
			break;
		for (j = i; j < len && !is_blank(s[j]) && s[j] != '='; j++)
			;
		words[n].s = s + i;
		words[n++].n = j - i;
		i = j;
	}
	return n;
}

/* A word as a message may show it: the file's bytes are anyone's, so
 * invalid bytes are read as windows-1252 and control characters become
 * U+FFFD, as everywhere else folio shows text. */
static char *
word_shown(const struct word *w)
{
	return utf8_clean(w->s, w->n, UTF8_CLEAN_RAW, NULL);
}

/* One line: "role = fg [on bg] [attr ...]", in any order but the role
 * first. Returns -1 with *cause set (without the line number). */
static int
parse_line(struct theme *t, const char *s, size_t len, char **cause)
{
	struct word	 w[16];
	struct style	 st;
	enum role	 r;
	size_t		 n, i;
	int		 c, fg = 0, bg = 0;
	unsigned	 a;
	const char	*why;
	char		*shown;

	n = split(s, len, w, sizeof w / sizeof w[0]);
	if (n == 0)
		return 0;
	if (n == sizeof w / sizeof w[0]) {
		*cause = xstrdup("too many words");
		return -1;
	}
	if (w[0].n == 1 && w[0].s[0] == '=') {
		*cause = xstrdup("no role before '='");
		return -1;
	}
	if ((r = parse_role(&w[0])) == ROLE_COUNT) {
		shown = word_shown(&w[0]);
		*cause = xasprintf("unknown role '%s'", shown);
		free(shown);
		return -1;
	}
	if (n < 2 || w[1].n != 1 || w[1].s[0] != '=') {
		*cause = xasprintf("expected '=' after '%s'", role_names[r]);
		return -1;
	}
	if (n == 2) {
		*cause = xasprintf("no style for '%s'", role_names[r]);
		return -1;
	}
	st.fg = st.bg = COLOR_NONE;
	st.attr = 0;
	for (i = 2; i < n; i++) {
		if (word_is(&w[i], "on")) {
			if (++i == n) {
				*cause = xstrdup("no colour after 'on'");
				return -1;
			}
			if ((c = parse_color(&w[i], &why)) == -2) {
				shown = word_shown(&w[i]);
				*cause = xasprintf("unknown colour '%s'%s%s",
				    shown, why ? ": " : "", why ? why : "");
				free(shown);
				return -1;
			}
			if (bg++) {
				*cause = xstrdup("two background colours");
				return -1;
			}
			st.bg = c;
			continue;
		}
		if ((a = parse_attr(&w[i])) != 0) {
			st.attr |= a;
			continue;
		}
		if ((c = parse_color(&w[i], &why)) == -2) {
			shown = word_shown(&w[i]);
			if (why != NULL)
				*cause = xasprintf("unknown colour '%s': %s",
				    shown, why);
			else
				*cause = xasprintf("unknown colour or "
				    "attribute '%s'", shown);
			free(shown);
			return -1;
		}
		if (fg++) {
			*cause = xstrdup("two foreground colours");
			return -1;
		}
		st.fg = c;
	}
	t->role[r] = st;
	return 0;
}

/* Parse text over t; on error return -1 with *line and *why set (the
 * caller frees why), t as it was. */
static int
parse_text(struct theme *t, const char *text, size_t len, size_t *line,
    char **why)
{
	struct style	 role[ROLE_COUNT];
	size_t		 i = 0, j;

	/* Work on a copy: on error t is left as it was. */
	memcpy(role, t->role, sizeof role);
	*line = 1;
	while (i < len) {
		for (j = i; j < len && text[j] != '\n'; j++)
			;
		if (memchr(text + i, '\0', j - i) != NULL)
			*why = xstrdup("a NUL byte");
		else if (parse_line(t, text + i, j - i, why) == 0) {
			i = j + 1;
			(*line)++;
			continue;
		}
		memcpy(t->role, role, sizeof role);
		return -1;
	}
	return 0;
}

int
theme_parse(struct theme *t, const char *text, size_t len, char **cause)
{
	size_t	 line;
	char	*why = NULL;

	if (parse_text(t, text, len, &line, &why) == 0)
		return 0;
	*cause = xasprintf("line %zu: %s", line, why);
	free(why);
	return -1;
}

/* Loading. */

/* The text of a theme file; NULL on failure, with *cause "path: why". */
static char *
read_file(const char *path, size_t *len, char **cause)
{
	struct buf	 b = BUF_INIT;
	char		*why;

	if (file_read(path, THEME_MAX_SIZE, &b, &why) == -1) {
		*cause = xasprintf("%s: %s", path, strncmp(why, "too large",
		    9) == 0 ? "too large for a theme" : why);
		free(why);
		return NULL;
	}
	return buf_finish(&b, len);
}

/* The theme's name from its path: the file name without ".theme". */
static char *
name_of(const char *path)
{
	const char	*base = strrchr(path, '/');
	size_t		 n;

	base = base != NULL ? base + 1 : path;
	n = strlen(base);
	if (n > 6 && strcmp(base + n - 6, ".theme") == 0)
		n -= 6;
	return xstrndup(base, n);
}

int
theme_load(struct theme *t, const char *name_or_path,
    const char *const *dirs, char **cause)
{
	char		*path = NULL, *text, *why = NULL;
	size_t		 len, i, line;
	FILE		*f;

	if (*name_or_path == '\0') {
		*cause = xstrdup("empty theme name");
		return -1;
	}
	if (strchr(name_or_path, '/') != NULL)
		path = xstrdup(name_or_path);
	else {
		for (i = 0; dirs != NULL && dirs[i] != NULL; i++) {
			path = xasprintf("%s/%s.theme", dirs[i], name_or_path);
			if ((f = fopen(path, "rb")) != NULL) {
				fclose(f);
				break;
			}
			free(path);
			path = NULL;
		}
		if (path == NULL) {
			*cause = xasprintf("theme '%s' not found",
			    name_or_path);
			return -1;
		}
	}
	if ((text = read_file(path, &len, cause)) == NULL) {
		free(path);
		return -1;
	}
	if (parse_text(t, text, len, &line, &why) != 0) {
		*cause = xasprintf("%s:%zu: %s", path, line, why);
		free(why);
		free(text);
		free(path);
		return -1;
	}
	free(t->name);
	t->name = name_of(path);
	free(text);
	free(path);
	return 0;
}

static void	 keep_all_apart(struct theme *);

void
theme_strip_colors(struct theme *t)
{
	unsigned	 r;

	for (r = 0; r < ROLE_COUNT; r++)
		t->role[r].fg = t->role[r].bg = COLOR_NONE;
	/* What colour alone set apart stays apart, names from figures too
	 * (not bold for names when figures are bold already). */
	if (t->role[ROLE_NAME].attr == 0)
		t->role[ROLE_NAME].attr =
		    t->role[ROLE_FIGURE].attr != ATTR_BOLD ? ATTR_BOLD :
		    ATTR_UNDERLINE;
	if (t->role[ROLE_FIGURE].attr == 0)
		t->role[ROLE_FIGURE].attr =
		    t->role[ROLE_NAME].attr != ATTR_UNDERLINE ? ATTR_UNDERLINE :
		    ATTR_BOLD;
	if (t->role[ROLE_SEARCH].attr == 0)
		t->role[ROLE_SEARCH].attr = ATTR_REVERSE;
	if (!(t->role[ROLE_HINT].attr & ATTR_REVERSE))
		t->role[ROLE_HINT].attr |= ATTR_REVERSE;
	if (t->role[ROLE_PANEL_SELECTED].attr == 0)
		t->role[ROLE_PANEL_SELECTED].attr = ATTR_REVERSE;
	if (t->role[ROLE_STATUS].attr == 0)
		t->role[ROLE_STATUS].attr = ATTR_REVERSE;
	keep_all_apart(t);
}

/* Two styles that look the same. */
static int
same(const struct style *a, const struct style *b)
{
	return a->fg == b->fg && a->bg == b->bg && a->attr == b->attr;
}

/* When fitting a theme to the terminal made role r look like role like,
 * set it apart with attr, else with another attribute it lacks. */
static void
keep_apart(struct theme *t, enum role r, enum role like, unsigned attr)
{
	static const unsigned more[] = { ATTR_UNDERLINE, ATTR_BOLD,
	    ATTR_REVERSE, ATTR_ITALIC };
	size_t	 i;

	if (!same(&t->role[r], &t->role[like]))
		return;
	if (t->role[r].attr & attr) {
		for (i = 0; i < sizeof more / sizeof more[0]; i++) {
			if ((t->role[r].attr & more[i]) == 0) {
				attr = more[i];
				break;
			}
		}
	}
	t->role[r].attr |= attr;
}

/* What only its colour set apart, and lost it, keeps apart. */
static void
keep_all_apart(struct theme *t)
{
	keep_apart(t, ROLE_NAME, ROLE_TEXT, ATTR_BOLD);
	keep_apart(t, ROLE_FIGURE, ROLE_TEXT, ATTR_UNDERLINE);
	keep_apart(t, ROLE_FIGURE, ROLE_NAME, ATTR_UNDERLINE);
	keep_apart(t, ROLE_LINK, ROLE_TEXT, ATTR_UNDERLINE);
	keep_apart(t, ROLE_SEARCH, ROLE_TEXT, ATTR_REVERSE);
	keep_apart(t, ROLE_SEARCH, ROLE_NAME, ATTR_REVERSE);
	keep_apart(t, ROLE_SEARCH, ROLE_FIGURE, ATTR_REVERSE);
	keep_apart(t, ROLE_PANEL_SELECTED, ROLE_PANEL, ATTR_REVERSE);
	keep_apart(t, ROLE_HINT, ROLE_LINK, ATTR_REVERSE);
	keep_apart(t, ROLE_HINT, ROLE_TEXT, ATTR_REVERSE);
	keep_apart(t, ROLE_STATUS, ROLE_TEXT, ATTR_REVERSE);
}

/* A colour's red, green and blue. */
static void
rgb_of(int c, int *r, int *g, int *b)
{
	static const int lv[6] = { 0, 0x5f, 0x87, 0xaf, 0xd7, 0xff };

	if (COLOR_IS_RGB(c)) {
		*r = (c >> 16) & 0xff;
		*g = (c >> 8) & 0xff;
		*b = c & 0xff;
	} else if (c >= 16 && c < 232) {
		*r = lv[(c - 16) / 36];
		*g = lv[((c - 16) / 6) % 6];
		*b = lv[(c - 16) % 6];
	} else
		*r = *g = *b = 8 + (c - 232) * 10;
}

/* A colour's lightness, 0-255. */
static int
lightness(int c)
{
	int	 r, g, b, max, min;

	rgb_of(c, &r, &g, &b);
	max = r > g ? (r > b ? r : b) : (g > b ? g : b);
	min = r < g ? (r < b ? r : b) : (g < b ? g : b);
	return (max + min) / 2;
}

/*
 * One of the 8 (or 16) basic colours for a colour of the cube, the grey
 * ramp or a direct colour. Distance in RGB would turn every soft colour
 * of a dark theme into white, and its names, figures and text into one:
 * the hue decides instead, and only colours with little of it are greys.
 * With 8 colours a grey is black or white: for a foreground, the one
 * that shows on the background the theme is made for (dark_bg), dimmed
 * when the grey was far from it (*attr).
 */
static int
nearest_basic(int c, int ncolors, int fg, int dark_bg, unsigned *attr)
{
	int	 r, g, b, max, min, chroma, light, h;

	rgb_of(c, &r, &g, &b);
	max = r > g ? (r > b ? r : b) : (g > b ? g : b);
	min = r < g ? (r < b ? r : b) : (g < b ? g : b);
	chroma = max - min;
	light = (max + min) / 2;
	if (chroma < 0x30 || chroma * 4 < max) {
		/* A grey. */
		if (ncolors >= 16)
			return light < 0x40 ? 0 : light < 0xa0 ? 8 :
			    light < 0xe8 ? 7 : 15;
		if (!fg)
			return light < 0x80 ? 0 : 7;
		if (dark_bg) {
			if (light < 0x30)
				return 0;
			if (light < 0xa0)
				*attr |= ATTR_DIM;
			return 7;
		}
		if (light > 0xd0)
			return 7;
		if (light > 0x60)
			*attr |= ATTR_DIM;
		return 0;
	}
	/* The hue, in sixths of the circle (times 60 to round). */
	if (max == r)
		h = 60 * (g - b) / chroma;
	else if (max == g)
		h = 120 + 60 * (b - r) / chroma;
	else
		h = 240 + 60 * (r - g) / chroma;
	if (h < 0)
		h += 360;
	/* Red, yellow, green, cyan, blue, magenta, round the circle. */
	{
		static const int basic[6] = { 1, 3, 2, 6, 4, 5 };

		c = basic[((h + 30) / 60) % 6];
	}
	if (ncolors >= 16 && light > 0xb0)
		c += 8;
	return c;
}

/* A colour as a terminal of direct colour takes it: 0-7 are the basic
 * colours, any other number is 0xrrggbb (so the darkest blues, 1 to 7,
 * become 8, as dark). */
static int
direct_color(int c)
{
	static const int bright[8] = {
		0x7f7f7f, 0xff0000, 0x00ff00, 0xffff00, 0x5c5cff, 0xff00ff,
		0x00ffff, 0xffffff
	};
	int	 r, g, b;

	if (!COLOR_IS_RGB(c) && c < 8)
		return c;
	if (!COLOR_IS_RGB(c) && c < 16)
		return bright[c - 8];
	rgb_of(c, &r, &g, &b);
	c = (r << 16) | (g << 8) | b;
	return c < 8 ? 8 : c;
}

static int
fit_color(int c, int ncolors, int fg, int dark_bg, unsigned *attr)
{
	if (c == COLOR_NONE)
		return c;
	if (ncolors > 256)
		return direct_color(c);
	if (ncolors >= 256)
		return COLOR_IS_RGB(c) ? theme_nearest_256(c) : c;
	if (!COLOR_IS_RGB(c) && c < 16)
		return c < ncolors ? c : c - 8;
	return nearest_basic(c, ncolors, fg, dark_bg, attr);
}

void
theme_fit_colors(struct theme *t, int ncolors)
{
	unsigned	 r;
	int		 c, dark_bg;

	if (ncolors < 8) {
		theme_strip_colors(t);
		return;
	}
	/* A theme with light text is made for a dark background. */
	c = t->role[ROLE_TEXT].fg;
	if (c == COLOR_NONE || (!COLOR_IS_RGB(c) && c < 16))
		dark_bg = c == COLOR_NONE || c == 7 || c >= 9;
	else
		dark_bg = lightness(c) >= 0x80;
	for (r = 0; r < ROLE_COUNT; r++) {
		struct style *st = &t->role[r];

		st->fg = fit_color(st->fg, ncolors, 1, dark_bg, &st->attr);
		st->bg = fit_color(st->bg, ncolors, 0, dark_bg, &st->attr);
	}
	if (ncolors < 256)
		keep_all_apart(t);
}

/* The xterm 256-colour palette: a 6x6x6 cube from 16 and a ramp of 24
 * greys from 232; 0-15 are left out, each terminal sets them its own way. */
static const int cube[6] = { 0, 0x5f, 0x87, 0xaf, 0xd7, 0xff };

static int
nearest_level(int v)
{
	int	 i, best = 0;

	for (i = 1; i < 6; i++)
		if (abs(cube[i] - v) < abs(cube[best] - v))
			best = i;
	return best;
}

static long
distance(int r1, int g1, int b1, int r2, int g2, int b2)
{
	long	 dr = r1 - r2, dg = g1 - g2, db = b1 - b2;

	/* Weighted for the eye's sensitivity to green, then red. */
	return 3 * dr * dr + 4 * dg * dg + 2 * db * db;
}

int
theme_nearest_256(int rgb)
{
	int	 r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
	int	 ri, gi, bi, grey, gv;
	long	 dc, dg;

	ri = nearest_level(r);
	gi = nearest_level(g);
	bi = nearest_level(b);
	dc = distance(r, g, b, cube[ri], cube[gi], cube[bi]);
	/* The greys are 8, 18, ..., 238. */
	grey = ((r + g + b) / 3 - 3) / 10;
	if (grey < 0)
		grey = 0;
	else if (grey > 23)
		grey = 23;
	gv = 8 + grey * 10;
	dg = distance(r, g, b, gv, gv, gv);
	if (dg < dc)
		return 232 + grey;
	return 16 + ri * 36 + gi * 6 + bi;
}
