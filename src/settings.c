/* settings.c: the configuration file. */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "file.h"
#include "keymap.h"
#include "settings.h"
#include "utf8.h"
#include "xmalloc.h"

/* A bigger file is no configuration. */
#define SETTINGS_MAX_SIZE	(1024 * 1024)

void
settings_init(struct settings *s)
{
	memset(s, 0, sizeof *s);
	s->width = 80;
	s->panel = s->names = s->figures = s->library = s->mouse = true;
}

void
settings_free(struct settings *s)
{
	size_t	 i;

	free(s->theme);
	s->theme = NULL;
	for (i = 0; i < s->nwarnings; i++)
		free(s->warnings[i]);
	free(s->warnings);
	s->warnings = NULL;
	s->nwarnings = 0;
}

char *
settings_path(void)
{
	return file_config_path("config");
}

/* Blanks between words; CR too, so that a file with CRLF line ends
 * reads as one with LF. */
static int
is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

/* A word as a message may show it: the file's bytes are anyone's, so
 * invalid bytes are read as windows-1252 and control characters become
 * U+FFFD. Free it. */
static char *
shown(const char *word)
{
	return utf8_clean(word, strlen(word), UTF8_CLEAN_RAW, NULL);
}

/* Split a line into at most 3 words; returns how many. */
static int
split(char *line, char **w)
{
	int	 n = 0;
	char	*p = line;

	while (n < 3) {
		while (is_blank(*p))
			p++;
		if (*p == '\0' || *p == '#')
			break;
		w[n++] = p;
		while (*p != '\0' && !is_blank(*p))
			p++;
		if (*p == '\0')
			break;
		*p++ = '\0';
	}
	while (is_blank(*p))
		p++;
	if (*p != '\0' && *p != '#')
		return -1;
	return n;
}

static int
on_off(const char *v, bool *out)
{
	if (strcmp(v, "on") == 0 || strcmp(v, "yes") == 0 ||
	    strcmp(v, "true") == 0)
		*out = true;
	else if (strcmp(v, "off") == 0 || strcmp(v, "no") == 0 ||
	    strcmp(v, "false") == 0)
		*out = false;
	else
		return -1;
	return 0;
}

static void
warn(struct settings *s, const char *path, int lineno, char *why)
{
	s->warnings = xreallocarray(s->warnings, s->nwarnings + 1,
	    sizeof *s->warnings);
	s->warnings[s->nwarnings++] = xasprintf("%s:%d: %s", path, lineno,
	    why);
	free(why);
}

/* One line of words w[0..n-1]; NULL, or why it is wrong (free it). */
static char *
setting(struct settings *s, struct keymap *km, char **w, int n, int lineno)
{
	char	*why = NULL, *word, *end;
	long	 v;
	bool	*b;

	if (strcmp(w[0], "bind") == 0) {
		if (n != 3)
			return xstrdup("bind KEY ACTION");
		keymap_bind(km, w[1], w[2], &why);
		return why;
	}
	word = shown(n == 2 ? w[1] : w[0]);
	if (n != 2)
		why = n < 2 ? xasprintf("'%s' needs a value", word) :
		    xasprintf("'%s' takes one value", word);
	else if (strcmp(w[0], "theme") == 0) {
		free(s->theme);
		s->theme = xstrdup(w[1]);
		s->theme_line = lineno;
	} else if (strcmp(w[0], "width") == 0) {
		v = strtol(w[1], &end, 10);
		if (*end != '\0' || v < 20 || v > 1000)
			why = xasprintf("width '%s' is not 20 to 1000", word);
		else
			s->width = (int)v;
	} else if (strcmp(w[0], "panel") == 0 && (strcmp(w[1], "left") == 0 ||
	    strcmp(w[1], "right") == 0)) {
		s->panel = s->panel_set = true;
		s->panel_left = w[1][0] == 'l';
	} else if (strcmp(w[0], "library") == 0) {
		if (on_off(w[1], &s->library) == -1)
			why = xasprintf("library '%s' is not on or off", word);
	} else if (strcmp(w[0], "accents") == 0) {
		if (on_off(w[1], &s->accents) == -1)
			why = xasprintf("accents '%s' is not on or off", word);
	} else if (strcmp(w[0], "mouse") == 0) {
		if (on_off(w[1], &s->mouse) == -1)
			why = xasprintf("mouse '%s' is not on or off", word);
	} else if (strcmp(w[0], "panel") == 0 || strcmp(w[0], "names") == 0 ||
	    strcmp(w[0], "figures") == 0) {
		b = w[0][0] == 'p' ? &s->panel : w[0][0] == 'n' ? &s->names :
		    &s->figures;
		if (on_off(w[1], b) == -1)
			why = xasprintf("%s '%s' is not on or off%s", w[0], word,
			    w[0][0] == 'p' ? ", left or right" : "");
		else if (b == &s->panel)
			s->panel_set = true;
	} else {
		free(word);
		word = shown(w[0]);
		why = xasprintf("unknown setting '%s'", word);
	}
	free(word);
	return why;
}

int
settings_load(struct settings *s, struct keymap *km, const char *path,
    char **cause)
{
	struct buf	 b = BUF_INIT;
	char		*why = NULL, *line, *next, *w[3];
	int		 lineno = 0, n;

	if (file_read(path, SETTINGS_MAX_SIZE, &b, &why) == -1) {
		if (strcmp(why, strerror(ENOENT)) == 0) {
			free(why);
			return 0;
		}
		*cause = why;
		return -1;
	}
	for (line = b.data; line != NULL; line = next) {
		lineno++;
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		if ((n = split(line, w)) == 0)
			continue;
		if (n < 0)
			why = xstrdup("too many words");
		else
			why = setting(s, km, w, n, lineno);
		if (why != NULL)
			warn(s, path, lineno, why);
	}
	buf_free(&b);
	return 0;
}
