/* settings.h: the configuration file, $XDG_CONFIG_HOME/folio/config. */
#ifndef FOLIO_SETTINGS_H
#define FOLIO_SETTINGS_H

#include <stdbool.h>

struct keymap;

struct settings {
	char	*theme;		/* a theme name or path, or NULL */
	int	 width;		/* the text's widest, in columns */
	bool	 panel;		/* the side panel shown at start */
	bool	 names;		/* names highlighted at start */
	bool	 figures;	/* figures highlighted at start */
};

/* The defaults: no theme chosen, 80 columns, panel and highlights on. */
void	 settings_init(struct settings *s);
void	 settings_free(struct settings *s);
/* The configuration file's path: $XDG_CONFIG_HOME/folio/config, else
 * ~/.config/folio/config; NULL when neither can be told. Free it. */
char	*settings_path(void);
/* Read a configuration file into s and km. Lines:
 *	theme NAME|PATH
 *	width N
 *	panel on|off
 *	names on|off
 *	figures on|off
 *	bind KEY ACTION
 * "#" starts a comment. A missing file is no error. On error return -1
 * with *cause set ("line 3: unknown setting 'colour'"). */
int	 settings_load(struct settings *s, struct keymap *km, const char *path,
	    char **cause);

#endif
