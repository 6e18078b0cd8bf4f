/* settings.h: the configuration file, $XDG_CONFIG_HOME/folio/config. */
#ifndef FOLIO_SETTINGS_H
#define FOLIO_SETTINGS_H

#include <stdbool.h>
#include <stddef.h>

struct keymap;

struct settings {
	char	*theme;		/* a theme name or path, or NULL */
	int	 theme_line;	/* the line that named it, 0 when none */
	int	 width;		/* the text's widest, in columns */
	bool	 panel;		/* the side panel shown at start */
	bool	 panel_set;	/* ... as a "panel" line says; else as the
				   width allows (pager_opts.panel_auto) */
	bool	 panel_left;	/* ... on the left of the text */
	bool	 names;		/* names highlighted at start */
	bool	 figures;	/* figures highlighted at start */
	bool	 library;	/* the reading library kept and read */
	bool	 mouse;		/* folio takes the mouse (else the
				   terminal keeps it, for selecting) */
	bool	 accents;	/* a search for "cafe" finds "café" */
	char	**warnings;	/* "PATH:LINE: why" for each line skipped */
	size_t	 nwarnings;
};

/* The defaults: no theme chosen, 80 columns, panel on the right (shown
 * as the width allows), highlights on, the library kept, the mouse
 * taken. */
void	 settings_init(struct settings *s);
/* Free what s holds (the theme's name, the warnings), not s. */
void	 settings_free(struct settings *s);
/* The configuration file's path: $XDG_CONFIG_HOME/folio/config, else
 * ~/.config/folio/config; NULL when neither can be told. Free it. */
char	*settings_path(void);
/* Read a configuration file into s and km. Lines:
 *	theme NAME|PATH
 *	width N
 *	panel on|off|left|right
 *	names on|off
 *	figures on|off
 *	library on|off
 *	mouse on|off
 *	accents on|off
 *	bind KEY ACTION
 * "#" starts a comment. A line that is wrong is skipped, never fatal: a
 * warning for it is added to s->warnings ("PATH:3: unknown setting
 * 'colour'") and the rest of the file is read. A missing file is no
 * error; one that cannot be read, or holds more than a megabyte,
 * returns -1 with *cause set (the caller frees it), s and km as they
 * were. */
int	 settings_load(struct settings *s, struct keymap *km, const char *path,
	    char **cause);

#endif
