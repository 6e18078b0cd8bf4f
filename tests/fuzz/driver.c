/* driver.c: run a fuzz target's entry point once on each file of its seed
 * corpus, without libFuzzer, so that the seeds are regression tests in
 * every build.
 *
 *	seed_NAME [FILE|FOLDER ...]
 *
 * Without arguments the folder is $top_srcdir/tests/fuzz/corpus/NAME, NAME
 * coming from the program's own name. A failing input aborts (the target
 * says why); the driver prints each file's name before running it. */
#include "config.h"

#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "fuzz.h"
#include "xmalloc.h"

static int
cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Run one file; returns 0, or -1 when it cannot be read. */
static int
run_file(const char *path)
{
	FILE		*f;
	struct buf	 b = BUF_INIT;
	char		 tmp[8192], *data;
	uint8_t		*copy;
	size_t		 n, len;

	if ((f = fopen(path, "rb")) == NULL) {
		fprintf(stderr, "%s: %s\n", path, strerror(errno));
		return -1;
	}
	while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
		buf_add(&b, tmp, n);
	if (ferror(f)) {
		fprintf(stderr, "%s: read error\n", path);
		fclose(f);
		buf_free(&b);
		return -1;
	}
	fclose(f);
	data = buf_finish(&b, &len);
	/* An exact copy, so that AddressSanitizer sees reads past the end. */
	copy = xmalloc(len > 0 ? len : 1);
	memcpy(copy, data, len);
	free(data);
	printf("%s\n", path);
	fflush(stdout);
	LLVMFuzzerTestOneInput(copy, len);
	free(copy);
	return 0;
}

/* Run every file of a folder, in name order; returns how many there were,
 * or -1. */
static int
run_folder(const char *path)
{
	DIR		*dir;
	struct dirent	*de;
	char		**names = NULL, *file;
	size_t		 n = 0, cap = 0, i;
	int		 status = 0;

	if ((dir = opendir(path)) == NULL) {
		fprintf(stderr, "%s: %s\n", path, strerror(errno));
		return -1;
	}
	while ((de = readdir(dir)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			names = xreallocarray(names, cap, sizeof *names);
		}
		names[n++] = xstrdup(de->d_name);
	}
	closedir(dir);
	if (n > 0)
		qsort(names, n, sizeof *names, cmp_names);
	for (i = 0; i < n; i++) {
		file = xasprintf("%s/%s", path, names[i]);
		if (run_file(file) != 0)
			status = -1;
		free(file);
		free(names[i]);
	}
	free(names);
	return status == 0 ? (int)n : -1;
}

static int
run_path(const char *path)
{
	struct stat	 sb;

	if (stat(path, &sb) != 0) {
		fprintf(stderr, "%s: %s\n", path, strerror(errno));
		return -1;
	}
	if (S_ISDIR(sb.st_mode))
		return run_folder(path);
	return run_file(path) == 0 ? 1 : -1;
}

int
main(int argc, char **argv)
{
	const char	*name, *srcdir;
	char		*folder;
	int		 i, n, total = 0;

	fuzz_init();
	if (argc > 1) {
		for (i = 1; i < argc; i++) {
			if ((n = run_path(argv[i])) < 0)
				return 1;
			total += n;
		}
		printf("%d inputs: ok\n", total);
		return 0;
	}

	name = strrchr(argv[0], '/');
	name = name != NULL ? name + 1 : argv[0];
	if (strncmp(name, "seed_", 5) == 0)
		name += 5;
	if ((srcdir = getenv("top_srcdir")) == NULL)
		srcdir = ".";
	folder = xasprintf("%s/tests/fuzz/corpus/%s", srcdir, name);
	n = run_folder(folder);
	if (n <= 0) {
		fprintf(stderr, "%s: %s\n", folder,
		    n == 0 ? "no seeds" : "cannot run the seeds");
		free(folder);
		return 1;
	}
	printf("%s: %d inputs: ok\n", folder, n);
	free(folder);
	return 0;
}
