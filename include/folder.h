/* folder.h: folders of saved articles - the files in them, and their
 * index. */
#ifndef FOLIO_FOLDER_H
#define FOLIO_FOLDER_H

#include <stdbool.h>
#include <stddef.h>

struct listing;

/* Folders are searched this deep for articles, and no further than this
 * many files. */
#define FOLDER_DEPTH	3
#define FOLDER_FILES	5000

/* True when path names a folder. */
bool		 folder_is_dir(const char *path);
/* The article files (HTML and plain-text names) under dir, depth
 * folders deep, in a stable order: files of each folder by name, then
 * its subfolders; not the "<name>_files/" folders of saved pages, and a
 * file or folder reached a second time (a symbolic link, a second name)
 * only once. Returns a malloc'd array of malloc'd paths (NULL when
 * none), their number in *n. */
char		**folder_files(const char *dir, int depth, size_t *n);
/* Index a folder's articles, newest first (by the date each gives,
 * else by the file's time), each read for its title, date and URL:
 * binary files and files that are no article are left out. Fails with
 * "no articles in this folder" when none is left, or with the reason
 * the folder cannot be read. Free it with listing_free(). */
struct listing	*folder_scan(const char *dir, char **cause);

/* dir and name joined with a '/' ("." gives name alone); malloc'd. */
char		*folder_join(const char *dir, const char *name);
/* The folder part of a path ("." when none, "/" for the root);
 * malloc'd. */
char		*folder_parent(const char *path);

#endif
