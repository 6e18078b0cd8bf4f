/* file.h: the bytes of a file, or of standard input, for whoever reads
 * one: fetch (an article), settings and theme (their files). */
#ifndef FOLIO_FILE_H
#define FOLIO_FILE_H

#include <stddef.h>

struct buf;

/* Read the file at path, or standard input when path is "-", into b
 * (NUL-terminated; b empty before). A folder is refused ("is a folder"),
 * and so is anything past max bytes ("too large (70 MiB; the limit is
 * 64 MiB)"), as soon as that is known. On failure return -1 with *cause
 * set to a malloc'd reason (strerror's words for what the system
 * refused) and b freed. */
int	 file_read(const char *path, size_t max, struct buf *b, char **cause);
/* The path of folio's configuration file name: $XDG_CONFIG_HOME/folio/name
 * when XDG_CONFIG_HOME is an absolute path, else
 * $HOME/.config/folio/name; NULL when neither can be told. Free it. */
char	*file_config_path(const char *name);
/* Make the folders of path that are missing (not its last part), mode
 * 0700. 0, or -1 with *cause set ("PATH: why", "PATH: not a folder"). */
int	 file_make_dirs(const char *path, char **cause);

#endif
