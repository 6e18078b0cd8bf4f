/* library.c: the reading library from the command line (library.h). */
#include "config.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "library.h"
#include "output.h"
#include "store.h"
#include "xmalloc.h"

/* The most articles --search prints. */
#define SEARCH_MAX	100
/* The most articles --library prints. */
#define LIST_MAX	10000

struct store *
library_open(char **warning)
{
	struct store	*st;
	char		*path, *cause = NULL;

	*warning = NULL;
	if (!store_built())
		return NULL;
	if ((path = store_path()) == NULL) {
		*warning = xstrdup("the library is off: neither XDG_DATA_HOME "
		    "nor HOME is set");
		return NULL;
	}
	if ((st = store_open(path, &cause)) == NULL) {
		*warning = xasprintf("the library is off: %s", cause);
		free(cause);
	}
	free(path);
	return st;
}

/* The library for a command: NULL with *none true when there is none
 * yet (none is made), NULL with a message printed on failure. */
static struct store *
open_existing(bool *none)
{
	struct store	*st;
	char		*path, *cause = NULL;

	*none = false;
	if (!store_built()) {
		fprintf(stderr, "folio: folio is built without SQLite: there "
		    "is no reading library\n");
		return NULL;
	}
	if ((path = store_path()) == NULL) {
		fprintf(stderr, "folio: neither XDG_DATA_HOME nor HOME is "
		    "set\n");
		return NULL;
	}
	if (access(path, F_OK) == -1) {
		*none = true;
		free(path);
		return NULL;
	}
	if ((st = store_open(path, &cause)) == NULL) {
		fprintf(stderr, "folio: %s\n", cause);
		free(cause);
	}
	free(path);
	return st;
}

struct store *
library_open_existing(void)
{
	struct store	*st = NULL;
	char		*path, *cause = NULL;

	if (!store_built() || (path = store_path()) == NULL)
		return NULL;
	if (access(path, F_OK) == 0 && (st = store_open(path, &cause)) ==
	    NULL)
		free(cause);
	free(path);
	return st;
}

/* With kept, a page kept says so at the end of its line. */
static void
print_lines(const struct store_hit *h, size_t n, bool kept)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		printf("%-10s  ", h[i].date != NULL ? h[i].date : "");
		output_clean(stdout, h[i].title);
		fputs("  ", stdout);
		output_clean(stdout, h[i].file != NULL ? h[i].file : h[i].url);
		if (kept && h[i].kept)
			fputs("  (kept)", stdout);
		fputc('\n', stdout);
	}
}

/* The JSON of hit h, without its closing brace. */
static void
print_json(const struct store_hit *h)
{
	fputs("{\"title\":", stdout);
	output_json_string(stdout, h->title);
	fputs(",\"url\":", stdout);
	output_json_string(stdout, h->url);
	fputs(",\"file\":", stdout);
	output_json_string(stdout, h->file);
	fputs(",\"date\":", stdout);
	output_json_string(stdout, h->date);
}

int
library_search(const char *query, bool json)
{
	struct store		*st;
	struct store_hit	*h = NULL;
	size_t			 n = 0, i;
	char			*cause = NULL;
	bool			 none;

	if ((st = open_existing(&none)) == NULL && !none)
		return 1;
	if (st != NULL && store_search(st, query, SEARCH_MAX, &h, &n,
	    &cause) == -1) {
		fprintf(stderr, "folio: --search: %s\n", cause);
		free(cause);
		store_close(st);
		return 1;
	}
	store_close(st);
	if (json) {
		fputs("{\"query\":", stdout);
		output_json_string(stdout, query);
		fputs(",\"results\":[", stdout);
		for (i = 0; i < n; i++) {
			if (i > 0)
				fputc(',', stdout);
			print_json(&h[i]);
			fputs(",\"snippet\":", stdout);
			output_json_string(stdout, h[i].snippet);
			fputc('}', stdout);
		}
		fputs("]}\n", stdout);
	} else
		print_lines(h, n, false);
	store_hits_free(h, n);
	return 0;
}

int
library_print(bool json)
{
	struct store		*st;
	struct store_hit	*h = NULL;
	size_t			 n = 0, i;
	char			*cause = NULL;
	bool			 none;

	if ((st = open_existing(&none)) == NULL && !none)
		return 1;
	if (st != NULL && store_list(st, LIST_MAX, &h, &n, &cause) == -1) {
		fprintf(stderr, "folio: --library: %s\n", cause);
		free(cause);
		store_close(st);
		return 1;
	}
	store_close(st);
	if (json) {
		fputs("{\"library\":[", stdout);
		for (i = 0; i < n; i++) {
			if (i > 0)
				fputc(',', stdout);
			print_json(&h[i]);
			fputs(h[i].read ? ",\"read\":true" : ",\"read\":false",
			    stdout);
			fputs(h[i].kept ? ",\"kept\":true}" : ",\"kept\":false}",
			    stdout);
		}
		fputs("]}\n", stdout);
	} else
		print_lines(h, n, true);
	store_hits_free(h, n);
	return 0;
}

int
library_forget(const char *target)
{
	struct store	*st;
	char		*key, *cause = NULL;
	bool		 none;
	int		 r = 0;

	if ((key = store_key(target)) == NULL) {
		fprintf(stderr, "folio: --forget: standard input is never in "
		    "the library\n");
		return 1;
	}
	if ((st = open_existing(&none)) == NULL && !none) {
		free(key);
		return 1;
	}
	if (st != NULL)
		r = store_forget(st, key, &cause);
	store_close(st);
	if (r == -1)
		fprintf(stderr, "folio: --forget: %s\n", cause);
	else if (r == 0)
		fprintf(stderr, "folio: %s: not in the library\n", key);
	free(cause);
	free(key);
	return r == 1 ? 0 : 1;
}
