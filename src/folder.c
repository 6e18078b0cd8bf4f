/* folder.c: folders of saved articles - the article files in them, and
 * their index (folder.h). */
#include "config.h"

#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "ascii.h"
#include "date.h"
#include "doc.h"
#include "fetch.h"
#include "folder.h"
#include "listing.h"
#include "title.h"
#include "utf8.h"
#include "xmalloc.h"

bool
folder_is_dir(const char *path)
{
	struct stat	 st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

char *
folder_join(const char *dir, const char *name)
{
	if (strcmp(dir, ".") == 0)
		return xstrdup(name);
	return xasprintf("%s%s%s", dir,
	    dir[0] != '\0' && dir[strlen(dir) - 1] == '/' ? "" : "/", name);
}

char *
folder_parent(const char *path)
{
	const char	*slash = strrchr(path, '/');

	if (slash == NULL)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(slash - path));
}

static bool
is_article_name(const char *name)
{
	return article_name_kind(name) != ARTICLE_NAME_OTHER;
}

/* A folder that "Save page as" writes beside a page: "<name>_files". */
static bool
is_saved_assets(const char *name)
{
	size_t	 n = strlen(name);

	return n > 6 && strcmp(name + n - 6, "_files") == 0;
}

static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The files and folders a scan has met, by device and inode: a folder
 * reached again through a symbolic link, or a file through a second
 * name, is not listed again. */
struct seen {
	struct {
		dev_t	 dev;
		ino_t	 ino;
	}		*v;
	size_t		 n, cap;
};

/* Whether st was seen before; it is from now on. */
static bool
seen_before(struct seen *sn, const struct stat *st)
{
	size_t	 i;

	for (i = 0; i < sn->n; i++) {
		if (sn->v[i].dev == st->st_dev && sn->v[i].ino == st->st_ino)
			return true;
	}
	if (sn->n == sn->cap) {
		sn->cap = sn->cap ? sn->cap * 2 : 64;
		sn->v = xreallocarray(sn->v, sn->cap, sizeof *sn->v);
	}
	sn->v[sn->n].dev = st->st_dev;
	sn->v[sn->n].ino = st->st_ino;
	sn->n++;
	return false;
}

/* Collect the article files under dir, depth folders deep, in a stable
 * order: files of each folder by name, then its subfolders. */
static void
collect_in(const char *dir, int depth, char ***out, size_t *n, size_t *cap,
    struct seen *sn)
{
	DIR		*dp;
	struct dirent	*de;
	char		**names = NULL, *p;
	size_t		 nn = 0, nc = 0, i;
	struct stat	 st;

	if (stat(dir, &st) == -1 || seen_before(sn, &st) ||
	    (dp = opendir(dir)) == NULL)
		return;
	while ((de = readdir(dp)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		if (nn == nc) {
			nc = nc ? nc * 2 : 32;
			names = xreallocarray(names, nc, sizeof *names);
		}
		names[nn++] = xstrdup(de->d_name);
	}
	closedir(dp);
	if (nn > 1)
		qsort(names, nn, sizeof *names, name_cmp);
	for (i = 0; i < nn; i++) {
		p = folder_join(dir, names[i]);
		if (*n >= FOLDER_FILES || stat(p, &st) == -1) {
			free(p);
			continue;
		}
		if (S_ISREG(st.st_mode) && is_article_name(names[i]) &&
		    !seen_before(sn, &st)) {
			if (*n == *cap) {
				*cap = *cap ? *cap * 2 : 64;
				*out = xreallocarray(*out, *cap, sizeof **out);
			}
			(*out)[(*n)++] = p;
			p = NULL;
		}
		free(p);
	}
	for (i = 0; i < nn; i++) {
		p = folder_join(dir, names[i]);
		if (depth > 0 && !is_saved_assets(names[i]) &&
		    stat(p, &st) == 0 && S_ISDIR(st.st_mode))
			collect_in(p, depth - 1, out, n, cap, sn);
		free(p);
	}
	for (i = 0; i < nn; i++)
		free(names[i]);
	free(names);
}

char **
folder_files(const char *dir, int depth, size_t *n)
{
	struct seen	 sn = { NULL, 0, 0 };
	char		**out = NULL;
	size_t		 cap = 0;

	*n = 0;
	collect_in(dir, depth, &out, n, &cap, &sn);
	free(sn.v);
	return out;
}

static int
entry_cmp(const void *a, const void *b)
{
	const struct listing_entry *x = a, *y = b;

	if (x->dated != y->dated)
		return x->dated ? -1 : 1;
	if (x->sortkey != y->sortkey)
		return x->sortkey > y->sortkey ? -1 : 1;
	return strcmp(x->path, y->path);
}

/* Does d read as an article: words, not data? A file of numbers and
 * codes ("262 273 51374560f4") reads as plain text, and is no article:
 * at least three words of two letters or more, and letters the most of
 * what is not space. */
static bool
reads_as_article(const struct doc *d)
{
	size_t		 i, letters = 0, other = 0, words = 0, run;
	const unsigned char *p, *end;

	for (i = 0; i < d->nblocks; i++) {
		run = 0;
		p = (const unsigned char *)d->blocks[i].text;
		for (end = p + d->blocks[i].len; p < end; p++) {
			if (ascii_is_alpha(*p) || *p >= 0xc0) {
				letters++;
				run++;
				continue;
			}
			if (*p >= 0x80)
				continue;	/* the rest of a letter */
			if (run >= 2)
				words++;
			run = 0;
			if (!ascii_is_space(*p))
				other++;
		}
		if (run >= 2)
			words++;
	}
	return words >= 3 && letters > other;
}

/* FNV-1a of an article's title and text: two files with the same are
 * one article saved twice. */
static unsigned long long
text_hash(const char *title, const struct doc *d)
{
	unsigned long long	 h = 14695981039346656037ULL;
	const unsigned char	*p, *end;
	size_t			 i;

	for (p = (const unsigned char *)title; *p != '\0'; p++)
		h = (h ^ *p) * 1099511628211ULL;
	for (i = 0; i < d->nblocks; i++) {
		h = (h ^ '\n') * 1099511628211ULL;
		p = (const unsigned char *)d->blocks[i].text;
		for (end = p + d->blocks[i].len; p < end; p++)
			h = (h ^ *p) * 1099511628211ULL;
	}
	return h;
}

/* The same article saved more than once: the first of each (the newest,
 * then by path) stands for it; the others are copies of it. */
static void
mark_copies(struct listing *l)
{
	size_t	 i, j;

	for (i = 1; i < l->n; i++) {
		struct listing_entry *e = &l->entries[i];

		for (j = 0; j < i; j++) {
			struct listing_entry *f = &l->entries[j];

			if (f->copy)
				continue;
			if ((e->url != NULL && f->url != NULL &&
			    strcmp(e->url, f->url) == 0) ||
			    (e->hash == f->hash &&
			    strcmp(e->title, f->title) == 0)) {
				e->copy = true;
				f->copies++;
				break;
			}
		}
	}
}

/* One end of an article's title, folded, and whose. */
struct end {
	char	*fold;
	size_t	 entry;
};

static int
end_cmp(const void *a, const void *b)
{
	const struct end *x = a, *y = b;
	int		 c = strcmp(x->fold, y->fold);

	return c != 0 ? c : (x->entry > y->entry) - (x->entry < y->entry);
}

/* The most words a site's name has. */
#define SITE_WORDS	4

/* Titles that still carry a site's name ("Story | Site", "Site -
 * Story") where the page did not name its site: a name at the same end
 * of the titles of two articles or more (copies aside) is the site's,
 * and is cut off each of them into e->site. The end after the last
 * separator is tried first. */
static void
cut_shared_site(struct listing *l)
{
	struct end	*v = xcalloc(l->n ? l->n : 1, sizeof *v);
	size_t		 i, j, k, n, head, tail, len;
	int		 end;

	for (end = 0; end < 2; end++) {
		for (i = n = 0; i < l->n; i++) {
			const struct listing_entry *e = &l->entries[i];
			const char	*p;
			char		*part;

			if (e->copy || e->site != NULL ||
			    !title_ends(e->title, &head, &tail))
				continue;
			p = end == 0 ? e->title + tail : e->title;
			len = end == 0 ? strlen(p) : head;
			if (ascii_words(p, len) > SITE_WORDS)
				continue;
			part = xstrndup(p, len);
			v[n].fold = utf8_fold(part);
			v[n++].entry = i;
			free(part);
		}
		qsort(v, n, sizeof *v, end_cmp);
		for (i = 0; i < n; i = j) {
			for (j = i + 1; j < n &&
			    strcmp(v[j].fold, v[i].fold) == 0; j++)
				;
			for (k = i; j - i >= 2 && k < j; k++) {
				struct listing_entry *e = &l->entries[v[k].entry];
				char	*rest, *site;

				title_ends(e->title, &head, &tail);
				site = end == 0 ? xstrdup(e->title + tail) :
				    xstrndup(e->title, head);
				if ((rest = title_without(e->title, site)) ==
				    NULL) {
					free(site);
					continue;
				}
				free(e->title);
				e->title = rest;
				e->site = site;
			}
		}
		for (i = 0; i < n; i++)
			free(v[i].fold);
	}
	free(v);
}

/* The article in a file, without its names and figures; NULL with
 * *cause set when there is none. */
static struct doc *
read_doc(const char *path, char **cause)
{
	struct fetched	 f;
	struct doc	*d;

	if (fetch_file(path, &f, cause) == -1)
		return NULL;
	d = article_read_doc(&f, path, 0, cause);
	fetched_free(&f);
	return d;
}

struct listing *
folder_scan(const char *dir, char **cause)
{
	struct listing	*l;
	char		**paths;
	size_t		 n, i;
	DIR		*dp;
	struct stat	 st;

	if ((dp = opendir(dir)) == NULL) {
		*cause = xstrdup(strerror(errno));
		return NULL;
	}
	closedir(dp);
	paths = folder_files(dir, FOLDER_DEPTH, &n);
	l = xcalloc(1, sizeof *l);
	l->dir = xstrdup(dir);
	l->entries = xcalloc(n ? n : 1, sizeof *l->entries);
	for (i = 0; i < n; i++) {
		struct listing_entry	*e = &l->entries[l->n];
		struct doc		*d;
		char			*why = NULL;
		const char		*base;
		long long		 t;

		if ((d = read_doc(paths[i], &why)) == NULL ||
		    !reads_as_article(d)) {
			if (d != NULL)
				l->others++;
			doc_free(d);
			free(why);
			free(paths[i]);
			continue;
		}
		e->path = paths[i];
		base = strrchr(paths[i], '/');
		e->title = xstrdup(doc_headline(d) != NULL ? doc_headline(d) :
		    base != NULL ? base + 1 : paths[i]);
		e->date = d->date != NULL ? xstrdup(d->date) : NULL;
		e->url = d->url != NULL ? xstrdup(d->url) : NULL;
		e->hash = text_hash(e->title, d);
		if ((t = date_epoch(d->date)) != -1) {
			e->sortkey = t;
			e->dated = 1;
		} else if (stat(paths[i], &st) == 0)
			e->sortkey = (long long)st.st_mtime;
		doc_free(d);
		l->n++;
	}
	free(paths);
	if (l->n == 0) {
		*cause = l->others == 1 ? xstrdup("no articles in this "
		    "folder (1 file is not an article)") : l->others > 1 ?
		    xasprintf("no articles in this folder (%zu files are not "
		    "articles)", l->others) :
		    xstrdup("no articles in this folder");
		listing_free(l);
		return NULL;
	}
	qsort(l->entries, l->n, sizeof *l->entries, entry_cmp);
	mark_copies(l);
	cut_shared_site(l);
	return l;
}

