/* test_file.c: the bytes of a file, or of standard input, with a limit. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/stat.h>

#include "buf.h"
#include "file.h"
#include "testutil.h"
#include "xmalloc.h"

static void
expect_fail(const char *path, size_t max, const char *why)
{
	struct buf	 b = BUF_INIT;
	char		*cause = NULL;

	assert_int_equal(file_read(path, max, &b, &cause), -1);
	assert_non_null(cause);
	assert_string_equal(cause, why);
	assert_null(b.data);
	free(cause);
}

static void
test_whole(void **state)
{
	struct buf	 b = BUF_INIT;
	char		*cause = NULL, *want, msg[128];
	size_t		 len;

	(void)state;
	want = test_read("series/delta.txt", &len);
	assert_int_equal(file_read(test_data_path("series/delta.txt"), len,
	    &b, &cause), 0);
	assert_int_equal(b.len, len);
	assert_memory_equal(b.data, want, len);
	assert_int_equal(b.data[b.len], '\0');
	buf_free(&b);

	/* One byte short of the file: refused, by its size. */
	snprintf(msg, sizeof msg, "too large (%zu bytes; the limit is %zu "
	    "bytes)", len, len - 1);
	expect_fail(test_data_path("series/delta.txt"), len - 1, msg);
	free(want);
}

static void
test_errors(void **state)
{
	(void)state;
	expect_fail(test_data_path("no-such-file.txt"), 100,
	    "No such file or directory");
	expect_fail(test_data_path("series"), 100, "is a folder");
}

static void
test_limits(void **state)
{
	char		 path[] = "/tmp/folio-file.XXXXXX";
	FILE		*f;
	int		 fd;
	size_t		 i;

	(void)state;
	assert_true((fd = mkstemp(path)) >= 0);
	assert_non_null(f = fdopen(fd, "w"));
	for (i = 0; i < 3000; i++)
		fputc('x', f);
	fclose(f);
	expect_fail(path, 2999, "too large (3000 bytes; the limit is 2999 "
	    "bytes)");
	expect_fail(path, 1, "too large (3000 bytes; the limit is 1 bytes)");
	unlink(path);
}

/* Standard input, whose size is not known before it is read. */
static void
test_stdin(void **state)
{
	struct buf	 b = BUF_INIT;
	char		*cause = NULL;
	int		 saved;

	(void)state;
	saved = test_stdin_from("piped text");
	assert_int_equal(file_read("-", 5, &b, &cause), -1);
	assert_string_equal(cause, "too large (10 bytes; the limit is 5 "
	    "bytes)");
	free(cause);
	test_stdin_restore(saved);
}

/* The configuration's paths, and folders made for a file. */
static void
test_config_and_dirs(void **state)
{
	char		 dir[] = "/tmp/folio-file.XXXXXX", *p, *cause = NULL;
	struct stat	 sb;

	(void)state;
	setenv("XDG_CONFIG_HOME", "/x/conf", 1);
	p = file_config_path("feeds");
	assert_string_equal(p, "/x/conf/folio/feeds");
	free(p);
	setenv("XDG_CONFIG_HOME", "relative", 1);
	setenv("HOME", "/home/r", 1);
	p = file_config_path("config");
	assert_string_equal(p, "/home/r/.config/folio/config");
	free(p);
	unsetenv("HOME");
	assert_null(file_config_path("config"));
	unsetenv("XDG_CONFIG_HOME");

	assert_non_null(mkdtemp(dir));
	p = xasprintf("%s/a/b/file", dir);
	assert_int_equal(file_make_dirs(p, &cause), 0);
	*strrchr(p, '/') = '\0';
	assert_int_equal(stat(p, &sb), 0);
	assert_true(S_ISDIR(sb.st_mode));
	assert_int_equal(sb.st_mode & 0777, 0700);
	free(p);
	/* A file where a folder should be. */
	p = xasprintf("%s/a/b/file", dir);
	close(open(p, O_WRONLY | O_CREAT, 0600));
	free(p);
	p = xasprintf("%s/a/b/file/x", dir);
	assert_int_equal(file_make_dirs(p, &cause), -1);
	assert_non_null(strstr(cause, "/a/b/file: "));
	free(cause);
	free(p);
	p = xasprintf("rm -rf '%s'", dir);
	assert_int_equal(system(p), 0);
	free(p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_whole),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_limits),
		cmocka_unit_test(test_stdin),
		cmocka_unit_test(test_config_and_dirs),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
